import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

struct AgentReply: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Write to the customer on a ticket; `relevo chat` shows it as it arrives. An open ticket becomes yours."
    )

    @OptionGroup var options: AgentOptions

    @Option(help: "The agent's name.")
    var agent: String = "agent"

    @Argument(help: "The ticket number.")
    var ticket: String

    @Argument(help: "The message.")
    var text: [String]

    func validate() throws {
        try Identifier.validate(agent, .agent, option: "--agent")
        try Identifier.validate(ticket, .ticket, option: "<ticket>")
        guard !text.joined().trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("the message must not be empty") }
    }

    func run() async throws {
        let engine = try options.engine()
        let message = text.joined(separator: " ")
        let ticket = try await options.perform { () -> TicketRecord in
            _ = try await engine.reply(ticket: self.ticket, agent: agent, text: message)
            return try await engine.ticket(self.ticket)
        }
        Console.print("Delivered to \(ticket.customerId) on \(ticket.number).")
    }
}

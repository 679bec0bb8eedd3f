import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

struct AgentResolve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Close a ticket with a note; the bot tells the customer and resumes the conversation."
    )

    @OptionGroup var options: AgentOptions

    @Option(help: "What was done, for the record.")
    var note: String

    @Option(help: "The agent's name.")
    var agent: String?

    @Argument(help: "The ticket number.")
    var ticket: String

    func validate() throws {
        if let agent { try Identifier.validate(agent, .agent, option: "--agent") }
        try Identifier.validate(ticket, .ticket, option: "<ticket>")
    }

    func run() async throws {
        let engine = try options.engine()
        let told = try await options.perform { try await engine.resolve(ticket: ticket, agent: agent, note: note) }
        Console.print("\(ticket) resolved. The customer was told: \(told.text)")
    }
}

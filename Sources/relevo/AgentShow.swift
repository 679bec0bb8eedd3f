import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

struct AgentShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a ticket's whole packet: who, why, what is known (never to be asked again), and the conversation."
    )

    @OptionGroup var options: AgentOptions

    @Flag(help: "Print the packet's versioned JSON instead.")
    var json = false

    @Flag(help: "Show payment data as stored (masked before storage unless the bot sets store_unmasked_payment_data; contacts and order numbers always show).")
    var noRedact = false

    @Flag(help: "Show every message of the conversation (by default the latest \(AgentShow.latest), with a line saying how many earlier ones are left out).")
    var all = false

    /// The messages shown without `--all`.
    static let latest = 50

    @Argument(help: "The ticket number.")
    var ticket: String

    func validate() throws {
        try Identifier.validate(ticket, .ticket, option: "<ticket>")
    }

    func run() async throws {
        let engine = try options.engine()
        let (ticket, packet) = try await options.perform {
            let ticket = try await engine.ticket(self.ticket)
            return (ticket, try await engine.packet(ticket: ticket.number, redact: !noRedact, latest: all ? nil : Self.latest))
        }
        if json {
            Console.print(TerminalText(json: packet.json(pretty: true)))
            return
        }
        Console.print("Status: \(ticket.status.rawValue)\(ticket.agent.map { " (\($0))" } ?? "")\(ticket.note.map { " · note: \($0)" } ?? "")")
        Console.print(packet.rendered())
    }
}

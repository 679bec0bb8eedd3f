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

    @Flag(help: "Show card numbers and IBANs as written (by default they are masked; contacts and order numbers always show).")
    var noRedact = false

    @Flag(help: "Show every message of the conversation (by default the latest \(AgentShow.latest), with a line saying how many earlier ones are left out).")
    var all = false

    /// The messages shown without `--all`.
    static let latest = 50

    @Argument(help: "The ticket number.")
    var ticket: String

    func run() async throws {
        let engine = try options.engine()
        let ticket = try await options.perform { try await engine.ticket(self.ticket) }
        let packet = try await engine.packet(ticket: ticket.number, redact: !noRedact, latest: all ? nil : Self.latest)
        if json {
            Console.print(packet.json(pretty: true))
            return
        }
        Console.print("Status: \(ticket.status.rawValue)\(ticket.agent.map { " (\($0))" } ?? "")\(ticket.note.map { " · note: \($0)" } ?? "")")
        Console.print(packet.rendered())
    }
}

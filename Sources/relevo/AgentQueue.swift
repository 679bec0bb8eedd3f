import ArgumentParser
import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

struct AgentQueue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List the tickets waiting for or held by a person: high priority first, then oldest first."
    )

    @OptionGroup var options: AgentOptions

    @Option(help: "Only this queue.")
    var queue: String?

    func run() async throws {
        let engine = try options.engine()
        let tickets = try await options.perform { try await engine.tickets() }.filter { queue == nil || $0.queue == queue }
        guard !tickets.isEmpty else {
            Console.print("\(queue.map { "No open tickets in queue \($0)." } ?? "No open tickets.")")
            return
        }
        let now = try OffsetClock.fromEnvironment().now()
        let rows = [["TICKET", "PRIORITY", "QUEUE", "REASON", "STATUS", "WAITING", "CUSTOMER"]] + tickets.map {
            [$0.number, $0.priority.rawValue, $0.queue, $0.reason.rawValue, $0.status == .claimed ? "claimed by \($0.agent ?? "?")" : "open",
             Self.duration(now.timeIntervalSince($0.createdAt)), $0.customerId]
        }
        // Cells escaped before they are measured, so that the columns line up as printed.
        let cells = rows.map { $0.map(TerminalText.escape) }
        let widths = (0..<rows[0].count).map { column in cells.map { $0[column].count }.max() ?? 0 }
        for row in cells {
            let line = zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
            Console.print("\(line.trimmingCharacters(in: .whitespaces))")
        }
    }

    /// `45s`, `12m`, `2h05m`, `3d04h`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" }
        if total < 86_400 { return String(format: "%dh%02dm", total / 3600, total % 3600 / 60) }
        return String(format: "%dd%02dh", total / 86_400, total % 86_400 / 3600)
    }
}

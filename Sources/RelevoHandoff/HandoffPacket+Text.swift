import Foundation

extension HandoffPacket {
    /// The packet as text for an agent's terminal: who, why, what is known (never to be asked again), and the
    /// whole conversation. What the customer, the agent or the definitions wrote is escaped (``TerminalText``):
    /// one line per message, whatever the message holds.
    public func rendered(timeZone: TimeZone = .current) -> TerminalText {
        let formatter = Self.minutes(in: timeZone)
        var lines: [TerminalText] = [
            "Ticket \(ticket) · queue \(queue) · priority \(priority.rawValue) · reason \(reason.rawValue)",
            "Customer \(customer) · language \(language) · channels \(channels.joined(separator: ", ")) · identity \(identityVerified ? "verified" : "not verified") · frustration \(frustrationLevel)",
            "Intent \(intent ?? "not identified") · opened \(formatter.string(from: createdAt))",
            "",
            "Summary: \(summary)",
            "",
            "Known — do not ask again:",
        ]
        lines += slots.isEmpty ? ["  (nothing yet)"] : slots.map { "  \($0.name) = \($0.value)\($0.turn > 0 ? "  (turn \($0.turn))" : "")" }
        lines += ["", "Conversation:"]
        if let earlierMessages, earlierMessages > 0 { lines.append("  … \(earlierMessages) earlier message(s) left out") }
        lines += transcript.map { "  [\(formatter.string(from: $0.at))] \($0.role.rawValue)@\($0.channel): \($0.text)" }
        return TerminalText(lines: lines)
    }

    /// `2026-01-05 10:00` in `timeZone`: how a terminal shows times to agents.
    package static func minutes(in timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }
}

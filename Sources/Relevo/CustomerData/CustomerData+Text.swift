import Foundation

extension CustomerData {
    /// Everything stored about the customer, for a person to read: facts, then each session's messages, then
    /// tickets. Payment data is masked (in case the bot stores it unmasked), and what the customer, an agent or
    /// the definitions wrote is escaped (``TerminalText``): one line per message.
    public func rendered(timeZone: TimeZone = .current) -> TerminalText {
        let formatter = HandoffPacket.minutes(in: timeZone)
        func masked(_ text: String) -> String { Redactor.mask(text, kinds: Redactor.paymentKinds) }
        guard !isEmpty else { return "Nothing is stored about customer \(customer)." }
        var lines: [TerminalText] = [
            "Customer \(customer): \(Self.counted(counts))",
            "",
            "Facts given (slots):",
        ]
        lines += slots.isEmpty ? ["  (none)"] : slots.map { "  \($0.name) = \(masked($0.value))  (given \(formatter.string(from: $0.updatedAt)))" }
        let bySession = Dictionary(grouping: turns, by: \.sessionId)
        for session in sessions {
            lines += ["", "Session \(session.id) · started \(formatter.string(from: session.createdAt)) · last message \(formatter.string(from: session.updatedAt)) · \(session.turnCount) customer message(s)"]
            lines += (bySession[session.id] ?? []).map {
                "  [\(formatter.string(from: $0.createdAt))] \($0.role.rawValue)@\($0.channel): \(masked($0.text))"
            }
        }
        for ticket in tickets {
            lines += [
                "",
                "Ticket \(ticket.number) · queue \(ticket.queue) · reason \(ticket.reason.rawValue) · status \(ticket.status.rawValue) · opened \(formatter.string(from: ticket.createdAt))\(ticket.agent.map { " · agent \($0)" } ?? "")",
            ]
            if let note = ticket.note { lines.append("  note: \(masked(note))") }
            if let packet = try? HandoffPacket.decode(ticket.packet) { lines.append("  packet summary: \(masked(packet.summary))") }
        }
        return TerminalText(lines: lines)
    }

    /// "2 sessions, 7 messages, 1 fact, 1 ticket".
    public static func counted(_ counts: ErasureRecord.Counts) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [count(counts.sessions, "session", "sessions"), count(counts.turns, "message", "messages"),
                count(counts.slots, "fact", "facts"), count(counts.tickets, "ticket", "tickets")].joined(separator: ", ")
    }
}

import Relevo
import Foundation

/// Writes a live conversation as a transcript that replays green: each turn's time, message, replies and outcome.
///
/// Ticket numbers differ between a live store and a replay's fresh one, so a reply that mentions a ticket
/// is recorded as `<~` with its longest part that does not. Unless told not to, personal data (cards, IBANs,
/// emails, phones) is replaced by consistent stand-ins, in the customer's messages and the bot's alike.
///
/// Nothing recorded can break the transcript's lines: a customer's message is written as the engine reads it
/// (``InputSanitizer``: no control characters or line breaks), and ids, notes and agents' messages are escaped
/// (``TerminalText``), so no text can add a `>`, `@` or `= handoff` line of its own.
public struct TranscriptRecorder: Sendable {
    private(set) var lines: [String]
    private var volatile: Set<String> = []
    private var channel: String
    private var redactor: Redactor?

    /// Starts a recording for `customer` on `channel`; `redact: false` records personal data as written.
    public init(customer: String, channel: String, note: String? = nil, redact: Bool = true) {
        self.channel = channel
        self.redactor = redact ? Redactor(style: .standIn) : nil
        lines = ["# Recorded by relevo chat."]
        if let note { lines.append("# \(Self.oneLine(note))") }
        lines += ["@customer \(Self.oneLine(customer))", "@channel \(Self.oneLine(channel))"]
    }

    /// Marks a text (such as a ticket number) as differing between runs.
    public mutating func markVolatile(_ text: String) {
        if !text.isEmpty { volatile.insert(text) }
    }

    /// Records a customer message sent at `date`, and the engine's reply.
    public mutating func record(message: String, at date: Date, reply: Reply) {
        if let ticket = reply.handoff?.ticket { markVolatile(ticket) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone.current
        lines.append("@now \(formatter.string(from: date))")
        lines.append("> \(hide(InputSanitizer.clean(message)))")
        for text in reply.texts { lines.append(expectation(for: text)) }
        if let intent = reply.match.intent { lines.append("= intent \(intent)") }
        if let handoff = reply.handoff {
            lines.append("= handoff reason=\(handoff.reason.rawValue) queue=\(handoff.queue)")
        } else {
            lines.append("= no-handoff")
        }
    }

    /// Records a message a human agent wrote to the customer.
    public mutating func record(agentMessage: String) {
        lines.append("agent> \(hide(Self.oneLine(agentMessage)))")
    }

    /// The transcript's text.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    private mutating func hide(_ text: String) -> String {
        guard redactor != nil else { return text }
        return redactor!.redact(text)
    }

    private mutating func expectation(for text: String) -> String {
        let text = hide(Self.oneLine(text))
        let marks = volatile.filter { text.contains($0) }
        guard !marks.isEmpty else { return "< \(text)" }
        var parts = [text]
        for mark in marks { parts = parts.flatMap { $0.components(separatedBy: mark) } }
        let longest = parts.map { $0.trimmingCharacters(in: .whitespaces) }.max { $0.count < $1.count } ?? ""
        return "<~ \(longest)"
    }

    /// `text` on one line: line breaks become spaces, and other control characters are escaped.
    private static func oneLine(_ text: String) -> String {
        TerminalText.escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}

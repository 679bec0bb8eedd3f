import Relevo
import Foundation

/// A conversation written as a test: customer messages, agent messages and what the bot must do.
///
/// See the README's "Transcript format" for the syntax; ``parse(_:path:)`` reads it.
public struct Transcript: Sendable {
    /// What one line expects of the current turn.
    public enum Expectation: Sendable, Hashable {
        /// `< text`: the next bot message equals text (white space folded).
        case equals(String)
        /// `<~ text`: the next bot message contains text (case- and accent-insensitive).
        case contains(String)
        /// `<!~ text`: no message of the turn contains text.
        case notContains(String)
        /// `= handoff [reason=R] [queue=Q]`.
        case handoff(reason: String?, queue: String?)
        /// `= no-handoff`.
        case noHandoff
        /// `= intent NAME`.
        case intent(String)
        /// `= slot NAME=VALUE`.
        case slot(name: String, value: String)
    }

    /// One line that does something.
    public enum Step: Sendable, Hashable {
        case customer(String)
        case channel(String)
        case now(Date)
        case message(String)
        case agent(String)
        /// The human agent resolves the customer's open ticket with a note.
        case resolve(String)
        case expect(Expectation)
    }

    /// A step with its 1-based line number.
    public struct Line: Sendable, Hashable {
        public var number: Int
        public var step: Step
    }

    /// The file the transcript came from.
    public var path: String
    public var lines: [Line]

    /// A line that could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    /// Reads a transcript.
    public static func parse(_ text: String, path: String) throws(ParseError) -> Transcript {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let step = step(line) else {
                throw ParseError(path: path, line: number, message: "cannot read line: \(line)")
            }
            if case .now = step {} else if case .expect = step, !lines.contains(where: { $0.step.startsTurn }) {
                throw ParseError(path: path, line: number, message: "an expectation before any '>', 'agent>' or 'resolve>' line")
            }
            lines.append(Line(number: number, step: step))
        }
        return Transcript(path: path, lines: lines)
    }

    private static func step(_ line: String) -> Step? {
        func rest(after prefix: String) -> String { String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
        if line.hasPrefix("agent>") { return .agent(rest(after: "agent>")) }
        if line.hasPrefix("resolve>") { return .resolve(rest(after: "resolve>")) }
        if line.hasPrefix("<!~") { return .expect(.notContains(rest(after: "<!~"))) }
        if line.hasPrefix("<~") { return .expect(.contains(rest(after: "<~"))) }
        if line.hasPrefix("<") { return .expect(.equals(rest(after: "<"))) }
        if line.hasPrefix(">") { return .message(rest(after: ">")) }
        if line.hasPrefix("@customer ") { return .customer(rest(after: "@customer")) }
        if line.hasPrefix("@channel ") { return .channel(rest(after: "@channel")) }
        if line.hasPrefix("@now ") { return parseDate(rest(after: "@now")).map(Step.now) }
        if line.hasPrefix("=") { return expectation(rest(after: "=")).map(Step.expect) }
        return nil
    }

    private static func expectation(_ text: String) -> Expectation? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let keyword = words.first else { return nil }
        switch keyword {
        case "no-handoff" where words.count == 1:
            return .noHandoff
        case "handoff":
            var reason: String?
            var queue: String?
            for pair in words.dropFirst() {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { return nil }
                switch parts[0] {
                case "reason": reason = parts[1]
                case "queue": queue = parts[1]
                default: return nil
                }
            }
            return .handoff(reason: reason, queue: queue)
        case "intent" where words.count == 2:
            return .intent(words[1])
        case "slot":
            let assignment = text.dropFirst("slot".count).trimmingCharacters(in: .whitespaces)
            guard let equals = assignment.firstIndex(of: "=") else { return nil }
            let name = assignment[..<equals].trimmingCharacters(in: .whitespaces)
            let value = assignment[assignment.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : .slot(name: name, value: value)
        default:
            return nil
        }
    }

    /// ISO 8601 with an offset: `2026-12-19T11:00:00+01:00` (or `Z`).
    public static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}

extension Transcript.Step {
    var startsTurn: Bool {
        switch self {
        case .message, .agent, .resolve: true
        default: false
        }
    }
}

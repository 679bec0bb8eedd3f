/// The rule for ids where they enter — a customer id, a channel, an agent's name, a ticket number, a message
/// id: not blank, at most ``maxLength`` characters, and no character that ``TerminalText`` would have to
/// escape (control characters, line breaks, bidirectional controls). An id is printed in an agent's queue
/// and written in transcripts, one per line: it must not be able to break either.
public enum Identifier {
    /// Longest id, in characters.
    public static let maxLength = 128

    /// What an id names, for its error message.
    public enum Field: String, Sendable, Hashable {
        case customer = "customer id"
        case channel
        case agent = "agent name"
        case ticket = "ticket number"
        case message = "message id"
    }

    /// Returns `value` when it is a valid id for `field`; else throws ``IdentifierError``.
    @discardableResult
    public static func check(_ value: String, _ field: Field) throws(IdentifierError) -> String {
        if value.unicodeScalars.allSatisfy({ $0 == " " }) {
            throw IdentifierError(.empty, "the \(field.rawValue) must not be empty", field: field)
        }
        if value.unicodeScalars.contains(where: TerminalText.isUnsafe) {
            throw IdentifierError(.controlCharacter, "the \(field.rawValue) '\(TerminalText.escape(String(value.prefix(maxLength))))' contains a control character or line break", field: field)
        }
        if value.count > maxLength {
            throw IdentifierError(.tooLong, "the \(field.rawValue) is \(value.count) characters long; at most \(maxLength) are allowed", field: field)
        }
        return value
    }
}

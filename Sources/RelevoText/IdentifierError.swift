/// An id that ``Identifier/check(_:_:)`` refuses.
public struct IdentifierError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case empty
        case tooLong = "too_long"
        case controlCharacter = "control_character"
    }

    /// The kind of problem.
    public var code: Code
    /// What is wrong, in words (with the id escaped).
    public var message: String
    /// Where the id was given: which id it is.
    public var field: Identifier.Field

    public init(_ code: Code, _ message: String, field: Identifier.Field) {
        self.code = code
        self.message = message
        self.field = field
    }

    public var description: String { message }
}

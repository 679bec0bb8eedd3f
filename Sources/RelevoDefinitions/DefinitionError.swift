/// A problem found in a bot's definitions, printed like a compiler diagnostic.
///
/// `description` is `path:line:column: error: message`.
public struct DefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of the kind of problem.
    public enum Code: String, Sendable, Hashable {
        case yamlSyntax = "yaml_syntax"
        case unreadableFile = "unreadable_file"
        case schema
        case unknownReference = "unknown_reference"
        case invalidPattern = "invalid_pattern"
        case duplicateExample = "duplicate_example"
        case duplicateAlias = "duplicate_alias"
        case missingLanguage = "missing_language"
        case policyBounds = "policy_bounds"
        case invalidValue = "invalid_value"
    }

    /// The kind of problem.
    public var code: Code
    /// A human-readable message, without location.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    /// Creates a definition error.
    public init(_ code: Code, _ message: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): error: \(message)" }
}

/// All problems found while loading a bot; thrown when definitions are invalid.
public struct DefinitionErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var errors: [DefinitionError]

    /// Creates the error list.
    public init(_ errors: [DefinitionError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

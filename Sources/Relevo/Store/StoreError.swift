/// A database that could not be opened, migrated or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// The file could not be opened, read or written (missing folder, read-only, disk full, locked).
        case unavailable
        /// A newer version of Relevo wrote the database: this version does not know its schema.
        case newerVersion = "newer_version"
        /// The database's tables or columns are not the ones Relevo made.
        case unexpectedSchema = "unexpected_schema"
        /// The file is not a database, or is damaged.
        case damaged
    }

    /// The kind of problem.
    public var code: Code
    /// The database path: where the problem is.
    public var path: String
    /// What went wrong, in words.
    public var message: String

    public init(path: String, message: String, code: Code = .unavailable) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "cannot use database '\(TerminalText.escape(path))': \(message)" }
}

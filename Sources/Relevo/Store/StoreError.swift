/// A database that could not be opened, migrated or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The database path.
    public var path: String
    /// What went wrong, in words.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "cannot use database '\(path)': \(message)" }
}

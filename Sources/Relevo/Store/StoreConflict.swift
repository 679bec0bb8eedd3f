/// A change whose read is out of date: another process (or connection) wrote for the customer between the
/// read the change was worked out from and its commit (``ConversationChange/basis``). Nothing was written;
/// the engine reads again and works the turn out again.
public struct StoreConflict: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The customer's latest session is no longer the one read.
        case staleRead = "stale_read"
    }

    public var code: Code
    public var message: String

    public init(code: Code = .staleRead, customer: String) {
        self.code = code
        self.message = "the conversation of '\(customer)' changed since it was read"
    }

    public var description: String { message }
}

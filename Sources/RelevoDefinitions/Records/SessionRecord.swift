import Foundation

/// A stored conversation session of one customer.
public struct SessionRecord: Codable, Sendable, Hashable {
    public var id: String
    public var customerId: String
    /// The channel of the latest message.
    public var channel: String
    /// The dialogue state (JSON in a database).
    public var state: SessionState
    /// Number of customer turns so far.
    public var turnCount: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, customerId: String, channel: String, state: SessionState, turnCount: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.customerId = customerId
        self.channel = channel
        self.state = state
        self.turnCount = turnCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

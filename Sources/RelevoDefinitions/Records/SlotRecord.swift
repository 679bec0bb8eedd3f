import Foundation

/// A fact the customer gave (a slot value), kept per customer across sessions and channels.
public struct SlotRecord: Codable, Sendable, Hashable {
    public var customerId: String
    public var name: String
    public var value: String
    /// The session and customer turn the value came from.
    public var sessionId: String
    public var turn: Int
    public var updatedAt: Date

    public init(customerId: String, name: String, value: String, sessionId: String, turn: Int, updatedAt: Date) {
        self.customerId = customerId
        self.name = name
        self.value = value
        self.sessionId = sessionId
        self.turn = turn
        self.updatedAt = updatedAt
    }
}

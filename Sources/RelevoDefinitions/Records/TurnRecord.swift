import Foundation

/// One stored message of a session, from the customer, the bot or a human agent.
public struct TurnRecord: Codable, Sendable, Hashable {
    /// Who wrote a message.
    public enum Role: String, Codable, Sendable, Hashable {
        case customer
        case bot
        case agent
    }

    /// Assigned by the store on insert.
    public var id: Int64?
    public var sessionId: String
    public var customerId: String
    /// The customer turn this message belongs to (1-based).
    public var turn: Int
    public var role: Role
    public var channel: String
    public var text: String
    /// For customer messages, the understood intent.
    public var intent: String?
    /// For customer messages, the host's message id (see ``IncomingMessage/id``).
    public var messageId: String?
    public var createdAt: Date

    public init(id: Int64? = nil, sessionId: String, customerId: String, turn: Int, role: Role, channel: String, text: String, intent: String? = nil, messageId: String? = nil, createdAt: Date) {
        self.id = id
        self.sessionId = sessionId
        self.customerId = customerId
        self.turn = turn
        self.role = role
        self.channel = channel
        self.text = text
        self.intent = intent
        self.messageId = messageId
        self.createdAt = createdAt
    }
}

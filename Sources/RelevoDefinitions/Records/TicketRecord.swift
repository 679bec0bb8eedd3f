import Foundation

/// A stored handoff ticket with its packet.
public struct TicketRecord: Codable, Sendable, Hashable {
    /// Where a ticket is in its life.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        /// Waiting for an agent.
        case open
        /// An agent has taken it.
        case claimed
        /// An agent closed it; the bot resumes.
        case resolved
    }

    /// The ticket number told to the customer (`R-1001`).
    public var number: String
    public var customerId: String
    public var sessionId: String
    public var reason: HandoffReason
    public var queue: String
    public var intent: String?
    public var priority: Priority
    public var status: Status
    public var agent: String?
    public var note: String?
    /// The handoff packet as JSON (see ``HandoffPacket``).
    public var packet: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(number: String, customerId: String, sessionId: String, reason: HandoffReason, queue: String, intent: String?, priority: Priority, status: Status, agent: String? = nil, note: String? = nil, packet: String, createdAt: Date, updatedAt: Date) {
        self.number = number
        self.customerId = customerId
        self.sessionId = sessionId
        self.reason = reason
        self.queue = queue
        self.intent = intent
        self.priority = priority
        self.status = status
        self.agent = agent
        self.note = note
        self.packet = packet
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the ticket still waits for, or is held by, a person.
    public var isOpen: Bool { status != .resolved }
}

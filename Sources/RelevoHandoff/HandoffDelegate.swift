/// A change in a handoff's life, sent to the host's ticketing system.
public struct HandoffEvent: Sendable, Hashable {
    /// The handoff's status.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The bot handed off and a ticket was created.
        case requested
        /// An agent took the ticket.
        case accepted
        /// An agent resolved the ticket.
        case completed
        /// The handoff could not be made.
        case failed
        /// The waiting case moved to another queue at the customer's request (`queue` is the new one).
        case transferred
        /// The customer no longer needed a person ("it works now", "you can cancel the ticket") and the case was
        /// closed before an agent took it.
        case withdrawn
    }

    public var status: Status
    public var ticket: String
    public var customer: String
    public var queue: String
    /// The packet, on `requested`.
    public var packet: HandoffPacket?

    package init(status: Status, ticket: String, customer: String, queue: String, packet: HandoffPacket? = nil) {
        self.status = status
        self.ticket = ticket
        self.customer = customer
        self.queue = queue
        self.packet = packet
    }
}

/// Receives handoff events; the host implements it to forward packets to its agents' tools.
public protocol HandoffDelegate: Sendable {
    /// Called after the event's change is stored.
    func handoff(_ event: HandoffEvent) async
}

/// A delegate that ignores events: the store alone holds the tickets.
public struct NoHandoffDelegate: HandoffDelegate {
    public init() {}
    public func handoff(_ event: HandoffEvent) async {}
}

/// A handoff made in a turn.
public struct Handoff: Sendable, Hashable {
    /// The ticket number told to the customer.
    public var ticket: String
    public var reason: HandoffReason
    public var queue: String
    public var priority: Priority
    /// Whether the queue is open now.
    public var queueOpen: Bool

    package init(ticket: String, reason: HandoffReason, queue: String, priority: Priority, queueOpen: Bool) {
        self.ticket = ticket
        self.reason = reason
        self.queue = queue
        self.priority = priority
        self.queueOpen = queueOpen
    }
}

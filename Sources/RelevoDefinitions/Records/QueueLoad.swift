/// The tickets of one queue that people hold or that wait, counted: where a new ticket would stand.
public struct QueueLoad: Sendable, Hashable {
    /// Cases people of the queue hold now.
    public var held: Int
    /// Waiting tickets of high priority.
    public var waitingHigh: Int
    /// Waiting tickets of normal priority.
    public var waitingNormal: Int

    public init(held: Int = 0, waitingHigh: Int = 0, waitingNormal: Int = 0) {
        self.held = held
        self.waitingHigh = waitingHigh
        self.waitingNormal = waitingNormal
    }

    /// Where a new ticket of `priority` stands: behind every waiting ticket of its priority, and behind every
    /// high-priority one when it is normal (the rule of ``QueueOrder/isAhead(of:createdAt:)`` for a
    /// ticket created after all others).
    public func standingOfNewTicket(priority: Priority) -> QueueStanding {
        QueueStanding(held: held, ahead: priority == .high ? waitingHigh : waitingHigh + waitingNormal)
    }

    /// Counts `ticket` in (`sign` 1) or out (-1), by its status and priority; resolved tickets count for nothing.
    package mutating func count(_ ticket: TicketRecord, _ sign: Int) {
        count(status: ticket.status, priority: ticket.priority, sign)
    }

    /// Counts a ticket of `status` and `priority` in (`sign` 1) or out (-1).
    package mutating func count(status: TicketRecord.Status, priority: Priority, _ sign: Int) {
        switch status {
        case .claimed: held += sign
        case .open where priority == .high: waitingHigh += sign
        case .open: waitingNormal += sign
        case .resolved: break
        }
    }
}

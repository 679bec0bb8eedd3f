import Foundation

extension Array where Element == TicketRecord {
    /// Sorted for an agent's queue: high priority first, then oldest first.
    package func sortedForQueue() -> [TicketRecord] {
        // Sort indices, not records: a record carries its whole packet.
        let keys = map { QueueOrder(ticket: $0) }
        return keys.indices.sorted { keys[$0].precedes(keys[$1]) }.map { self[$0] }
    }
}

/// The one rule of a queue's order: high priority first, then oldest, then by number. Agents' lists sort by
/// it and a ticket's place in line counts the tickets it puts first (SQL mirrors it; the store contract tests
/// check that both stores agree).
package struct QueueOrder {
    let high: Bool
    let createdAt: Date
    let number: String

    package init(priority: Priority, createdAt: Date, number: String = "") {
        high = priority == .high
        self.createdAt = createdAt
        self.number = number
    }

    init(ticket: TicketRecord) {
        self.init(priority: ticket.priority, createdAt: ticket.createdAt, number: ticket.number)
    }

    /// Whether this ticket is served before `other`.
    package func precedes(_ other: QueueOrder) -> Bool {
        if high != other.high { return high }
        if createdAt != other.createdAt { return createdAt < other.createdAt }
        return number < other.number
    }

    /// Whether this waiting ticket is served before a ticket of `priority` created at `cutoff`: every
    /// high-priority one before a normal ticket, and those of the same priority created earlier or at the same
    /// time (a standing counts ties as ahead).
    package func isAhead(of priority: Priority, createdAt cutoff: Date) -> Bool {
        let other = QueueOrder(priority: priority, createdAt: cutoff)
        if high != other.high { return high }
        return createdAt <= cutoff
    }
}

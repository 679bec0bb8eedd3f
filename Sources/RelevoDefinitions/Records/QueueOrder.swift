import Foundation

extension Array where Element == TicketRecord {
    /// Sorted for an agent's queue: high priority first, then oldest first.
    package func sortedForQueue() -> [TicketRecord] {
        // Sort indices, not records: a record carries its whole packet.
        let keys = map { QueueOrder(ticket: $0) }
        return keys.indices.sorted { keys[$0].precedes(keys[$1]) }.map { self[$0] }
    }
}

/// A ticket's place in an agents' queue: high priority first, then oldest, then by number.
struct QueueOrder {
    let high: Bool
    let createdAt: Date
    let number: String

    init(ticket: TicketRecord) {
        high = ticket.priority == .high
        createdAt = ticket.createdAt
        number = ticket.number
    }

    func precedes(_ other: QueueOrder) -> Bool {
        if high != other.high { return high }
        if createdAt != other.createdAt { return createdAt < other.createdAt }
        return number < other.number
    }
}

import Foundation

/// Everything a store holds about one customer: what `relevo customer export` prints and
/// ``Engine/export(customer:)`` returns (a data subject's access request).
public struct CustomerData: Sendable, Hashable {
    /// The customer's id.
    public var customer: String
    /// Every session, oldest first.
    public var sessions: [SessionRecord]
    /// Every message of those sessions (customer, bot and agent), in order.
    public var turns: [TurnRecord]
    /// Every fact the customer gave (slot values).
    public var slots: [SlotRecord]
    /// Every ticket, with its packet, oldest first.
    public var tickets: [TicketRecord]

    public init(customer: String, sessions: [SessionRecord] = [], turns: [TurnRecord] = [], slots: [SlotRecord] = [],
                tickets: [TicketRecord] = []) {
        self.customer = customer
        self.sessions = sessions
        self.turns = turns
        self.slots = slots
        self.tickets = tickets
    }

    /// Whether nothing is stored about the customer.
    public var isEmpty: Bool { sessions.isEmpty && turns.isEmpty && slots.isEmpty && tickets.isEmpty }

    /// How much is stored, as an erasure would count it.
    public var counts: ErasureRecord.Counts {
        ErasureRecord.Counts(sessions: sessions.count, turns: turns.count, slots: slots.count, tickets: tickets.count)
    }
}

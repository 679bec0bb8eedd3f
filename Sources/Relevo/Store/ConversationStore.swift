import Foundation

/// What the engine knows about one customer when a message arrives.
public struct StoredConversation: Sendable {
    /// The customer's latest session, if any.
    public var session: SessionRecord?
    /// Every slot value the customer gave, in any session.
    public var slots: [SlotRecord]
    /// The customer's open ticket, if any.
    public var openTicket: TicketRecord?

    public init(session: SessionRecord?, slots: [SlotRecord], openTicket: TicketRecord?) {
        self.session = session
        self.slots = slots
        self.openTicket = openTicket
    }
}

/// Everything one turn (or agent action) writes, committed at once.
public struct ConversationChange: Sendable {
    public var session: SessionRecord
    public var turns: [TurnRecord]
    public var slots: [SlotRecord]
    /// Slot names to forget for the session's customer.
    public var removedSlots: [String]
    /// Tickets to insert or update.
    public var tickets: [TicketRecord]

    public init(session: SessionRecord, turns: [TurnRecord] = [], slots: [SlotRecord] = [], removedSlots: [String] = [], tickets: [TicketRecord] = []) {
        self.session = session
        self.turns = turns
        self.slots = slots
        self.removedSlots = removedSlots
        self.tickets = tickets
    }
}

/// Where sessions, turns, slots and tickets live. ``MemoryStore`` and ``SQLiteStore`` implement it.
///
/// Calls are asynchronous and thread-safe: a store that waits (for a disk, a lock, a batch) suspends the
/// caller instead of blocking a thread. `commit` is atomic and durable when it returns.
public protocol ConversationStore: Sendable {
    /// The customer's latest session, slots and open ticket.
    func conversation(customer: String) async throws -> StoredConversation
    /// The session with `id`.
    func session(id: String) async throws -> SessionRecord?
    /// All messages of a session, in order.
    func turns(session: String) async throws -> [TurnRecord]
    /// Writes a turn's changes atomically.
    func commit(_ change: ConversationChange) async throws
    /// The ticket with `number`.
    func ticket(number: String) async throws -> TicketRecord?
    /// Tickets in any of `statuses` (of one queue, when given), by priority (high first) then age (oldest first).
    func tickets(statuses: Set<TicketRecord.Status>, queue: String?) async throws -> [TicketRecord]
    /// Every ticket of a customer, oldest first.
    func tickets(customer: String) async throws -> [TicketRecord]
    /// The customer message with the host's `messageId`, and the bot's replies to it, if it was processed.
    func turns(customer: String, messageId: String) async throws -> [TurnRecord]
    /// Where a ticket of `priority` created at `createdAt` (`nil`: a new one, behind every waiting ticket of its
    /// priority) stands in `queue`, not counting the ticket `excluding`: counted in the store, without reading
    /// packets.
    func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?) async throws -> QueueStanding
    /// What a handoff reads: all messages of `session` and, when `queue` is given, the standing in it of a new
    /// ticket of `priority`. A store that batches its reads answers both in one round; by default, the two calls.
    func handoffReads(session: String, standingIn queue: String?, priority: Priority) async throws
        -> (turns: [TurnRecord], standing: QueueStanding?)
}

extension ConversationStore {
    public func handoffReads(session: String, standingIn queue: String?, priority: Priority) async throws
        -> (turns: [TurnRecord], standing: QueueStanding?)
    {
        var standing: QueueStanding?
        if let queue { standing = try await queueStanding(queue: queue, priority: priority, createdAt: nil, excluding: nil) }
        return (try await turns(session: session), standing)
    }

    /// Tickets in any of `statuses`, of every queue.
    public func tickets(statuses: Set<TicketRecord.Status>) async throws -> [TicketRecord] {
        try await tickets(statuses: statuses, queue: nil)
    }
}

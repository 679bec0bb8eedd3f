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
/// Calls are synchronous and thread-safe; `commit` is atomic.
public protocol ConversationStore: Sendable {
    /// The customer's latest session, slots and open ticket.
    func conversation(customer: String) throws -> StoredConversation
    /// The session with `id`.
    func session(id: String) throws -> SessionRecord?
    /// All messages of a session, in order.
    func turns(session: String) throws -> [TurnRecord]
    /// Writes a turn's changes atomically.
    func commit(_ change: ConversationChange) throws
    /// The ticket with `number`.
    func ticket(number: String) throws -> TicketRecord?
    /// Tickets in any of `statuses`, by priority (high first) then age (oldest first).
    func tickets(statuses: Set<TicketRecord.Status>) throws -> [TicketRecord]
}

extension Array where Element == TicketRecord {
    /// Sorted for an agent's queue: high priority first, then oldest first.
    func sortedForQueue() -> [TicketRecord] {
        sorted { ($1.priority, $0.createdAt, $0.number) < ($0.priority, $1.createdAt, $1.number) }
    }
}

import Foundation

/// What the engine knows about one customer when a message arrives: everything a turn may need, read at once
/// before the turn.
public struct StoredConversation: Sendable, Hashable {
    /// The customer's latest session, if any.
    public var session: SessionRecord?
    /// Every slot value the customer gave, in any session.
    public var slots: [SlotRecord]
    /// The customer's open ticket, if any.
    public var openTicket: TicketRecord?
    /// The latest messages of the latest session, in order (at most ``recentMessages``): what a handoff's
    /// packet carries to the host's delegate. A turn reads the same, however long the session.
    public var turns: [TurnRecord]
    /// The messages ``turns`` holds at most.
    public static let recentMessages = HandoffPacket.recentMessages
    /// The tickets held and waiting in each queue that has any: where a new ticket would stand.
    public var queues: [String: QueueLoad]
    /// Where the open ticket stands in its queue.
    public var openTicketStanding: QueueStanding?
    /// When the read named a message id already processed: that customer message and the bot's replies to it.
    public var delivered: [TurnRecord]

    public init(session: SessionRecord?, slots: [SlotRecord], openTicket: TicketRecord?, turns: [TurnRecord] = [],
                queues: [String: QueueLoad] = [:], openTicketStanding: QueueStanding? = nil, delivered: [TurnRecord] = []) {
        self.session = session
        self.slots = slots
        self.openTicket = openTicket
        self.turns = turns
        self.queues = queues
        self.openTicketStanding = openTicketStanding
        self.delivered = delivered
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
    /// The customer's latest session as the change was worked out from it, when it was read from the store:
    /// the store commits the change only if that is still the customer's latest session, unchanged (a
    /// compare-and-swap inside the commit's transaction), and throws ``StoreConflict`` otherwise — another
    /// process (or connection) wrote for the customer since the read, and the turn is worked out again.
    public var basis: Basis?

    /// What a change was worked out from.
    public struct Basis: Sendable, Hashable {
        /// The customer's latest session at the read, or `nil` when the customer had none.
        public var session: SessionRecord?

        public init(session: SessionRecord?) {
            self.session = session
        }

        /// Whether `latest`, the customer's latest session now, is still the one read.
        /// (A store that keeps dates to the millisecond compares `updatedAt` as stored.)
        public func holds(for latest: SessionRecord?) -> Bool {
            session == latest
        }
    }

    public init(session: SessionRecord, turns: [TurnRecord] = [], slots: [SlotRecord] = [], removedSlots: [String] = [], tickets: [TicketRecord] = [],
                basis: Basis? = nil) {
        self.session = session
        self.turns = turns
        self.slots = slots
        self.removedSlots = removedSlots
        self.tickets = tickets
        self.basis = basis
    }
}

/// Where sessions, turns, slots and tickets live. ``MemoryStore`` and ``SQLiteStore`` implement it.
///
/// Calls are asynchronous and thread-safe: a store that waits (for a disk, a lock, a batch) suspends the
/// caller instead of blocking a thread. `commit` is atomic and durable when it returns.
public protocol ConversationStore: Sendable {
    /// Everything a turn of `customer` may need, in one read: the latest session with its messages, slots, the
    /// open ticket and its standing, the queues' loads and, when `messageId` is given, that message and the
    /// replies to it if it was already processed.
    func conversation(customer: String, messageId: String?) async throws -> StoredConversation
    /// The session with `id`.
    func session(id: String) async throws -> SessionRecord?
    /// All messages of a session, in order.
    func turns(session: String) async throws -> [TurnRecord]
    /// The latest `limit` messages of a session, in order, and how many came before them.
    func turns(session: String, latest limit: Int) async throws -> (turns: [TurnRecord], earlier: Int)
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

    // Customer data: access, erasure and retention.

    /// Everything stored about `customer`: sessions, their messages, slots and tickets with their packets.
    func customerData(customer: String) async throws -> CustomerData
    /// Removes everything stored about `customer` (open tickets too), and records the erasure at `date`
    /// without personal data; in one transaction.
    func erase(customer: String, at date: Date) async throws -> ErasureRecord
    /// Removes the sessions last active before `cutoff` (a session's last activity: its latest message, or a
    /// later change to one of its tickets) that hold no open ticket, with their messages and tickets, and the
    /// slots given before `cutoff` by customers with no open ticket; records the purge at `date`.
    func purge(before cutoff: Date, at date: Date) async throws -> ErasureRecord
    /// Every erasure and purge recorded, oldest first.
    func erasures() async throws -> [ErasureRecord]
}

extension ConversationStore {
    /// The customer's latest session, slots, open ticket and the rest of ``StoredConversation``.
    public func conversation(customer: String) async throws -> StoredConversation {
        try await conversation(customer: customer, messageId: nil)
    }

    /// The latest `limit` messages of a session from all of them (a store that can read fewer implements it).
    public func turns(session: String, latest limit: Int) async throws -> (turns: [TurnRecord], earlier: Int) {
        let all = try await turns(session: session)
        return (Array(all.suffix(max(0, limit))), max(0, all.count - max(0, limit)))
    }

    /// Tickets in any of `statuses`, of every queue.
    public func tickets(statuses: Set<TicketRecord.Status>) async throws -> [TicketRecord] {
        try await tickets(statuses: statuses, queue: nil)
    }
}

import Relevo
import GRDB
import Synchronization

/// Each customer's conversation as this store last read or committed it, so that most turns read it without
/// a trip to the database's thread.
///
/// Another connection's writes (`relevo agent` in another process, another store on the same file) are
/// noticed through SQLite's `data_version`, checked before the batches of the database's thread; the cache
/// is then emptied. An entry is used only while that check is at most ``freshness`` old, so such a write is
/// seen within a few milliseconds; an idle store reads from the database, which checks again. A change this
/// store commits is applied to the customer's entry with the same rules as the SQL that reads it; where
/// those rules cannot decide from the entry alone (the open ticket resolved, an exact tie in time), the entry
/// is dropped and read again.
///
/// It pays: with every lookup missing, `relevo bench --store sqlite --sessions 1000 --turns 100000` fell from
/// 10,200–11,000 to 6,100 turns/s, p50 0.31–0.33 → 0.60 ms (release, idle 2-core machine).
final class ConversationCache: Sendable {
    /// How old the last check for other connections' writes may be for an entry to be used.
    static let freshness: Duration = .milliseconds(1)
    /// Checks closer together than this are skipped: under load, batches follow each other every few dozen
    /// microseconds.
    static let checkInterval: Duration = .microseconds(250)
    /// Entries kept at most; the cache starts over beyond.
    static let limit = 100_000

    private struct State {
        /// Conversations without their queue loads and standing, which depend on every customer's tickets.
        var entries: [String: StoredConversation] = [:]
        /// Every held or waiting ticket, as last read and then committed by this store; `nil` until read.
        var waiting: WaitingTickets?
        /// The customer of each open ticket an entry holds (possibly out of date: checked against the entry).
        var ticketOwners: [String: String] = [:]
        var version: Int64?
        var checked: ContinuousClock.Instant?
        /// For each customer, the `data_version` up to which other connections' writes are known to be in the
        /// latest conversation served (from memory or the database).
        var readVersions: [String: Int64] = [:]
    }

    private let state = Mutex(State())
    /// The time the checks go by: the system's continuous clock, or a test's.
    private let now: @Sendable () -> ContinuousClock.Instant

    /// - Parameter now: The current time (tests move it by hand: whether an entry is fresh, or a check due, is
    ///   then decided by the test, not by how busy the machine is).
    init(now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.now = now
    }

    /// The customer's conversation, if cached and recently checked.
    func conversation(customer: String) -> StoredConversation? {
        state.withLock { state in
            guard let checked = state.checked, checked.duration(to: now()) <= Self.freshness, let waiting = state.waiting,
                  var entry = state.entries[customer], let version = state.version
            else { return nil }
            state.readVersions[customer] = version
            entry.queues = waiting.loads
            entry.openTicketStanding = entry.openTicket.map(waiting.standing(of:))
            return entry
        }
    }

    /// The open ticket `number`, if a cached and recently checked entry holds it.
    func openTicket(number: String) -> TicketRecord? {
        state.withLock { state in
            guard let checked = state.checked, checked.duration(to: now()) <= Self.freshness,
                  let customer = state.ticketOwners[number], let ticket = state.entries[customer]?.openTicket, ticket.number == number
            else { return nil }
            return ticket
        }
    }

    /// Before a batch, on the database's thread: empties the cache if another connection wrote since the last
    /// check (or if the check fails). Skipped when the last check is more recent than ``checkInterval``.
    func check(_ db: Database) {
        let recent = state.withLock { state in state.checked.map { $0.duration(to: now()) < Self.checkInterval } ?? false }
        if recent { return }
        let version = SQLiteStore.dataVersion(db)
        state.withLock { state in
            if version == nil || version != state.version {
                state.entries.removeAll(keepingCapacity: true)
                state.ticketOwners.removeAll(keepingCapacity: true)
                state.waiting = nil
            }
            state.version = version ?? nil
            state.checked = version == nil ? nil : now()
        }
    }

    /// A conversation of `customer` read from the database, in a transaction whose `data_version` was `version`.
    func read(customer: String, version: Int64?) {
        state.withLock { state in
            if state.readVersions.count >= Self.limit { state.readVersions.removeAll(keepingCapacity: true) }
            state.readVersions[customer] = version
        }
    }

    /// Whether no other connection has written since the customer's latest conversation was served: `version`
    /// is the `data_version` inside the commit's transaction. Then a change worked out from it cannot be out of
    /// date (one engine orders a customer's operations), and the commit need not read the session again.
    func unchangedSinceRead(customer: String, version: Int64?) -> Bool {
        guard let version else { return false }
        return state.withLock { $0.readVersions[customer] == version }
    }

    /// The held and waiting tickets, if known: a read needs them from the database only when not.
    var waiting: WaitingTickets? { state.withLock { $0.waiting } }

    /// The held and waiting tickets just read from the database, in the batch that was checked.
    func remember(_ waiting: WaitingTickets) {
        state.withLock { $0.waiting = waiting }
    }

    /// A conversation just read from the database, in the batch that was checked.
    func remember(_ conversation: StoredConversation, customer: String) {
        state.withLock { state in
            if state.entries.count >= Self.limit {
                state.entries.removeAll(keepingCapacity: true)
                state.ticketOwners.removeAll(keepingCapacity: true)
            }
            var entry = conversation
            entry.queues = [:]
            entry.openTicketStanding = nil
            entry.delivered = []
            state.entries[customer] = entry
            if let ticket = conversation.openTicket { state.ticketOwners[ticket.number] = customer }
        }
    }

    /// Forgets a customer: after this store erased them, or when their entry was found out of date (another
    /// connection wrote for them). Their entry and tickets go, the held and waiting tickets (which may have lost
    /// theirs) are read again, and the next batch checks for other connections' writes.
    func forget(customer: String) {
        state.withLock { state in
            state.entries[customer] = nil
            state.ticketOwners = state.ticketOwners.filter { $0.value != customer }
            state.readVersions[customer] = nil
            state.waiting = nil
            state.checked = nil
        }
    }

    /// After this store purged old conversations: everything is read again.
    func reset() {
        state.withLock { state in
            state.entries.removeAll(keepingCapacity: true)
            state.ticketOwners.removeAll(keepingCapacity: true)
            state.readVersions.removeAll(keepingCapacity: true)
            state.waiting = nil
            state.checked = nil
        }
    }

    /// A change this store has committed.
    func apply(_ change: ConversationChange) {
        state.withLock { state in
            let customer = change.session.customerId
            for ticket in change.tickets {
                state.waiting?.update(ticket)
                if ticket.customerId != customer { state.entries[ticket.customerId] = nil }
            }
            for slot in change.slots where slot.customerId != customer { state.entries[slot.customerId] = nil }
            for ticket in change.tickets where !ticket.isOpen { state.ticketOwners[ticket.number] = nil }
            guard let entry = state.entries[customer] else { return }
            let applied = Self.applying(change, to: entry)
            state.entries[customer] = applied
            if let ticket = applied?.openTicket { state.ticketOwners[ticket.number] = customer }
        }
    }

    /// The entry after `change`, or `nil` when it cannot be told without reading.
    static func applying(_ change: ConversationChange, to entry: StoredConversation) -> StoredConversation? {
        var entry = entry
        // The latest session: by update time, then creation time (as stored: to the millisecond).
        // Its messages: those of a session that starts with this change are all in it.
        let session = change.session
        let isNew = session.createdAt == session.updatedAt && change.turns.allSatisfy { $0.sessionId == session.id }
        if let current = entry.session, current.id != session.id {
            let new = (SQLiteDate.text(session.updatedAt), SQLiteDate.text(session.createdAt))
            let old = (SQLiteDate.text(current.updatedAt), SQLiteDate.text(current.createdAt))
            if new == old { return nil }
            if new > old {
                guard isNew else { return nil }
                entry.session = session
                entry.turns = change.turns
            }
        } else if let current = entry.session, SQLiteDate.text(session.updatedAt) < SQLiteDate.text(current.updatedAt) {
            return nil
        } else if entry.session == nil {
            guard isNew else { return nil }
            entry.session = session
            entry.turns = change.turns
        } else {
            entry.session = session
            entry.turns += change.turns
            // The latest messages only, as the store reads them.
            let excess = entry.turns.count - StoredConversation.recentMessages
            if excess > 0 { entry.turns.removeFirst(excess) }
        }
        // Slots by name.
        var slots = Dictionary(entry.slots.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
        for name in change.removedSlots { slots[name] = nil }
        for slot in change.slots { slots[slot.name] = slot }
        entry.slots = slots.values.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        // The oldest ticket not resolved.
        for ticket in change.tickets {
            if let open = entry.openTicket, open.number == ticket.number {
                // Resolved: another open ticket may exist, which the entry does not hold.
                guard ticket.isOpen else { return nil }
                if ticket.createdAt != open.createdAt { return nil }
                entry.openTicket = ticket
            } else if ticket.isOpen {
                if let open = entry.openTicket {
                    let (new, old) = (SQLiteDate.text(ticket.createdAt), SQLiteDate.text(open.createdAt))
                    if new == old { return nil }
                    if new < old { entry.openTicket = ticket }
                } else {
                    entry.openTicket = ticket
                }
            }
        }
        return entry
    }
}

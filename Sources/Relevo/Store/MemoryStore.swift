import Foundation
import Synchronization

/// A store kept in memory: the default for tests, transcript replays and embedding without persistence.
///
/// Conversations are spread over shards by customer, each behind its own lock, so that turns of different
/// customers rarely wait for each other; tickets, which queues share, have one lock of their own.
public final class MemoryStore: ConversationStore {
    /// The conversations of some customers.
    struct Shard {
        var sessions: [String: SessionRecord] = [:]
        /// Each customer's latest session id.
        var latestSession: [String: String] = [:]
        var turns: [String: [TurnRecord]] = [:]
        /// Each customer's slots, sorted by name (a customer has a few).
        var slots: [String: [SlotRecord]] = [:]
        /// (customer, message id) → (session, turn).
        var messages: [String: (session: String, turn: Int)] = [:]
    }

    /// Every ticket, with indexes by customer and by queue.
    struct Tickets {
        var byNumber: [String: TicketRecord] = [:]
        /// Each customer's ticket numbers, oldest first.
        var byCustomer: [String: [String]] = [:]
        /// Each customer's open and claimed ticket numbers.
        var openByCustomer: [String: [String]] = [:]
        /// Each queue's open and claimed tickets by number, without their packets.
        var active: [String: [String: ActiveTicket]] = [:]
        /// Each queue's open and claimed tickets, counted.
        var loads: [String: QueueLoad] = [:]
    }

    /// What a ticket's place in line depends on.
    struct ActiveTicket {
        var claimed: Bool
        var priority: Priority
        var createdAt: Date
    }

    /// A shard behind its lock (a class: a `Mutex` cannot be copied into an array).
    final class LockedShard: Sendable {
        let lock = Mutex(Shard())
    }

    private static let shardCount = 16
    let shards = (0..<MemoryStore.shardCount).map { _ in LockedShard() }
    let tickets = Mutex(Tickets())
    /// Erasures and purges, oldest first.
    let erasureLog = Mutex<[ErasureRecord]>([])
    private let lastTurnID = Atomic<Int64>(0)

    /// Creates an empty store.
    public init() {}

    func shard(_ customer: String) -> LockedShard {
        shards[Int(UInt(bitPattern: customer.hashValue) % UInt(Self.shardCount))]
    }

    /// The customer's latest session, slots, open ticket and the rest of ``StoredConversation``.
    public func conversation(customer: String) throws -> StoredConversation {
        try conversation(customer: customer, messageId: nil)
    }

    public func conversation(customer: String, messageId: String?) throws -> StoredConversation {
        let (session, slots, turns) = shard(customer).lock.withLock { shard in
            let session = shard.latestSession[customer].flatMap { shard.sessions[$0] }
            // A session no longer than the limit is shared as it is (no element copied); a longer one is cut.
            let turns = session.flatMap { shard.turns[$0.id] }
                .map { $0.count <= StoredConversation.recentMessages ? $0 : Array($0.suffix(StoredConversation.recentMessages)) }
            return (session, shard.slots[customer], turns)
        }
        let (ticket, loads) = tickets.withLock { tickets in
            var oldest: TicketRecord?
            for number in tickets.openByCustomer[customer] ?? [] {
                guard let ticket = tickets.byNumber[number] else { continue }
                if oldest.map({ ticket.createdAt < $0.createdAt }) ?? true { oldest = ticket }
            }
            return (oldest, tickets.loads)
        }
        let standing = try ticket.map {
            try queueStanding(queue: $0.queue, priority: $0.priority, createdAt: $0.createdAt, excluding: $0.number)
        }
        return StoredConversation(session: session, slots: slots ?? [], openTicket: ticket, turns: turns ?? [], queues: loads,
                                  openTicketStanding: standing, delivered: try messageId.map { try self.turns(customer: customer, messageId: $0) } ?? [])
    }

    public func session(id: String) throws -> SessionRecord? {
        for shard in shards {
            if let session = shard.lock.withLock({ $0.sessions[id] }) { return session }
        }
        return nil
    }

    public func turns(session: String) throws -> [TurnRecord] {
        for shard in shards {
            if let turns = shard.lock.withLock({ $0.turns[session] }) { return turns }
        }
        return []
    }

    public func commit(_ change: ConversationChange) throws {
        let session = change.session
        var turns = change.turns
        for index in turns.indices { turns[index].id = lastTurnID.wrappingAdd(1, ordering: .relaxed).newValue }
        let stale = shard(session.customerId).lock.withLock { shard in
            if let basis = change.basis, !basis.holds(for: shard.latestSession[session.customerId].flatMap({ shard.sessions[$0] })) {
                return true
            }
            shard.sessions[session.id] = session
            if let latest = shard.latestSession[session.customerId].flatMap({ shard.sessions[$0] }),
               latest.id != session.id, latest.updatedAt > session.updatedAt
            {
                // An older session was written: the latest stays.
            } else {
                shard.latestSession[session.customerId] = session.id
            }
            for turn in turns {
                if let messageId = turn.messageId {
                    shard.messages[turn.customerId + "\u{0}" + messageId] = (turn.sessionId, turn.turn)
                }
                shard.turns[turn.sessionId, default: []].append(turn)
            }
            for name in change.removedSlots { shard.slots[session.customerId]?.removeAll { $0.name == name } }
            for slot in change.slots {
                var slots = shard.slots.removeValue(forKey: slot.customerId) ?? []
                if let index = slots.firstIndex(where: { $0.name == slot.name }) {
                    slots[index] = slot
                } else {
                    slots.insert(slot, at: slots.firstIndex { $0.name > slot.name } ?? slots.endIndex)
                }
                shard.slots[slot.customerId] = slots
            }
            return false
        }
        if stale { throw StoreConflict(customer: session.customerId) }
        guard !change.tickets.isEmpty else { return }
        tickets.withLock { tickets in
            for ticket in change.tickets {
                if let previous = tickets.byNumber[ticket.number] {
                    tickets.active[previous.queue]?[previous.number] = nil
                    tickets.count(previous, -1)
                } else {
                    tickets.byCustomer[ticket.customerId, default: []].append(ticket.number)
                }
                tickets.byNumber[ticket.number] = ticket
                tickets.count(ticket, 1)
                var open = tickets.openByCustomer.removeValue(forKey: ticket.customerId) ?? []
                open.removeAll { $0 == ticket.number }
                if ticket.isOpen { open.append(ticket.number) }
                if !open.isEmpty { tickets.openByCustomer[ticket.customerId] = open }
                if ticket.isOpen {
                    tickets.active[ticket.queue, default: [:]][ticket.number] = ActiveTicket(
                        claimed: ticket.status == .claimed, priority: ticket.priority, createdAt: ticket.createdAt)
                }
            }
        }
    }

    public func ticket(number: String) throws -> TicketRecord? {
        tickets.withLock { $0.byNumber[number] }
    }

    public func tickets(statuses: Set<TicketRecord.Status>, queue: String?) throws -> [TicketRecord] {
        tickets.withLock { tickets in
            // Open and claimed tickets come from the per-queue index; resolved ones need a full scan.
            if let queue, !statuses.contains(.resolved) {
                return (tickets.active[queue] ?? [:]).keys.compactMap { tickets.byNumber[$0] }.filter { statuses.contains($0.status) }
            }
            return tickets.byNumber.values.filter { statuses.contains($0.status) && (queue == nil || $0.queue == queue) }
        }.sortedForQueue()
    }

    public func turns(customer: String, messageId: String) throws -> [TurnRecord] {
        shard(customer).lock.withLock { shard in
            guard let place = shard.messages[customer + "\u{0}" + messageId] else { return [] }
            let turns = shard.turns[place.session] ?? []
            guard let first = turns.firstIndex(where: { $0.messageId == messageId && $0.role == .customer }) else { return [] }
            return [turns[first]] + turns[(first + 1)...].prefix { $0.role == .bot && $0.turn == place.turn }
        }
    }

    public func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?) throws -> QueueStanding {
        let cutoff = createdAt ?? .distantFuture
        func counts(_ ticket: ActiveTicket) -> (held: Int, ahead: Int) {
            if ticket.claimed { return (1, 0) }
            return (0, QueueOrder(priority: ticket.priority, createdAt: ticket.createdAt).isAhead(of: priority, createdAt: cutoff) ? 1 : 0)
        }
        return tickets.withLock { tickets in
            guard let active = tickets.active[queue] else { return QueueStanding(held: 0, ahead: 0) }
            var standing = QueueStanding(held: 0, ahead: 0)
            for ticket in active.values {
                let (held, ahead) = counts(ticket)
                standing.held += held
                standing.ahead += ahead
            }
            if let excluding, let ticket = active[excluding] {
                let (held, ahead) = counts(ticket)
                standing.held -= held
                standing.ahead -= ahead
            }
            return standing
        }
    }

    public func tickets(customer: String) throws -> [TicketRecord] {
        tickets.withLock { tickets in
            (tickets.byCustomer[customer] ?? []).compactMap { tickets.byNumber[$0] }
        }
    }
}

extension MemoryStore.Tickets {
    /// Counts `ticket` in its queue's load (`sign` 1) or out of it (-1); a queue with nothing held or waiting
    /// has no entry, as a store reading the tickets would give.
    mutating func count(_ ticket: TicketRecord, _ sign: Int) {
        var load = loads[ticket.queue] ?? QueueLoad()
        load.count(ticket, sign)
        loads[ticket.queue] = load == QueueLoad() ? nil : load
    }
}

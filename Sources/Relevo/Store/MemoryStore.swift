import Synchronization

/// A store kept in memory: the default for tests, transcript replays and embedding without persistence.
public final class MemoryStore: ConversationStore {
    private struct Contents {
        var sessions: [String: SessionRecord] = [:]
        /// Each customer's latest session id.
        var latestSession: [String: String] = [:]
        /// Each customer's ticket numbers.
        var customerTickets: [String: [String]] = [:]
        /// Each queue's open and claimed ticket numbers.
        var activeTickets: [String: Set<String>] = [:]
        var turns: [String: [TurnRecord]] = [:]
        var slots: [String: [String: SlotRecord]] = [:]
        var tickets: [String: TicketRecord] = [:]
        var nextTurnID: Int64 = 1
        /// (customer, message id) → (session, turn).
        var messages: [String: (session: String, turn: Int)] = [:]
    }

    private let contents = Mutex(Contents())

    /// Creates an empty store.
    public init() {}

    public func conversation(customer: String) throws -> StoredConversation {
        contents.withLock { contents in
            let session = contents.latestSession[customer].flatMap { contents.sessions[$0] }
            let slots = contents.slots[customer].map { Array($0.values).sorted { $0.name < $1.name } } ?? []
            let ticket = (contents.customerTickets[customer] ?? []).compactMap { contents.tickets[$0] }
                .filter(\.isOpen).min { $0.createdAt < $1.createdAt }
            return StoredConversation(session: session, slots: slots, openTicket: ticket)
        }
    }

    public func session(id: String) throws -> SessionRecord? {
        contents.withLock { $0.sessions[id] }
    }

    public func turns(session: String) throws -> [TurnRecord] {
        contents.withLock { $0.turns[session] ?? [] }
    }

    public func commit(_ change: ConversationChange) throws {
        contents.withLock { contents in
            let session = change.session
            contents.sessions[session.id] = session
            if let latest = contents.latestSession[session.customerId].flatMap({ contents.sessions[$0] }),
               latest.id != session.id, latest.updatedAt > session.updatedAt
            {
                // An older session was written: the latest stays.
            } else {
                contents.latestSession[session.customerId] = session.id
            }
            for var turn in change.turns {
                turn.id = contents.nextTurnID
                contents.nextTurnID += 1
                if let messageId = turn.messageId {
                    contents.messages[turn.customerId + "\u{0}" + messageId] = (turn.sessionId, turn.turn)
                }
                contents.turns[turn.sessionId, default: []].append(turn)
            }
            for name in change.removedSlots { contents.slots[session.customerId]?[name] = nil }
            for slot in change.slots { contents.slots[slot.customerId, default: [:]][slot.name] = slot }
            for ticket in change.tickets {
                if let previous = contents.tickets[ticket.number] {
                    contents.activeTickets[previous.queue]?.remove(previous.number)
                } else {
                    contents.customerTickets[ticket.customerId, default: []].append(ticket.number)
                }
                contents.tickets[ticket.number] = ticket
                if ticket.isOpen { contents.activeTickets[ticket.queue, default: []].insert(ticket.number) }
            }
        }
    }

    public func ticket(number: String) throws -> TicketRecord? {
        contents.withLock { $0.tickets[number] }
    }

    public func tickets(statuses: Set<TicketRecord.Status>, queue: String?) throws -> [TicketRecord] {
        contents.withLock { contents in
            // Open and claimed tickets come from the per-queue index; resolved ones need a full scan.
            if let queue, !statuses.contains(.resolved) {
                return (contents.activeTickets[queue] ?? []).compactMap { contents.tickets[$0] }.filter { statuses.contains($0.status) }
            }
            return contents.tickets.values.filter { statuses.contains($0.status) && (queue == nil || $0.queue == queue) }
        }.sortedForQueue()
    }

    public func turns(customer: String, messageId: String) throws -> [TurnRecord] {
        contents.withLock { contents in
            guard let place = contents.messages[customer + "\u{0}" + messageId] else { return [] }
            let turns = contents.turns[place.session] ?? []
            guard let first = turns.firstIndex(where: { $0.messageId == messageId && $0.role == .customer }) else { return [] }
            return [turns[first]] + turns[(first + 1)...].prefix { $0.role == .bot && $0.turn == place.turn }
        }
    }

    public func queueLoad(queue: String) throws -> [QueueEntry] {
        contents.withLock { contents in
            (contents.activeTickets[queue] ?? []).compactMap { contents.tickets[$0] }.map {
                QueueEntry(number: $0.number, status: $0.status, priority: $0.priority, createdAt: $0.createdAt)
            }
        }
    }

    public func tickets(customer: String) throws -> [TicketRecord] {
        contents.withLock { contents in
            (contents.customerTickets[customer] ?? []).compactMap { contents.tickets[$0] }
        }
    }
}

import Synchronization

/// A store kept in memory: the default for tests, transcript replays and embedding without persistence.
public final class MemoryStore: ConversationStore {
    private struct Contents {
        var sessions: [String: SessionRecord] = [:]
        var sessionOrder: [String] = []
        var turns: [String: [TurnRecord]] = [:]
        var slots: [String: [String: SlotRecord]] = [:]
        var tickets: [String: TicketRecord] = [:]
        var nextTurnID: Int64 = 1
    }

    private let contents = Mutex(Contents())

    /// Creates an empty store.
    public init() {}

    public func conversation(customer: String) throws -> StoredConversation {
        contents.withLock { contents in
            var session: SessionRecord?
            for id in contents.sessionOrder {
                guard let candidate = contents.sessions[id], candidate.customerId == customer else { continue }
                if session == nil || candidate.updatedAt >= session!.updatedAt { session = candidate }
            }
            let slots = contents.slots[customer].map { Array($0.values).sorted { $0.name < $1.name } } ?? []
            let ticket = contents.tickets.values.filter { $0.customerId == customer && $0.isOpen }
                .min { $0.createdAt < $1.createdAt }
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
            if contents.sessions[session.id] == nil { contents.sessionOrder.append(session.id) }
            contents.sessions[session.id] = session
            for var turn in change.turns {
                turn.id = contents.nextTurnID
                contents.nextTurnID += 1
                contents.turns[turn.sessionId, default: []].append(turn)
            }
            for name in change.removedSlots { contents.slots[session.customerId]?[name] = nil }
            for slot in change.slots { contents.slots[slot.customerId, default: [:]][slot.name] = slot }
            for ticket in change.tickets { contents.tickets[ticket.number] = ticket }
        }
    }

    public func ticket(number: String) throws -> TicketRecord? {
        contents.withLock { $0.tickets[number] }
    }

    public func tickets(statuses: Set<TicketRecord.Status>) throws -> [TicketRecord] {
        contents.withLock { Array($0.tickets.values) }.filter { statuses.contains($0.status) }.sortedForQueue()
    }
}

import Foundation
import GRDB
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// The SQLite store's cache of conversations: it answers exactly what the database would, and another
/// connection's writes are seen.
@Suite struct ConversationCacheTests {
    static let start = TestSupport.monday

    static func session(_ id: String, customer: String = "c1", created: TimeInterval = 0, updated: TimeInterval) -> SessionRecord {
        SessionRecord(id: id, customerId: customer, channel: "chat", state: SessionState(json: "{\"s\":\"\(id)\"}"), turnCount: 1,
                      createdAt: start + created, updatedAt: start + updated)
    }

    static func ticket(_ number: String, customer: String = "c1", created: TimeInterval, status: TicketRecord.Status = .open) -> TicketRecord {
        TicketRecord(number: number, customerId: customer, sessionId: "s1", reason: .userRequest, queue: "general", intent: nil,
                     priority: .normal, status: status, packet: "{}", createdAt: start + created, updatedAt: start + created)
    }

    static func slot(_ name: String, _ value: String, customer: String = "c1") -> SlotRecord {
        SlotRecord(customerId: customer, name: name, value: value, sessionId: "s1", turn: 1, updatedAt: start)
    }

    /// Generated changes, committed one by one: after each, the store (through its cache) and a fresh store
    /// on the same file (from SQL) give the same conversations. The cache's clock stands still, so every entry
    /// stays fresh and every answer it can give comes from it (only this store writes), at any speed.
    @Test func theCacheAnswersWhatTheDatabaseWould() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("cache.sqlite").path
        let store = try SQLiteStore(path: path, busyTimeout: 10, checkpointInterval: Checkpointer.defaultInterval,
                                    cache: ManualInstant().cache())
        var random = SplitMix64(seed: 11)
        let customers = ["c1", "c2", "c3"]
        var tickets: [String: TicketRecord] = [:]
        var applies = 0, withoutTickets = 0
        // Each customer's sessions: the latest continues, a new one starts now and then, an older one is
        // written again (an agent's reply on an earlier case) once in a while.
        var sessions: [String: [SessionRecord]] = [:]
        for step in 0..<300 {
            let customer = customers.randomElement(using: &random)!
            // Whole seconds, as stored; some changes tie in time on purpose.
            let time = TimeInterval(step / 2 + Int.random(in: 0...3, using: &random))
            var session: SessionRecord
            switch (sessions[customer] ?? []).isEmpty ? 0 : Int.random(in: 0..<10, using: &random) {
            case 0: session = Self.session("s-\(customer)-\(step)", customer: customer, created: time, updated: time)
            case 1: session = sessions[customer]!.randomElement(using: &random)!
            default: session = sessions[customer]!.last!
            }
            session.updatedAt = Self.start + time
            session.turnCount += 1
            if !(sessions[customer]?.contains { $0.id == session.id } ?? false) { sessions[customer, default: []].append(session) }
            let turns = (0..<Int.random(in: 0...2, using: &random)).map {
                TurnRecord(sessionId: session.id, customerId: customer, turn: session.turnCount, role: $0 == 0 ? .customer : .bot,
                           channel: "chat", text: "t\(step)-\($0)", createdAt: session.updatedAt)
            }
            var change = ConversationChange(session: session, turns: turns)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: change.slots = [Self.slot(["order_number", "email", "phone"].randomElement(using: &random)!, "v\(step)", customer: customer)]
            case 1: change.removedSlots = [["order_number", "email"].randomElement(using: &random)!]
            case 2:
                let ticket = Self.ticket("T\(step)", customer: customer, created: time)
                tickets[ticket.number] = ticket
                change.tickets = [ticket]
            case 3:
                if var ticket = tickets.values.filter({ $0.customerId == customer && $0.isOpen }).randomElement(using: &random) {
                    ticket.status = Bool.random(using: &random) ? .resolved : .claimed
                    tickets[ticket.number] = ticket
                    change.tickets = [ticket]
                }
            default: break
            }
            let before = try await SQLiteStore(path: path).conversation(customer: customer)
            _ = try await store.conversation(customer: customer)
            try await store.commit(change)
            let fresh = try SQLiteStore(path: path)
            // The rules alone, without timing: the entry after the change is what SQL reads, or unknown.
            if change.tickets.isEmpty { withoutTickets += 1 }
            if let applied = ConversationCache.applying(change, to: before) {
                if change.tickets.isEmpty { applies += 1 }
                let stored = try await fresh.conversation(customer: customer)
                #expect(applied.session == stored.session && applied.slots == stored.slots && applied.openTicket == stored.openTicket
                            && applied.turns.map(\.text) == stored.turns.map(\.text),
                        "step \(step): \(applied) vs \(stored)")
            }
            for someone in customers {
                let cached = try await store.conversation(customer: someone)
                let stored = try await fresh.conversation(customer: someone)
                #expect(cached.session == stored.session, "step \(step), \(someone)")
                #expect(cached.slots == stored.slots, "step \(step), \(someone)")
                #expect(cached.openTicket == stored.openTicket, "step \(step), \(someone)")
                #expect(cached.turns == stored.turns, "step \(step), \(someone)")
                #expect(cached.queues == stored.queues, "step \(step), \(someone)")
                #expect(cached.openTicketStanding == stored.openTicketStanding, "step \(step), \(someone)")
            }
            for number in tickets.keys {
                let cached = try await store.ticket(number: number)
                let stored = try await fresh.ticket(number: number)
                #expect(cached == stored, "step \(step), ticket \(number)")
            }
        }
        // A change of tickets moves every queue's load: the entries read again. Other changes are applied.
        #expect(applies * 3 > withoutTickets * 2, "most changes without tickets are applied to the entry, not read again")
    }

    @Test func anotherConnectionsWriteIsSeen() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("other.sqlite").path
        let time = ManualInstant()
        let store = try SQLiteStore(path: path, busyTimeout: 10, checkpointInterval: Checkpointer.defaultInterval, cache: time.cache())
        try await store.commit(ConversationChange(session: Self.session("s1", updated: 0), slots: [Self.slot("order_number", "4471")]))
        #expect(try await store.conversation(customer: "c1").slots.map(\.value) == ["4471"])
        // Another process (here another connection) changes the slot.
        func otherConnectionSets(_ value: String) async throws {
            try await DatabaseQueue(path: path).write { db in
                try db.execute(sql: "UPDATE slot SET value = ? WHERE customerId = 'c1' AND name = 'order_number'", arguments: [value])
            }
        }
        try await otherConnectionSets("5512")
        // The entry is used while the last check is fresh (up to a millisecond old): the write is not seen yet.
        #expect(try await store.conversation(customer: "c1").slots.map(\.value) == ["4471"])
        // Then the store reads from the database, which is checked first: the cache is emptied, the write seen.
        time.advance(by: ConversationCache.freshness + .microseconds(1))
        #expect(try await store.conversation(customer: "c1").slots.map(\.value) == ["5512"])

        // Batches closer together than the check interval skip the check; the next one after it checks.
        try await otherConnectionSets("6623")
        _ = try await store.turns(session: "s1")
        #expect(try await store.conversation(customer: "c1").slots.map(\.value) == ["5512"], "checked too recently to check again")
        time.advance(by: ConversationCache.checkInterval)
        _ = try await store.turns(session: "s1")
        #expect(try await store.conversation(customer: "c1").slots.map(\.value) == ["6623"], "the batch checked, and emptied the cache")
    }

    @Test func aResolvedOpenTicketIsReadAgain() {
        let entry = StoredConversation(session: Self.session("s1", updated: 0), slots: [], openTicket: Self.ticket("T1", created: 0))
        var resolved = Self.ticket("T1", created: 0, status: .resolved)
        resolved.updatedAt = Self.start + 5
        #expect(ConversationCache.applying(ConversationChange(session: Self.session("s1", updated: 5), tickets: [resolved]), to: entry) == nil,
                "another open ticket may exist")
        let older = Self.ticket("T0", created: -10)
        #expect(ConversationCache.applying(ConversationChange(session: Self.session("s1", updated: 5), tickets: [older]), to: entry)?.openTicket?.number == "T0")
        let tie = Self.ticket("T2", created: 0)
        #expect(ConversationCache.applying(ConversationChange(session: Self.session("s1", updated: 5), tickets: [tie]), to: entry) == nil)
    }
}

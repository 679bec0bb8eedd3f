import Foundation
import GRDB
import Testing
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Access, erasure and retention of customers' data, on both stores and through the engine.
@Suite struct CustomerDataTests {
    static let now = TestSupport.monday
    static let day: TimeInterval = 86_400

    static func session(_ id: String, _ customer: String, at offset: TimeInterval) -> SessionRecord {
        SessionRecord(id: id, customerId: customer, channel: "chat", state: "{}", turnCount: 1, createdAt: now + offset, updatedAt: now + offset)
    }

    static func turns(_ session: SessionRecord, _ texts: String...) -> [TurnRecord] {
        texts.enumerated().map { index, text in
            TurnRecord(sessionId: session.id, customerId: session.customerId, turn: 1, role: index == 0 ? .customer : .bot, channel: "chat",
                       text: text, messageId: index == 0 ? "m-" + session.id : nil, createdAt: session.updatedAt)
        }
    }

    static func ticket(_ number: String, _ session: SessionRecord, _ status: TicketRecord.Status, updated offset: TimeInterval? = nil) -> TicketRecord {
        TicketRecord(number: number, customerId: session.customerId, sessionId: session.id, reason: .userRequest, queue: "general",
                     intent: nil, priority: .normal, status: status, packet: "{}", createdAt: session.updatedAt,
                     updatedAt: offset.map { now + $0 } ?? session.updatedAt)
    }

    static func slot(_ name: String, _ value: String, _ session: SessionRecord) -> SlotRecord {
        SlotRecord(customerId: session.customerId, name: name, value: value, sessionId: session.id, turn: 1, updatedAt: session.updatedAt)
    }

    /// Two sessions and an open ticket for `ana`, one session and an open ticket for `bea` in the same queue.
    static func fill(_ store: any ConversationStore) async throws -> (first: SessionRecord, second: SessionRecord) {
        let first = session("s-ana-1", "ana", at: -2 * day), second = session("s-ana-2", "ana", at: 0), bea = session("s-bea", "bea", at: 0)
        try await store.commit(ConversationChange(session: first, turns: turns(first, "where is my order 4471", "Order 4471 is shipped"),
                                                  slots: [slot("order_number", "4471", first)], tickets: [ticket("R-1", first, .resolved)]))
        try await store.commit(ConversationChange(session: second, turns: turns(second, "agent", "Passing you to a person"),
                                                  slots: [slot("email", "ana@example.com", second)], tickets: [ticket("R-2", second, .open)]))
        try await store.commit(ConversationChange(session: bea, turns: turns(bea, "agent"), tickets: [ticket("R-3", bea, .open)]))
        return (first, second)
    }

    @Test(arguments: [0, 1])
    func anExportHoldsEverythingStoredAboutTheCustomerAndNothingElse(_ index: Int) async throws {
        let store = try ConversationStoreContractTests.stores()[index]
        let (first, second) = try await Self.fill(store)
        let data = try await store.customerData(customer: "ana")
        #expect(data.sessions.map(\.id) == [first.id, second.id], "oldest first")
        #expect(data.turns.map(\.text) == ["where is my order 4471", "Order 4471 is shipped", "agent", "Passing you to a person"])
        #expect(data.slots.map(\.name) == ["email", "order_number"])
        #expect(data.tickets.map(\.number) == ["R-1", "R-2"])
        #expect(data.counts == ErasureRecord.Counts(sessions: 2, turns: 4, slots: 2, tickets: 2))
        #expect(try await store.customerData(customer: "nobody").isEmpty)
        let text = data.rendered(timeZone: TimeZone(identifier: "UTC")!).text
        #expect(text.hasPrefix("Customer ana: 2 sessions, 4 messages, 2 facts, 2 tickets"))
        #expect(text.contains("  order_number = 4471  (given 2026-01-03 09:00)"))
        #expect(text.contains("  [2026-01-05 09:00] customer@chat: agent"))
        #expect(!text.contains("bea"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.json().utf8)) as? [String: Any])
        #expect(json["customer"] as? String == "ana")
        #expect((json["sessions"] as? [[String: Any]])?.first?["messages"].map { ($0 as? [Any])?.count } == 2)
        #expect((json["tickets"] as? [[String: Any]])?.map { $0["number"] as? String } == ["R-1", "R-2"])
    }

    @Test(arguments: [0, 1])
    func anErasureRemovesEverythingAndIsRecordedWithoutTheId(_ index: Int) async throws {
        let store = try ConversationStoreContractTests.stores()[index]
        _ = try await Self.fill(store)
        // The SQLite store now holds ana's conversation and the queue's tickets in its cache.
        #expect(try await store.conversation(customer: "ana").openTicket?.number == "R-2")
        #expect(try await store.conversation(customer: "bea").queues["general"]?.waitingNormal == 2)
        let erasure = try await store.erase(customer: "ana", at: Self.now + 60)
        #expect(erasure == ErasureRecord(kind: .customer, erasedAt: Self.now + 60, counts: .init(sessions: 2, turns: 4, slots: 2, tickets: 2)))
        #expect(try await store.customerData(customer: "ana").isEmpty)
        let after = try await store.conversation(customer: "ana")
        #expect(after.session == nil && after.openTicket == nil && after.slots.isEmpty)
        #expect(try await store.ticket(number: "R-2") == nil)
        #expect(try await store.tickets(statuses: [.open, .claimed]).map(\.number) == ["R-3"])
        #expect(try await store.conversation(customer: "bea").queues["general"]?.waitingNormal == 1, "the queue no longer counts ana")
        #expect(try await store.turns(customer: "ana", messageId: "m-s-ana-2").isEmpty)
        #expect(try await store.customerData(customer: "bea").turns.count == 1, "others are untouched")
        #expect(try await store.erasures() == [erasure])
        // The same message id is a new message now: nothing of the old one is left to match it.
        let again = Self.session("s-ana-3", "ana", at: 120)
        try await store.commit(ConversationChange(session: again, turns: Self.turns(again, "agent")))
        #expect(try await store.conversation(customer: "ana").session?.id == again.id)
    }

    @Test func anErasedCustomerLeavesNoTraceInTheDatabaseFile() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("relevo.sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try await Self.fill(store)
        _ = try await store.erase(customer: "ana", at: Self.now)
        let rows = try await DatabaseQueue(path: path).read { db in
            try ["session", "turn", "slot", "ticket", "erasure"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map(\.description)
            }
        }
        #expect(rows.count == 4, "bea's session, turn and ticket, and the erasure: \(rows)")
        #expect(!rows.contains { $0.contains("ana") || $0.contains("4471") })
    }

    @Test(arguments: [0, 1])
    func aPurgeRemovesClosedConversationsPastTheirRetention(_ index: Int) async throws {
        let store = try ConversationStoreContractTests.stores()[index]
        let old = Self.session("s-old", "old", at: -40 * Self.day)
        let waiting = Self.session("s-waiting", "waiting", at: -40 * Self.day)
        let lately = Self.session("s-lately", "lately", at: -40 * Self.day)
        let mixedOld = Self.session("s-mixed-1", "mixed", at: -40 * Self.day), mixedNew = Self.session("s-mixed-2", "mixed", at: -Self.day)
        try await store.commit(ConversationChange(session: old, turns: Self.turns(old, "agent", "ok"), slots: [Self.slot("email", "o@example.com", old)],
                                                  tickets: [Self.ticket("R-1", old, .resolved)]))
        try await store.commit(ConversationChange(session: waiting, turns: Self.turns(waiting, "agent"), slots: [Self.slot("phone", "600111222", waiting)],
                                                  tickets: [Self.ticket("R-2", waiting, .open)]))
        try await store.commit(ConversationChange(session: lately, turns: Self.turns(lately, "agent"),
                                                  tickets: [Self.ticket("R-3", lately, .resolved, updated: -Self.day)]))
        try await store.commit(ConversationChange(session: mixedOld, turns: Self.turns(mixedOld, "hi", "hello"), slots: [Self.slot("email", "m@example.com", mixedOld)]))
        try await store.commit(ConversationChange(session: mixedNew, turns: Self.turns(mixedNew, "hi again"), slots: [Self.slot("phone", "600333444", mixedNew)]))
        for customer in ["old", "waiting", "lately", "mixed"] { _ = try await store.conversation(customer: customer) }

        let purged = try await store.purge(before: Self.now - 30 * Self.day, at: Self.now)
        #expect(purged == ErasureRecord(kind: .retention, erasedAt: Self.now, counts: .init(sessions: 2, turns: 4, slots: 2, tickets: 1)))
        #expect(try await store.customerData(customer: "old").isEmpty, "closed and past its retention")
        #expect(try await store.conversation(customer: "old").session == nil)
        #expect(try await store.customerData(customer: "waiting").counts == .init(sessions: 1, turns: 1, slots: 1, tickets: 1),
                "an open ticket keeps its conversation and what the customer told us")
        #expect(try await store.customerData(customer: "lately").tickets.count == 1, "a ticket resolved lately is recent activity")
        let mixed = try await store.customerData(customer: "mixed")
        #expect(mixed.sessions.map(\.id) == [mixedNew.id])
        #expect(mixed.slots.map(\.name) == ["phone"])
        #expect(try await store.conversation(customer: "mixed").session?.id == mixedNew.id)
        #expect(try await store.erasures().map(\.kind) == [.retention])
    }

    @Test(arguments: [0, 1])
    func theEngineExportsErasesAndPurgesByItsClock(_ index: Int) async throws {
        let store = try ConversationStoreContractTests.stores()[index]
        let clock = ManualClock(Self.now)
        var bot = TestSupport.defaultBot
        bot.policy.retentionDays = 30
        let engine = try TestSupport.engine(bot: bot, store: store, clock: clock)
        _ = try await engine.say("where is my order 4471? I paid with 5500 0000 0000 0004", as: "ana")
        let handoff = try #require(try await engine.say("I want to cancel it and get a refund", as: "ana").handoff)
        _ = try await engine.say("hi", as: "bea")
        let export = try await engine.export(customer: "ana")
        #expect(export.tickets.map(\.number) == [handoff.ticket])
        #expect(export.rendered().text.contains("order_number = 4471"))
        for text in [export.rendered().text, export.json()] {
            #expect(text.contains("[card ••••0004]") && !text.contains("5500 0000 0000 0004"))
        }
        let erasure = try await engine.erase(customer: "ana")
        #expect(erasure.counts.tickets == 1)
        #expect(try await engine.export(customer: "ana").isEmpty)
        #expect(try await engine.tickets().isEmpty)
        let fresh = try await engine.say("where is my order?", as: "ana")
        #expect(fresh.texts.first?.hasPrefix("What's your order number?") == true, "nothing is remembered")

        clock.advance(by: 31 * Self.day)
        let purged = try await engine.purge()
        #expect(purged.counts.sessions == 2, "bea's and ana's new session, closed and 31 days old")
        #expect(try await engine.export(customer: "bea").isEmpty)
        #expect(try await store.erasures().map(\.kind) == [.customer, .retention])
        await #expect(throws: RetentionError.self) { try await store.purge(olderThan: -1, now: clock.now()) }
    }
}

import Foundation
import GRDB
import Synchronization
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct SQLiteStoreTests {
    @Test func aRestartedProcessContinuesTheConversationWhereItStopped() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("relevo.sqlite").path
        let clock = ManualClock(TestSupport.monday)
        do {
            let engine = try TestSupport.engine(store: try SQLiteStore(path: path), clock: clock)
            let asked = try await engine.say("where is my order?")
            #expect(asked.texts.first?.hasPrefix("What's your order number?") == true)
        }
        clock.advance(by: 60)
        // A new store and engine over the same file: the question is still open.
        let reopened = try TestSupport.engine(store: try SQLiteStore(path: path), clock: clock)
        let answer = try await reopened.say("4471")
        #expect(answer.texts.first?.hasPrefix("Order 4471 is shipped") == true)
        let store = try SQLiteStore(path: path)
        let session = try #require(try await store.conversation(customer: "c1").session)
        #expect(session.turnCount == 2)
        #expect(try await store.turns(session: session.id).map(\.role) == [.customer, .bot, .customer, .bot])
    }

    @Test func anOpenTicketSurvivesARestart() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("relevo.sqlite").path
        let ticket: String
        do {
            ticket = try #require(try await TestSupport.engine(store: try SQLiteStore(path: path)).say("agent").handoff?.ticket)
        }
        let engine = try TestSupport.engine(store: try SQLiteStore(path: path))
        let reply = try await engine.say("hello?")
        #expect(reply.isWaitingForHuman)
        #expect(reply.texts.first?.contains(ticket) == true)
        #expect(try await engine.tickets().map(\.number) == [ticket])
    }

    @Test func theDatabaseUsesWALAndNamedMigrations() throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("relevo.sqlite").path
        _ = try SQLiteStore(path: path)
        let queue = try DatabaseQueue(path: path)
        let (journal, migrations, tables) = try queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%'"))
            )
        }
        #expect(journal == "wal")
        #expect(migrations == ["v1-sessions-turns-slots-tickets", "v2-message-ids", "v3-queue-index", "v4-turn-ids-without-sequence",
                               "v5-waiting-ticket-index", "v6-erasures"])
        #expect(tables == ["session", "turn", "slot", "ticket", "erasure"])
    }

    @Test func aDatabaseThatCannotBeOpenedGivesOneClearError() {
        #expect(throws: StoreError.self) { try SQLiteStore(path: "/nonexistent/folder/relevo.sqlite") }
        do {
            _ = try SQLiteStore(path: "/nonexistent/folder/relevo.sqlite")
        } catch {
            #expect(error.description.hasPrefix("cannot use database '/nonexistent/folder/relevo.sqlite': "))
        }
    }

    @Test func inMemoryDatabasesWork() async throws {
        let engine = try TestSupport.engine(store: try SQLiteStore(path: ":memory:"))
        #expect(try await engine.say("hola").match.intent == "greeting")
    }
}

/// The same behaviour from both stores.
@Suite struct ConversationStoreContractTests {
    static func stores() throws -> [any ConversationStore] {
        [MemoryStore(), try SQLiteStore(path: ":memory:")]
    }

    /// A turn's read holds the session's latest 50 messages, however long the session (from the database, and
    /// from the SQLite store's cache after its commits).
    @Test(arguments: [0, 1])
    func aTurnReadsTheLatestMessagesOnly(_ index: Int) async throws {
        let store = try Self.stores()[index]
        for turn in 1...60 {
            let session = SessionRecord(id: "s1", customerId: "c1", channel: "chat", state: "{}", turnCount: turn,
                                        createdAt: TestSupport.monday, updatedAt: TestSupport.monday.addingTimeInterval(Double(turn)))
            try await store.commit(ConversationChange(session: session, turns: [
                TurnRecord(sessionId: "s1", customerId: "c1", turn: turn, role: .customer, channel: "chat", text: "m\(turn)", createdAt: session.updatedAt),
            ]))
            if turn == 5 { _ = try await store.conversation(customer: "c1") }
        }
        let read = try await store.conversation(customer: "c1").turns
        #expect(read.map(\.text) == (11...60).map { "m\($0)" })
        let latest = try await store.turns(session: "s1", latest: 20)
        #expect(latest.turns.map(\.text) == (41...60).map { "m\($0)" })
        #expect(latest.earlier == 40)
    }

    @Test(arguments: [0, 1])
    func theTurnsOneReadGivesWhatTheSeparateCallsDo(_ index: Int) async throws {
        let store = try Self.stores()[index]
        let now = TestSupport.monday
        let session = SessionRecord(id: "s1", customerId: "c1", channel: "chat", state: "{}", turnCount: 2, createdAt: now, updatedAt: now)
        let waiting = TicketRecord(number: "R-1", customerId: "c2", sessionId: "s0", reason: .userRequest, queue: "general", intent: nil, priority: .normal, status: .open, packet: "{}", createdAt: now, updatedAt: now)
        let held = TicketRecord(number: "R-2", customerId: "c3", sessionId: "s9", reason: .userRequest, queue: "general", intent: nil, priority: .high, status: .claimed, packet: "{}", createdAt: now, updatedAt: now)
        try await store.commit(ConversationChange(session: session, turns: [
            TurnRecord(sessionId: "s1", customerId: "c1", turn: 1, role: .customer, channel: "chat", text: "hola", createdAt: now),
            TurnRecord(sessionId: "s1", customerId: "c1", turn: 1, role: .bot, channel: "chat", text: "¡Hola!", createdAt: now),
            TurnRecord(sessionId: "s1", customerId: "c1", turn: 2, role: .customer, channel: "chat", text: "una persona", createdAt: now),
        ], tickets: [waiting, held]))
        let read = try await store.conversation(customer: "c1")
        #expect(read.turns == (try await store.turns(session: "s1")))
        #expect(read.turns.map(\.text) == ["hola", "¡Hola!", "una persona"])
        #expect(read.queues == ["general": QueueLoad(held: 1, waitingHigh: 0, waitingNormal: 1)])
        for priority in Priority.allCases {
            #expect(read.queues["general"]?.standingOfNewTicket(priority: priority)
                == (try await store.queueStanding(queue: "general", priority: priority, createdAt: nil, excluding: nil)))
        }
        let waitingCustomer = try await store.conversation(customer: "c2")
        #expect(waitingCustomer.openTicketStanding
            == (try await store.queueStanding(queue: "general", priority: .normal, createdAt: now, excluding: "R-1")))
        #expect(try await store.conversation(customer: "c1", messageId: "none").delivered.isEmpty)
    }

    @Test(arguments: [0, 1])
    func commitAndReadBack(_ index: Int) async throws {
        let store = try Self.stores()[index]
        let now = TestSupport.monday
        let session = SessionRecord(id: "s1", customerId: "c1", channel: "chat", state: "{}", turnCount: 1, createdAt: now, updatedAt: now)
        let slot = SlotRecord(customerId: "c1", name: "order_number", value: "4471", sessionId: "s1", turn: 1, updatedAt: now)
        let high = TicketRecord(number: "R-2", customerId: "c1", sessionId: "s1", reason: .userRequest, queue: "general", intent: nil, priority: .high, status: .open, packet: "{}", createdAt: now + 10, updatedAt: now)
        let old = TicketRecord(number: "R-1", customerId: "c2", sessionId: "s1", reason: .userRequest, queue: "general", intent: nil, priority: .normal, status: .open, packet: "{}", createdAt: now, updatedAt: now)
        let done = TicketRecord(number: "R-0", customerId: "c3", sessionId: "s1", reason: .userRequest, queue: "general", intent: nil, priority: .high, status: .resolved, packet: "{}", createdAt: now, updatedAt: now)
        try await store.commit(ConversationChange(
            session: session,
            turns: [TurnRecord(sessionId: "s1", customerId: "c1", turn: 1, role: .customer, channel: "chat", text: "hi '); DROP TABLE turn; --", createdAt: now)],
            slots: [slot], tickets: [old, high, done]))
        let conversation = try await store.conversation(customer: "c1")
        #expect(conversation.session == session)
        #expect(conversation.slots == [slot])
        #expect(conversation.openTicket?.number == "R-2")
        #expect(try await store.turns(session: "s1").first?.text == "hi '); DROP TABLE turn; --")
        #expect(try await store.tickets(statuses: [.open, .claimed]).map(\.number) == ["R-2", "R-1"], "high priority first, then oldest")
        try await store.commit(ConversationChange(session: session, removedSlots: ["order_number"]))
        #expect(try await store.conversation(customer: "c1").slots.isEmpty)
        #expect(try await store.conversation(customer: "nobody").session == nil)
    }

    @Test(arguments: [0, 1])
    func queueStandingCountsHeldCasesAndTicketsAhead(_ index: Int) async throws {
        let store = try Self.stores()[index]
        let now = TestSupport.monday
        let session = SessionRecord(id: "s1", customerId: "c1", channel: "chat", state: "{}", turnCount: 1, createdAt: now, updatedAt: now)
        func ticket(_ number: String, _ priority: Priority, _ status: TicketRecord.Status, at offset: TimeInterval, queue: String = "orders") -> TicketRecord {
            TicketRecord(number: number, customerId: "c-" + number, sessionId: "s1", reason: .userRequest, queue: queue, intent: nil,
                         priority: priority, status: status, packet: "{}", createdAt: now + offset, updatedAt: now)
        }
        try await store.commit(ConversationChange(session: session, tickets: [
            ticket("A", .normal, .open, at: 0), ticket("B", .normal, .open, at: 10), ticket("C", .high, .open, at: 20),
            ticket("D", .normal, .claimed, at: 5), ticket("E", .normal, .resolved, at: 1), ticket("F", .high, .open, at: 0, queue: "billing"),
        ]))
        // A new normal ticket: behind A, B and the high-priority C; D is held by a person.
        #expect(try await store.queueStanding(queue: "orders", priority: .normal, createdAt: nil, excluding: nil) == QueueStanding(held: 1, ahead: 3))
        // B itself: behind A and C, not behind itself.
        #expect(try await store.queueStanding(queue: "orders", priority: .normal, createdAt: now + 10, excluding: "B") == QueueStanding(held: 1, ahead: 2))
        // A high-priority ticket only waits for older high-priority ones.
        #expect(try await store.queueStanding(queue: "orders", priority: .high, createdAt: now + 20, excluding: "C") == QueueStanding(held: 1, ahead: 0))
        #expect(try await store.queueStanding(queue: "orders", priority: .high, createdAt: nil, excluding: nil) == QueueStanding(held: 1, ahead: 1))
        // The claimed ticket itself is not counted as held.
        #expect(try await store.queueStanding(queue: "orders", priority: .normal, createdAt: now + 5, excluding: "D") == QueueStanding(held: 0, ahead: 2))
        // Claiming moves a ticket from waiting to held.
        try await store.commit(ConversationChange(session: session, tickets: [ticket("A", .normal, .claimed, at: 0)]))
        #expect(try await store.queueStanding(queue: "orders", priority: .normal, createdAt: nil, excluding: nil) == QueueStanding(held: 2, ahead: 2))
        #expect(try await store.queueStanding(queue: "nobody", priority: .normal, createdAt: nil, excluding: nil) == QueueStanding(held: 0, ahead: 0))
    }
}

/// The same message delivered twice — a retrying host, a re-delivery after a crash — is processed once.
@Suite struct MessageIdTests {
    @Test(arguments: [0, 1])
    func aRedeliveredMessageIsProcessedOnce(_ index: Int) async throws {
        let store: any ConversationStore = index == 0 ? MemoryStore() : try SQLiteStore(path: ":memory:")
        let engine = try TestSupport.engine(store: store)
        let ask = IncomingMessage(customer: "c1", text: "where is my order?", id: "m-1")
        let first = try await engine.handle(ask)
        let again = try await engine.handle(ask)
        #expect(again.texts == first.texts)
        let answer = IncomingMessage(customer: "c1", text: "4471", id: "m-2")
        let answered = try await engine.handle(answer)
        let answeredAgain = try await engine.handle(answer)
        #expect(answeredAgain.texts == answered.texts)
        #expect(answeredAgain.match.intent == answered.match.intent)
        let session = try #require(try await store.conversation(customer: "c1").session)
        #expect(session.turnCount == 2, "two messages processed, not four")
        #expect(try await store.turns(session: session.id).filter { $0.role == .customer }.count == 2)
    }

    @Test func aRedeliveredHandoffReturnsTheSameTicket() async throws {
        let engine = try TestSupport.engine()
        let message = IncomingMessage(customer: "c1", text: "agent", id: "m-9")
        let first = try await engine.handle(message)
        let again = try await engine.handle(message)
        #expect(again.handoff?.ticket == first.handoff?.ticket)
        #expect(try await engine.tickets(customer: "c1").count == 1)
    }

    @Test func idsAreScopedToTheCustomer() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.handle(IncomingMessage(customer: "a", text: "hello", id: "1"))
        let other = try await engine.handle(IncomingMessage(customer: "b", text: "agent", id: "1"))
        #expect(other.handoff != nil)
    }
}

/// Databases written by earlier versions open with their data.
@Suite struct SQLiteMigrationTests {
    @Test func turnIdsSurviveTheMoveAwayFromAutoincrement() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("old.sqlite").path
        let old = try DatabasePool(path: path)
        try SQLiteStore.migrator.migrate(old, upTo: "v3-queue-index")
        try await old.write { db in
            try db.execute(sql: """
                INSERT INTO session (id, customerId, channel, state, turnCount, createdAt, updatedAt)
                    VALUES ('s1', 'c1', 'chat', '{}', 2, '2026-11-23 10:00:00.000', '2026-11-23 10:01:00.000');
                INSERT INTO turn (id, sessionId, customerId, turn, role, channel, text, createdAt, messageId)
                    VALUES (7, 's1', 'c1', 1, 'customer', 'chat', 'hola', '2026-11-23 10:00:00.000', 'm-1'),
                           (9, 's1', 'c1', 1, 'bot', 'chat', '¡Hola!', '2026-11-23 10:00:00.000', NULL);
                """)
        }
        try old.close()
        let store = try SQLiteStore(path: path)
        #expect(try await store.turns(session: "s1").compactMap(\.id) == [7, 9])
        #expect(try await store.turns(customer: "c1", messageId: "m-1").map(\.text) == ["hola", "¡Hola!"])
        let session = try #require(try await store.session(id: "s1"))
        try await store.commit(ConversationChange(session: session, turns: [
            TurnRecord(sessionId: "s1", customerId: "c1", turn: 2, role: .customer, channel: "chat", text: "adéu", createdAt: TestSupport.monday),
        ]))
        #expect(try await store.turns(session: "s1").compactMap(\.id) == [7, 9, 10], "new ids follow the old ones")
        let sequence = try await DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'turn'")
        }
        #expect(sequence == 0)
    }

    @Test func storesOpeningANewDatabaseAtOnceAllMigrateIt() throws {
        let folder = try TestSupport.temporaryDirectory()
        for round in 0..<8 {
            let path = folder.appendingPathComponent("race-\(round).sqlite").path
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try SQLiteStore(path: path) } catch { failures.withLock { $0.append("\(error)") } }
            }
            #expect(failures.withLock { $0 } == [])
            let applied = try DatabaseQueue(path: path).read { try SQLiteStore.migrator.hasCompletedMigrations($0) }
            #expect(applied)
        }
    }

    @Test func waitingTicketsAreFoundThroughTheirSmallIndexAndResolvedOnesStillListed() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("tickets.sqlite").path
        let old = try DatabasePool(path: path)
        try SQLiteStore.migrator.migrate(old, upTo: "v4-turn-ids-without-sequence")
        try await old.write { db in
            for (number, status) in [("R-1", "open"), ("R-2", "claimed"), ("R-3", "resolved")] {
                try db.execute(sql: """
                    INSERT INTO ticket (number, customerId, sessionId, reason, queue, priority, status, packet, createdAt, updatedAt)
                        VALUES (?, 'c1', 's1', 'user_request', 'general', 'normal', ?, '{}', '2026-11-23 10:00:00.000', '2026-11-23 10:00:00.000')
                    """, arguments: [number, status])
            }
        }
        try old.close()
        let store = try SQLiteStore(path: path)
        #expect(try await store.tickets(statuses: [.open, .claimed]).map(\.number) == ["R-1", "R-2"])
        #expect(try await store.tickets(statuses: [.resolved]).map(\.number) == ["R-3"])
        #expect(try await store.queueStanding(queue: "general", priority: .normal, createdAt: nil, excluding: nil)
            == QueueStanding(held: 1, ahead: 1))
        let plans = try await DatabaseQueue(path: path).read { db in
            try [
                "SELECT number FROM ticket WHERE \(SQLiteStore.waitingCondition) AND status IN (?) AND queue = ?",
                "SELECT COUNT(*) FROM ticket WHERE queue = ? AND \(SQLiteStore.waitingCondition) AND number IS NOT ?",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ["open", "general"]).map { $0["detail"] as String }.joined()
            }
        }
        for plan in plans { #expect(plan.contains("USING INDEX ticket_waiting"), "\(plan)") }
    }
}

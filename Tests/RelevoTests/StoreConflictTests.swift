import Foundation
import Testing
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// A commit worked out from a read that another process made out of date is refused (``StoreConflict``), and
/// the engine works the turn out again: one customer's turns stay in one order across processes.
@Suite struct StoreConflictTests {
    /// Two stores on one file stand for two processes. The first store's cache never ages (its clock stands
    /// still), so its next read surely comes from memory, out of date once the second has written.
    @Test func aTurnReadBeforeAnotherProcessWroteIsWorkedOutAgain() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("conflict.sqlite").path
        let clock = ManualClock(TestSupport.monday)
        let first = try SQLiteStore(path: path, busyTimeout: 10, checkpointInterval: Checkpointer.defaultInterval, cache: ManualInstant().cache())
        let second = try SQLiteStore(path: path)
        let one = try TestSupport.engine(store: first, clock: clock)
        let other = try TestSupport.engine(store: second, clock: clock)
        _ = try await one.say("where is my order?")
        clock.advance(by: 5)
        _ = try await other.say("4471")
        clock.advance(by: 5)
        _ = try await one.say("thanks")
        let reader = try SQLiteStore(path: path)
        let session = try #require(try await reader.conversation(customer: "c1").session)
        let customerTurns = try await reader.turns(session: session.id).filter { $0.role == .customer }
        #expect(customerTurns.map(\.turn) == [1, 2, 3])
        #expect(customerTurns.map(\.text) == ["where is my order?", "4471", "thanks"])
        #expect(session.turnCount == 3)
    }

    @Test(arguments: ["memory", "sqlite"])
    func aCommitFromAnOutOfDateReadIsRefusedAndWritesNothing(_ kind: String) async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("stale.sqlite").path
        let store: any ConversationStore = kind == "memory" ? MemoryStore() : try SQLiteStore(path: path)
        // Another process: the SQLite store trusts a read no other connection has written after.
        let other: any ConversationStore = kind == "memory" ? store : try SQLiteStore(path: path)
        let start = Date(timeIntervalSince1970: 1_767_603_600)
        func change(_ session: SessionRecord, text: String, basis: SessionRecord?) -> ConversationChange {
            ConversationChange(session: session, turns: [TurnRecord(sessionId: session.id, customerId: "c1", turn: session.turnCount,
                                                                    role: .customer, channel: "chat", text: text, createdAt: session.updatedAt)],
                               basis: .init(session: basis))
        }
        let new = SessionRecord(id: "s1", customerId: "c1", channel: "chat", state: "{}", turnCount: 1, createdAt: start, updatedAt: start)
        try await store.commit(change(new, text: "one", basis: nil))
        let read = try #require(try await store.conversation(customer: "c1").session)
        var second = read
        second.turnCount = 2
        second.updatedAt = start.addingTimeInterval(1)
        try await other.commit(change(second, text: "two", basis: read))
        // Worked out from the same read as "two": refused.
        var stale = read
        stale.turnCount = 2
        stale.updatedAt = start.addingTimeInterval(2)
        await #expect(throws: StoreConflict.self) { try await store.commit(change(stale, text: "two again", basis: read)) }
        // A new session from the time there was none: refused too.
        let rival = SessionRecord(id: "s2", customerId: "c1", channel: "chat", state: "{}", turnCount: 1, createdAt: start, updatedAt: start)
        await #expect(throws: StoreConflict.self) { try await store.commit(change(rival, text: "rival", basis: nil)) }
        #expect(try await store.turns(session: "s1").map(\.text) == ["one", "two"])
        #expect(try await store.conversation(customer: "c1").session?.turnCount == 2)
        #expect(try await store.turns(session: "s2").isEmpty)
    }
}

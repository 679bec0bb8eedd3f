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

/// Group commit in the SQLite store: concurrent turns share transactions, each returns committed, one that
/// fails fails alone, and the WAL is copied back into the database file without growing forever.
@Suite struct BatchedWriterTests {
    static func change(customer: String, turn: Int, messageId: String? = nil) -> ConversationChange {
        let now = TestSupport.monday.addingTimeInterval(Double(turn))
        let session = SessionRecord(id: "s-" + customer, customerId: customer, channel: "chat", state: "{}", turnCount: turn,
                                    createdAt: TestSupport.monday, updatedAt: now)
        return ConversationChange(session: session, turns: [
            TurnRecord(sessionId: session.id, customerId: customer, turn: turn, role: .customer, channel: "chat", text: "hello \(turn)",
                       messageId: messageId, createdAt: now),
        ])
    }

    @Test func concurrentCommitsAreAllStoredAndReadBack() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("group.sqlite").path
        let store = try SQLiteStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for customer in 0..<50 {
                group.addTask {
                    for turn in 1...10 { try await store.commit(Self.change(customer: "c\(customer)", turn: turn)) }
                }
            }
            try await group.waitForAll()
        }
        // A separate connection sees every turn: each commit had returned committed.
        let count = try await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM turn") }
        #expect(count == 500)
        for customer in [0, 17, 49] {
            let session = try #require(try await store.conversation(customer: "c\(customer)").session)
            #expect(session.turnCount == 10)
            #expect(try await store.turns(session: session.id).map(\.text) == (1...10).map { "hello \($0)" })
        }
    }

    @Test func aFailingCommitFailsAloneInItsBatch() async throws {
        let store = try SQLiteStore(path: try TestSupport.temporaryDirectory().appendingPathComponent("fail.sqlite").path)
        try await store.commit(Self.change(customer: "dup", turn: 1, messageId: "m-1"))
        // The same message id again (a unique index refuses it), among good commits sent at the same moment.
        let outcomes = await withTaskGroup(of: (String, Bool).self) { group in
            group.addTask { ("dup", (try? await store.commit(Self.change(customer: "dup", turn: 2, messageId: "m-1"))) != nil) }
            for customer in 0..<20 {
                group.addTask { ("c\(customer)", (try? await store.commit(Self.change(customer: "c\(customer)", turn: 1))) != nil) }
            }
            return await Dictionary(uniqueKeysWithValues: group.reduce(into: []) { $0.append($1) })
        }
        #expect(outcomes["dup"] == false)
        #expect(outcomes.filter { $0.key != "dup" }.values.allSatisfy { $0 })
        #expect(try await store.conversation(customer: "dup").session?.turnCount == 1, "the refused commit left nothing behind")
        for customer in 0..<20 { #expect(try await store.conversation(customer: "c\(customer)").session != nil) }
    }

    @Test func theWALIsCheckpointedAndStartsOver() async throws {
        let folder = try TestSupport.temporaryDirectory()
        func walBytes(afterCommits commits: Int, interval: Int) async throws -> Int {
            let path = folder.appendingPathComponent("wal-\(interval).sqlite").path
            let store = try SQLiteStore(path: path, busyTimeout: 10, checkpointInterval: interval)
            // One commit at a time, each its own batch, and every background checkpoint waited for before the next
            // commit: the WAL's frames, and when it starts over, are the same at every run, however busy the machine.
            for index in 0..<commits {
                try await store.commit(Self.change(customer: "c\(index % 4)-\(index / 4 % 50)", turn: index / 4))
                try await store.checkpointed()
            }
            let bytes = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            let count = try await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM turn") }
            #expect(count == commits)
            withExtendedLifetime(store) {}
            return bytes
        }
        // Without checkpoints (one every 10,000 commits) the WAL holds every commit's pages; with one every 32,
        // it starts over and stays a fraction of that.
        let unchecked = try await walBytes(afterCommits: 800, interval: 10_000)
        let checked = try await walBytes(afterCommits: 800, interval: 32)
        #expect(checked * 4 < unchecked, "WAL of \(checked) bytes with checkpoints, \(unchecked) without")
    }
}

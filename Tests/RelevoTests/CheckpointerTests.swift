import Foundation
import GRDB
import Testing
@testable import Relevo
@testable import RelevoSQLite

/// The WAL stays under a stated size under sustained load: its frames are watched after every commit (SQLite's
/// WAL hook), a background checkpoint starts at a number of frames whoever wrote them, and past the limit the
/// writer truncates it. Commits are made one at a time, each background checkpoint waited for before the next:
/// the WAL's size is then the same at every run, however busy the machine.
@Suite struct CheckpointerTests {
    static let frameBytes = 4_096 + 24

    /// The WAL file's size after `commits` commits of four customers' turns.
    static func walBytes(_ name: String, commits: Int, walFrames: (trigger: Int, limit: Int)) async throws -> (bytes: Int, frames: Int) {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("\(name).sqlite").path
        // Checkpoints by the number of commits never come: only the WAL's frames start them.
        let store = try SQLiteStore(path: path, busyTimeout: 10, checkpointInterval: 1_000_000, walFrames: walFrames)
        for index in 0..<commits {
            try await store.commit(BatchedWriterTests.change(customer: "c\(index % 4)", turn: index / 4 + 1))
            try await store.checkpointed()
        }
        let count = try await store.conversation(customer: "c0").session?.turnCount
        #expect(count == commits / 4)
        let bytes = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return (bytes, bytes / frameBytes)
    }

    @Test func pastTheLimitTheWriterTruncatesTheWAL() async throws {
        let unbounded = try await Self.walBytes("unbounded", commits: 600, walFrames: (1_000_000, 1_000_000))
        let bounded = try await Self.walBytes("bounded", commits: 600, walFrames: (1_000_000, 64))
        // A commit writes a few frames: the WAL stays under the limit and one commit's frames.
        #expect(bounded.frames <= 64 + 16, "\(bounded.frames) frames with a limit of 64 (\(unbounded.frames) without)")
        #expect(unbounded.frames > 4 * 80)
    }

    @Test func aBackgroundCheckpointStartsAtTheTriggerWhoeverWrote() async throws {
        let triggered = try await Self.walBytes("triggered", commits: 600, walFrames: (64, 1_000_000))
        let unbounded = try await Self.walBytes("untriggered", commits: 600, walFrames: (1_000_000, 1_000_000))
        // The WAL starts over after a checkpoint: it keeps the largest size it reached, a little over the trigger.
        #expect(triggered.frames <= 64 + 16, "\(triggered.frames) frames with a trigger of 64 (\(unbounded.frames) without)")
    }

    @Test func theWALHookCountsEveryConnectionsFrames() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("hook.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        let frames = WALFrames()
        let pool = try DatabasePool(path: path)
        try await pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            frames.watch(db)
            try db.execute(sql: "CREATE TABLE t (x)")
        }
        let own = frames.count
        #expect(own > 0)
        // Another connection writes (another process would too): the next commit here counts its frames.
        try await queue.write { db in for index in 0..<200 { try db.execute(sql: "CREATE TABLE o\(index) (x)") } }
        try await pool.write { db in try db.execute(sql: "INSERT INTO t VALUES (1)") }
        #expect(frames.count > own + 200)
    }
}

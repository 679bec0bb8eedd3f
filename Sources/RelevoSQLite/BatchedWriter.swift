import Relevo
import GRDB
import Synchronization

/// Runs a store's reads and commits on the database's writer connection, in batches: every request waiting
/// when a batch starts is served by it, in one transaction: the reads first, then the writes, committed together
/// (group commit). A batch of reads alone runs in a read transaction.
///
/// One connection keeps its page cache warm across turns (a reader connection drops its cache whenever the
/// database changed, which is at every turn), one transaction per batch writes each changed page once to the
/// WAL for all the turns in it, and callers suspend instead of blocking a thread while they wait. A commit
/// returns only once its transaction is committed. When a batch's transaction fails, its commits are tried
/// again one by one, so one that fails (a duplicate message id) fails alone.
final class BatchedWriter: Sendable {
    /// A read: runs on the connection and resumes its caller.
    typealias Read = @Sendable (Database) -> Void
    /// A write: runs on the connection inside the batch's transaction.
    typealias Write = @Sendable (Database) throws -> Void
    private typealias Queued = (write: Write, committed: @Sendable () -> Void, done: UnsafeContinuation<Void, any Error>)

    private struct Pending: Sendable {
        var reads: [Read] = []
        var writes: [Queued] = []
        /// Whether a drain is scheduled or running on the writer's queue.
        var draining = false
    }

    private let writer: any DatabaseWriter
    private let pending = Mutex(Pending())
    private let checkpointer: Checkpointer?
    private let cache: ConversationCache?

    /// - Parameters:
    ///   - checkpointer: Moves the WAL into the database file away from the writer, or `nil` to leave that to
    ///     SQLite's automatic checkpoints.
    ///   - cache: Checked for other connections' writes before every batch.
    init(_ writer: any DatabaseWriter, checkpointer: Checkpointer?, cache: ConversationCache?) {
        self.writer = writer
        self.checkpointer = checkpointer
        self.cache = cache
    }

    /// Runs `body` on the writer connection, with the other reads of its batch, in one read transaction.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withUnsafeThrowingContinuation { continuation in
            enqueue { pending in
                pending.reads.append { db in continuation.resume(with: Result { try body(db) }) }
            }
        }
    }

    /// Runs `body` in the next batch's write transaction; returns once that transaction is committed, after
    /// calling `committed` on the database's thread.
    func write(_ body: @escaping Write, committed: @escaping @Sendable () -> Void = {}) async throws {
        try await withUnsafeThrowingContinuation { continuation in
            enqueue { pending in pending.writes.append((body, committed, continuation)) }
        }
    }

    /// Returns once the batches before this call are done, with the background checkpoint they started, if any
    /// (tests: what a checkpoint leaves does not depend on when it ran).
    func checkpointed() async throws {
        // A batch counts its commits (and starts a checkpoint) after they return: an empty read waits for that.
        try await read { _ in }
        await checkpointer?.idle()
    }

    private func enqueue(_ add: (inout Pending) -> Void) {
        let start = pending.withLock { pending in
            add(&pending)
            guard !pending.draining else { return false }
            pending.draining = true
            return true
        }
        if start {
            writer.asyncWriteWithoutTransaction { db in self.drain(db) }
        }
    }

    /// Serves batches until no request is left.
    private func drain(_ db: Database) {
        while true {
            let batch = pending.withLock { pending -> Pending? in
                guard !pending.reads.isEmpty || !pending.writes.isEmpty else {
                    pending.draining = false
                    return nil
                }
                defer { pending = Pending(draining: true) }
                return pending
            }
            guard let batch else { return }
            cache?.check(db)
            if batch.writes.isEmpty {
                runReads(batch.reads, db)
            } else {
                runWrites(batch.writes, reads: batch.reads, db)
                checkpointer?.wrote(batch.writes.count)
                checkpointer?.finish(on: db)
            }
        }
    }

    private func runReads(_ reads: [Read], _ db: Database) {
        // One read transaction: the reads see one state of the database, and take its lock once. Were it to
        // fail, each read still runs (and reports its own error).
        let began = (try? db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()) != nil
        for read in reads { read(db) }
        if began, (try? db.cachedStatement(sql: "COMMIT TRANSACTION").execute()) == nil {
            try? db.execute(sql: "ROLLBACK TRANSACTION")
        }
    }

    /// The reads, then all the writes, in one transaction (the reads see the database as it was before the
    /// batch); if it fails, each write again in a transaction of its own.
    private func runWrites(_ writes: [Queued], reads: [Read], _ db: Database) {
        var unread = reads
        if writes.count > 1 || !reads.isEmpty {
            do {
                try Self.transaction(db) {
                    for read in unread { read(db) }
                    unread = []
                    for (write, _, _) in writes { try write(db) }
                }
                for (_, committed, done) in writes {
                    committed()
                    done.resume()
                }
                return
            } catch {
                // Rolled back: tried one by one below (and the reads on their own, if the transaction never began).
            }
        }
        if !unread.isEmpty { runReads(unread, db) }
        for (write, committed, done) in writes {
            do {
                try Self.transaction(db) { try write(db) }
                committed()
                done.resume()
            } catch {
                done.resume(throwing: error)
            }
        }
    }

    /// Runs `body` in an immediate transaction, begun and committed by cached statements.
    private static func transaction(_ db: Database, _ body: () throws -> Void) throws {
        try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
        do {
            try body()
            try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
        } catch {
            if !db.isInsideTransaction {
                throw error
            }
            try? db.execute(sql: "ROLLBACK TRANSACTION")
            throw error
        }
    }
}

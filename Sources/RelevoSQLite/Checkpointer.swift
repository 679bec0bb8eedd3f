import Relevo
import GRDB
import Synchronization

/// Copies the WAL back into the database file from a connection of its own, so that the writer does not stop
/// a batch of turns to copy a thousand pages (SQLite's automatic checkpoint runs inside a commit).
///
/// A checkpoint that runs beside the writer cannot catch up with it: the WAL would only grow. So once the
/// background copy is done, the writer finishes it (the few pages written meanwhile), and its next write
/// starts the WAL over.
final class Checkpointer: Sendable {
    /// Commits between two checkpoints, by default: the WAL grows to about 8,000 commits' pages (some 200 MB at
    /// six 4 KB pages a commit) before it starts over. Every checkpoint syncs the WAL and the database file,
    /// twice on the writer's thread when it finishes one; on a busy disk, fewer checkpoints mean fewer stalls
    /// (10–15% more turns per second than every 2,048 commits, measured on this project's shared machine).
    static let defaultInterval = 8_192
    /// Commits between two checkpoints.
    let interval: Int

    private let connection: DatabaseQueue
    /// Commits since the last checkpoint was started, whether one is running, and whether the writer should
    /// finish one.
    private let state = Mutex((commits: 0, running: false, finish: false))

    init(path: String, configuration: Configuration, interval: Int = Checkpointer.defaultInterval) throws {
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.interval = interval
    }

    /// Counts `commits` just written, and starts a checkpoint in the background when enough have been.
    func wrote(_ commits: Int) {
        let start = state.withLock { state in
            state.commits += commits
            guard state.commits >= interval, !state.running else { return false }
            state.commits = 0
            state.running = true
            return true
        }
        guard start else { return }
        connection.asyncWriteWithoutTransaction { db in
            // PASSIVE: copies what no reader still needs, never waits for a lock; what is left goes next time.
            _ = try? db.checkpoint(.passive)
            self.state.withLock { state in
                state.running = false
                state.finish = true
            }
        }
    }

    /// Returns once the background checkpoint started before this call, if any, is done (tests: the WAL is then
    /// the same at every run, however busy the machine).
    func idle() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // The connection runs one job at a time, in order: this one runs after the checkpoint.
            connection.asyncWriteWithoutTransaction { _ in done.resume() }
        }
    }

    /// Called by the writer between batches: finishes a checkpoint the background copy has prepared.
    func finish(on writer: Database) {
        let due = state.withLock { state in
            defer { state.finish = false }
            return state.finish
        }
        if due { _ = try? writer.checkpoint(.passive) }
    }
}

import Relevo
import GRDB
import GRDBSQLite
import Synchronization

/// Copies the WAL back into the database file from a connection of its own, so that the writer does not stop
/// a batch of turns to copy a thousand pages (SQLite's automatic checkpoint runs inside a commit), and keeps
/// the WAL under ``walFrameLimit`` frames.
///
/// A checkpoint that runs beside the writer cannot catch up with it: the WAL would only grow. So once the
/// background copy is done, the writer finishes it (the few pages written meanwhile), and its next write
/// starts the WAL over. The WAL's size is watched after every commit on the writer (SQLite's WAL hook, which
/// counts every process's frames): a background checkpoint also starts once it reaches ``walFrameTrigger``
/// frames, whoever wrote them; if it still reaches ``walFrameLimit`` (another process's reader holding the
/// WAL, writers faster than the copy), the writer checkpoints and truncates it before its next batch.
final class Checkpointer: Sendable {
    /// Commits between two checkpoints, by default: the WAL grows to about 8,000 commits' pages (some 200 MB at
    /// six 4 KB pages a commit) before it starts over. Every checkpoint syncs the WAL and the database file,
    /// twice on the writer's thread when it finishes one; on a busy disk, fewer checkpoints mean fewer stalls
    /// (10–15% more turns per second than every 2,048 commits, measured on this project's shared machine).
    static let defaultInterval = 8_192
    /// WAL frames that start a background checkpoint whoever wrote them, by default (192 MB of 4 KB pages).
    static let defaultFrameTrigger = 49_152
    /// WAL frames beyond which the writer checkpoints and truncates the WAL itself, by default (256 MB of 4 KB
    /// pages): the WAL stays under this and one batch of commits.
    static let defaultFrameLimit = 65_536
    /// Commits between two checkpoints.
    let interval: Int
    let walFrameTrigger: Int
    let walFrameLimit: Int

    private let connection: DatabaseQueue
    /// Commits since the last checkpoint was started, whether one is running, and whether the writer should
    /// finish one.
    private let state = Mutex((commits: 0, running: false, finish: false))
    /// Frames in the WAL after the writer's latest commit, as SQLite's WAL hook reports them.
    let frames = WALFrames()

    init(path: String, configuration: Configuration, interval: Int = Checkpointer.defaultInterval,
         walFrameTrigger: Int = Checkpointer.defaultFrameTrigger, walFrameLimit: Int = Checkpointer.defaultFrameLimit) throws {
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.interval = interval
        self.walFrameTrigger = walFrameTrigger
        self.walFrameLimit = walFrameLimit
    }

    /// On the writer connection: reports the WAL's frames after every commit to ``frames`` (replacing SQLite's
    /// automatic checkpoint, which the store turns off).
    func watch(_ writer: Database) {
        frames.watch(writer)
    }

    /// Counts `commits` just written, and starts a checkpoint in the background when enough have been, or the
    /// WAL has grown to ``walFrameTrigger`` frames.
    func wrote(_ commits: Int) {
        let walFrames = frames.count
        let start = state.withLock { state in
            state.commits += commits
            guard state.commits >= interval || walFrames >= walFrameTrigger, !state.running else { return false }
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

    /// Called by the writer between batches: finishes a checkpoint the background copy has prepared, or, with
    /// the WAL at ``walFrameLimit``, checkpoints and truncates it (waiting for other connections' readers up to
    /// the busy timeout).
    func finish(on writer: Database) {
        let due = state.withLock { state in
            defer { state.finish = false }
            return state.finish
        }
        if frames.count >= walFrameLimit {
            if (try? writer.checkpoint(.truncate)) != nil { frames.reset() }
        } else if due {
            _ = try? writer.checkpoint(.passive)
        }
    }
}

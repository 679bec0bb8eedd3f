import GRDB
import GRDBSQLite
import Synchronization

/// The frames in a connection's WAL after its latest commit, from SQLite's WAL hook.
final class WALFrames: Sendable {
    private let value = Atomic<Int>(0)

    var count: Int { value.load(ordering: .relaxed) }

    func reset() { value.store(0, ordering: .relaxed) }

    fileprivate func record(_ frames: Int) { value.store(frames, ordering: .relaxed) }

    /// Installs the hook on `db`. The hook holds this object for the connection's life.
    func watch(_ db: Database) {
        let context = Unmanaged.passRetained(self).toOpaque()
        sqlite3_wal_hook(db.sqliteConnection, { context, _, _, frames in
            if let context { Unmanaged<WALFrames>.fromOpaque(context).takeUnretainedValue().record(Int(frames)) }
            return SQLITE_OK
        }, context)
    }
}

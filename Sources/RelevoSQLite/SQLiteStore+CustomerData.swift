import Relevo
import Foundation
import GRDB
import Synchronization

/// Access, erasure and retention in SQLite. Each runs in one transaction on the writer connection; an erasure or
/// purge empties this store's cache of what it removed (other processes notice the write through
/// `data_version`, as for any other write).
extension SQLiteStore {
    /// `v6-erasures`: the table that records erasures and purges, without personal data.
    static func registerErasures(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-erasures") { db in
            try db.execute(sql: """
                CREATE TABLE erasure (
                    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, erasedAt DATETIME NOT NULL, sessions INTEGER NOT NULL,
                    turns INTEGER NOT NULL, slots INTEGER NOT NULL, tickets INTEGER NOT NULL);
                """)
        }
    }

    public func customerData(customer: String) async throws -> CustomerData {
        try await batches.read { db in
            let sessions = try RawQuery(db, "SELECT \(SessionRecord.columns) FROM session WHERE customerId = ? ORDER BY createdAt, id")
                .all([.text(customer)], SessionRecord.init)
            // Session by session, in the order they were created.
            let columns = TurnRecord.columns.split(separator: ", ").map { "turn.\($0)" }.joined(separator: ", ")
            let turns = try RawQuery(db, """
                SELECT \(columns) FROM turn JOIN session ON session.id = turn.sessionId
                WHERE session.customerId = ? ORDER BY session.createdAt, session.id, turn.id
                """).all([.text(customer)], TurnRecord.init)
            let slots = try RawQuery(db, "SELECT \(SlotRecord.columns) FROM slot WHERE customerId = ? ORDER BY name")
                .all([.text(customer)], SlotRecord.init)
            let tickets = try RawQuery(db, "SELECT \(TicketRecord.columns) FROM ticket WHERE customerId = ? ORDER BY createdAt, number")
                .all([.text(customer)], TicketRecord.init)
            return CustomerData(customer: customer, sessions: sessions, turns: turns, slots: slots, tickets: tickets)
        }
    }

    public func erase(customer: String, at date: Date) async throws -> ErasureRecord {
        let cache = self.cache
        let erased = Mutex<ErasureRecord?>(nil)
        try await batches.write({ db in
            var counts = ErasureRecord.Counts()
            try db.execute(sql: "DELETE FROM turn WHERE sessionId IN (SELECT id FROM session WHERE customerId = ?)", arguments: [customer])
            counts.turns = db.changesCount
            try db.execute(sql: "DELETE FROM slot WHERE customerId = ?", arguments: [customer])
            counts.slots = db.changesCount
            try db.execute(sql: "DELETE FROM ticket WHERE customerId = ?", arguments: [customer])
            counts.tickets = db.changesCount
            try db.execute(sql: "DELETE FROM session WHERE customerId = ?", arguments: [customer])
            counts.sessions = db.changesCount
            let record = ErasureRecord(kind: .customer, erasedAt: date, counts: counts)
            try Self.insert(record, db)
            erased.withLock { $0 = record }
        }, committed: { cache.forget(customer: customer) })
        return erased.withLock { $0! }
    }

    public func purge(before cutoff: Date, at date: Date) async throws -> ErasureRecord {
        let cache = self.cache
        let purged = Mutex<ErasureRecord?>(nil)
        let before = SQLiteDate.text(cutoff)
        try await batches.write({ db in
            // The sessions to remove, once: every later statement finds them by the temporary table's key.
            try db.execute(sql: "CREATE TEMP TABLE purged (id TEXT PRIMARY KEY) WITHOUT ROWID")
            try db.execute(sql: """
                INSERT INTO purged SELECT id FROM session WHERE updatedAt < ?
                    AND id NOT IN (SELECT sessionId FROM ticket WHERE \(Self.waitingCondition) OR updatedAt >= ?)
                """, arguments: [before, before])
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.purged") }
            var counts = ErasureRecord.Counts()
            try db.execute(sql: "DELETE FROM turn WHERE sessionId IN (SELECT id FROM purged)")
            counts.turns = db.changesCount
            try db.execute(sql: "DELETE FROM ticket WHERE sessionId IN (SELECT id FROM purged)")
            counts.tickets = db.changesCount
            try db.execute(sql: "DELETE FROM session WHERE id IN (SELECT id FROM purged)")
            counts.sessions = db.changesCount
            try db.execute(sql: """
                DELETE FROM slot WHERE updatedAt < ? AND customerId NOT IN (SELECT customerId FROM ticket WHERE \(Self.waitingCondition))
                """, arguments: [before])
            counts.slots = db.changesCount
            let record = ErasureRecord(kind: .retention, erasedAt: date, counts: counts)
            try Self.insert(record, db)
            purged.withLock { $0 = record }
        }, committed: { cache.reset() })
        return purged.withLock { $0! }
    }

    public func erasures() async throws -> [ErasureRecord] {
        try await batches.read { db in
            try RawQuery(db, "SELECT kind, erasedAt, sessions, turns, slots, tickets FROM erasure ORDER BY id").all([]) { row in
                ErasureRecord(kind: ErasureRecord.Kind(rawValue: row.text(0)) ?? .customer, erasedAt: row.date(1),
                              counts: ErasureRecord.Counts(sessions: Int(row.integer(2)), turns: Int(row.integer(3)),
                                                           slots: Int(row.integer(4)), tickets: Int(row.integer(5))))
            }
        }
    }

    private static func insert(_ record: ErasureRecord, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO erasure (kind, erasedAt, sessions, turns, slots, tickets) VALUES (?, ?, ?, ?, ?, ?)", arguments: [
            record.kind.rawValue, SQLiteDate.text(record.erasedAt), record.counts.sessions, record.counts.turns,
            record.counts.slots, record.counts.tickets,
        ])
    }
}

import GRDB
import Relevo

extension SQLiteStore {
    /// The schema's history: each migration is applied once, in order, and named in `grdb_migrations`. A name
    /// this version does not know means a newer Relevo wrote the database (``checkVersion(_:)``).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sessions-turns-slots-tickets") { db in
            try db.create(table: SessionRecord.databaseTableName) { t in
                t.primaryKey("id", .text)
                t.column("customerId", .text).notNull().indexed()
                t.column("channel", .text).notNull()
                t.column("state", .text).notNull()
                t.column("turnCount", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: TurnRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sessionId", .text).notNull().indexed().references(SessionRecord.databaseTableName)
                t.column("customerId", .text).notNull()
                t.column("turn", .integer).notNull()
                t.column("role", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("text", .text).notNull()
                t.column("intent", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: SlotRecord.databaseTableName) { t in
                t.column("customerId", .text).notNull()
                t.column("name", .text).notNull()
                t.column("value", .text).notNull()
                t.column("sessionId", .text).notNull()
                t.column("turn", .integer).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.primaryKey(["customerId", "name"])
            }
            try db.create(table: TicketRecord.databaseTableName) { t in
                t.primaryKey("number", .text)
                t.column("customerId", .text).notNull().indexed()
                t.column("sessionId", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("queue", .text).notNull()
                t.column("intent", .text)
                t.column("priority", .text).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("agent", .text)
                t.column("note", .text)
                t.column("packet", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v2-message-ids") { db in
            try db.alter(table: TurnRecord.databaseTableName) { t in
                t.add(column: "messageId", .text)
            }
            try db.create(index: "turn_on_customer_message", on: TurnRecord.databaseTableName,
                          columns: ["customerId", "messageId"], unique: true, condition: Column("messageId") != nil)
        }
        migrator.registerMigration("v3-queue-index") { db in
            try db.create(index: "ticket_on_queue_status", on: TicketRecord.databaseTableName, columns: ["queue", "status"])
        }
        migrator.registerMigration("v4-turn-ids-without-sequence") { db in
            // AUTOINCREMENT wrote the sqlite_sequence table at every insert: one more page per commit. Turns are
            // never deleted, so plain rowids keep growing the same way.
            try db.execute(sql: """
                CREATE TABLE turn_new (
                    id INTEGER PRIMARY KEY, sessionId TEXT NOT NULL REFERENCES session(id), customerId TEXT NOT NULL,
                    turn INTEGER NOT NULL, role TEXT NOT NULL, channel TEXT NOT NULL, text TEXT NOT NULL, intent TEXT,
                    createdAt DATETIME NOT NULL, messageId TEXT);
                INSERT INTO turn_new (id, sessionId, customerId, turn, role, channel, text, intent, createdAt, messageId)
                    SELECT id, sessionId, customerId, turn, role, channel, text, intent, createdAt, messageId FROM turn;
                DROP TABLE turn;
                ALTER TABLE turn_new RENAME TO turn;
                CREATE INDEX turn_on_sessionId ON turn(sessionId);
                CREATE UNIQUE INDEX turn_on_customer_message ON turn(customerId, messageId) WHERE messageId IS NOT NULL;
                DELETE FROM sqlite_sequence WHERE name = 'turn';
                """)
        }
        migrator.registerMigration("v5-waiting-ticket-index") { db in
            // Tickets change status a few times in their life and then stay resolved: indexes over every status
            // rewrote two index pages per change. Only waiting tickets are looked up by status and queue; this
            // index holds just those, so it stays a few pages, and listing resolved tickets reads the table.
            try db.execute(sql: """
                DROP INDEX ticket_on_status;
                DROP INDEX ticket_on_queue_status;
                CREATE INDEX ticket_waiting ON ticket(status, queue) WHERE \(waitingCondition);
                """)
        }
        registerErasures(in: &migrator)
        return migrator
    }
}

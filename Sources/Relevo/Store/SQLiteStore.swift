import Foundation
import GRDB

/// A durable store in SQLite (through GRDB): WAL journal, named migrations, every commit in one transaction.
public struct SQLiteStore: ConversationStore {
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path`; `:memory:` gives a private in-memory database.
    ///
    /// Another process holding the write lock is waited for up to `busyTimeout` seconds.
    ///
    /// - Throws: ``StoreError`` when the file cannot be opened or migrated.
    public init(path: String, busyTimeout: TimeInterval = 10) throws(StoreError) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        // In WAL mode, NORMAL keeps every committed turn across a process crash (it is in the WAL before the
        // commit returns) without an fsync per commit; only an operating-system crash may lose the last ones.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Keep more pages cached than SQLite's default 2 MB.
            try db.execute(sql: "PRAGMA cache_size = -16000")
        }
        do {
            // A pool (WAL): reads run beside the single writer; other processes share the file.
            writer = path == ":memory:" ? try DatabaseQueue(configuration: configuration)
                : try DatabasePool(path: path, configuration: configuration)
            try Self.migrate(writer)
        } catch {
            throw StoreError(path: path, underlying: error)
        }
    }

    /// Creates a store over an existing GRDB writer, migrating it.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrate(writer)
    }

    /// Applies the migrations. Two processes creating the same new database race: the loser's migration fails
    /// once the winner's is committed, and trying again finds it applied.
    static func migrate(_ writer: any DatabaseWriter) throws {
        for attempt in 1...3 {
            do {
                try migrator.migrate(writer)
                return
            } catch let error as DatabaseError where attempt < 3 && error.resultCode == .SQLITE_ERROR {
                continue
            }
        }
    }

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
        return migrator
    }

    public func conversation(customer: String) throws -> StoredConversation {
        try writer.read { db in
            let session = try SessionRecord.fetchOne(db.cachedStatement(sql: """
                SELECT * FROM session WHERE customerId = ? ORDER BY updatedAt DESC, createdAt DESC LIMIT 1
                """), arguments: [customer])
            let slots = try SlotRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM slot WHERE customerId = ? ORDER BY name"),
                                                arguments: [customer])
            let ticket = try TicketRecord.fetchOne(db.cachedStatement(sql: """
                SELECT * FROM ticket WHERE customerId = ? AND status != 'resolved' ORDER BY createdAt LIMIT 1
                """), arguments: [customer])
            return StoredConversation(session: session, slots: slots, openTicket: ticket)
        }
    }

    public func session(id: String) throws -> SessionRecord? {
        try writer.read { db in try SessionRecord.fetchOne(db, key: id) }
    }

    public func turns(session: String) throws -> [TurnRecord] {
        try writer.read { db in
            try TurnRecord.filter(Column("sessionId") == session).order(Column("id")).fetchAll(db)
        }
    }

    public func commit(_ change: ConversationChange) throws {
        try writer.write { db in
            let session = change.session
            try db.cachedStatement(sql: """
                INSERT INTO session (id, customerId, channel, state, turnCount, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET customerId = excluded.customerId, channel = excluded.channel, state = excluded.state,
                    turnCount = excluded.turnCount, createdAt = excluded.createdAt, updatedAt = excluded.updatedAt
                """).execute(arguments: [session.id, session.customerId, session.channel, session.state, session.turnCount,
                                         session.createdAt, session.updatedAt])
            let insertTurn = try db.cachedStatement(sql: """
                INSERT INTO turn (sessionId, customerId, turn, role, channel, text, intent, messageId, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for turn in change.turns {
                try insertTurn.execute(arguments: [turn.sessionId, turn.customerId, turn.turn, turn.role.rawValue, turn.channel,
                                                   turn.text, turn.intent, turn.messageId, turn.createdAt])
            }
            for name in change.removedSlots {
                try db.cachedStatement(sql: "DELETE FROM slot WHERE customerId = ? AND name = ?")
                    .execute(arguments: [session.customerId, name])
            }
            for slot in change.slots {
                try db.cachedStatement(sql: """
                    INSERT INTO slot (customerId, name, value, sessionId, turn, updatedAt) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (customerId, name) DO UPDATE SET value = excluded.value, sessionId = excluded.sessionId,
                        turn = excluded.turn, updatedAt = excluded.updatedAt
                    """).execute(arguments: [slot.customerId, slot.name, slot.value, slot.sessionId, slot.turn, slot.updatedAt])
            }
            for ticket in change.tickets { try ticket.upsert(db) }
        }
    }

    public func ticket(number: String) throws -> TicketRecord? {
        try writer.read { db in try TicketRecord.fetchOne(db, key: number) }
    }

    public func tickets(statuses: Set<TicketRecord.Status>, queue: String?) throws -> [TicketRecord] {
        try writer.read { db in
            var request = TicketRecord.filter(statuses.map(\.rawValue).contains(Column("status")))
            if let queue { request = request.filter(Column("queue") == queue) }
            return try request.fetchAll(db)
        }.sortedForQueue()
    }

    public func turns(customer: String, messageId: String) throws -> [TurnRecord] {
        try writer.read { db in
            guard let first = try TurnRecord.filter(Column("customerId") == customer && Column("messageId") == messageId).fetchOne(db),
                  let id = first.id
            else { return [] }
            let replies = try TurnRecord.filter(Column("sessionId") == first.sessionId && Column("id") > id)
                .order(Column("id")).limit(50).fetchAll(db)
            return [first] + replies.prefix { $0.role == .bot && $0.turn == first.turn }
        }
    }

    public func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?) throws -> QueueStanding {
        try writer.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT COALESCE(SUM(status = 'claimed'), 0),
                       COALESCE(SUM(status = 'open' AND (priority = 'high' AND ? = 'normal' OR priority = ? AND createdAt <= ?)), 0)
                FROM ticket WHERE queue = ? AND status IN ('open', 'claimed') AND number IS NOT ?
                """)
            let row = try Row.fetchOne(statement, arguments: [priority.rawValue, priority.rawValue, createdAt ?? .distantFuture, queue, excluding])
            return QueueStanding(held: row?[0] ?? 0, ahead: row?[1] ?? 0)
        }
    }

    public func tickets(customer: String) throws -> [TicketRecord] {
        try writer.read { db in
            try TicketRecord.filter(Column("customerId") == customer).order(Column("createdAt"), Column("number")).fetchAll(db)
        }
    }
}

// Records read and write their columns directly (not through Codable): they are read and written on every turn.

extension SessionRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "session"

    public init(row: Row) {
        self.init(id: row["id"], customerId: row["customerId"], channel: row["channel"], state: row["state"],
                  turnCount: row["turnCount"], createdAt: row["createdAt"], updatedAt: row["updatedAt"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["customerId"] = customerId
        container["channel"] = channel
        container["state"] = state
        container["turnCount"] = turnCount
        container["createdAt"] = createdAt
        container["updatedAt"] = updatedAt
    }
}

extension TurnRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "turn"

    public init(row: Row) {
        self.init(id: row["id"], sessionId: row["sessionId"], customerId: row["customerId"], turn: row["turn"],
                  role: Role(rawValue: row["role"]) ?? .bot, channel: row["channel"], text: row["text"], intent: row["intent"],
                  messageId: row["messageId"], createdAt: row["createdAt"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["sessionId"] = sessionId
        container["customerId"] = customerId
        container["turn"] = turn
        container["role"] = role.rawValue
        container["channel"] = channel
        container["text"] = text
        container["intent"] = intent
        container["messageId"] = messageId
        container["createdAt"] = createdAt
    }
}

extension SlotRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "slot"

    public init(row: Row) {
        self.init(customerId: row["customerId"], name: row["name"], value: row["value"], sessionId: row["sessionId"],
                  turn: row["turn"], updatedAt: row["updatedAt"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["customerId"] = customerId
        container["name"] = name
        container["value"] = value
        container["sessionId"] = sessionId
        container["turn"] = turn
        container["updatedAt"] = updatedAt
    }
}

extension TicketRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "ticket"

    public init(row: Row) {
        self.init(number: row["number"], customerId: row["customerId"], sessionId: row["sessionId"], reason: row["reason"],
                  queue: row["queue"], intent: row["intent"], priority: Priority(rawValue: row["priority"]) ?? .normal,
                  status: Status(rawValue: row["status"]) ?? .open, agent: row["agent"], note: row["note"], packet: row["packet"],
                  createdAt: row["createdAt"], updatedAt: row["updatedAt"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["number"] = number
        container["customerId"] = customerId
        container["sessionId"] = sessionId
        container["reason"] = reason
        container["queue"] = queue
        container["intent"] = intent
        container["priority"] = priority.rawValue
        container["status"] = status.rawValue
        container["agent"] = agent
        container["note"] = note
        container["packet"] = packet
        container["createdAt"] = createdAt
        container["updatedAt"] = updatedAt
    }
}

/// A database that could not be opened, migrated or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The database path.
    public var path: String
    /// What went wrong, in words.
    public var message: String

    init(path: String, underlying: any Error) {
        self.path = path
        self.message = Self.describe(underlying)
    }

    public var description: String { "cannot use database '\(path)': \(message)" }

    /// A one-line description of a storage error, without internals.
    public static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: return "the disk is full"
            case .SQLITE_READONLY: return "the database is read-only"
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is locked by another process"
            case .SQLITE_IOERR: return "the database could not be written (\(error.message ?? "I/O error"))"
            default: return error.message ?? "\(error.resultCode)"
            }
        }
        return "\(error)"
    }
}

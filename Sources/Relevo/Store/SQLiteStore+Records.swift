import Foundation
import GRDB

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
        container["createdAt"] = SQLiteDate.text(createdAt)
        container["updatedAt"] = SQLiteDate.text(updatedAt)
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
        container["createdAt"] = SQLiteDate.text(createdAt)
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
        container["updatedAt"] = SQLiteDate.text(updatedAt)
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
        container["createdAt"] = SQLiteDate.text(createdAt)
        container["updatedAt"] = SQLiteDate.text(updatedAt)
    }
}

// The same columns read by position from the store's own queries (``RawQuery``): `columns` lists them in order.

extension SessionRecord {
    static let columns = "id, customerId, channel, state, turnCount, createdAt, updatedAt"

    init(_ row: RawQuery.Row) {
        self.init(id: row.text(0), customerId: row.text(1), channel: row.text(2), state: row.text(3),
                  turnCount: Int(row.integer(4)), createdAt: row.date(5), updatedAt: row.date(6))
    }
}

extension TurnRecord {
    static let columns = "id, sessionId, customerId, turn, role, channel, text, intent, messageId, createdAt"

    init(_ row: RawQuery.Row) {
        self.init(id: row.integer(0), sessionId: row.text(1), customerId: row.text(2), turn: Int(row.integer(3)),
                  role: Role(rawValue: row.text(4)) ?? .bot, channel: row.text(5), text: row.text(6), intent: row.optionalText(7),
                  messageId: row.optionalText(8), createdAt: row.date(9))
    }
}

extension SlotRecord {
    static let columns = "customerId, name, value, sessionId, turn, updatedAt"

    init(_ row: RawQuery.Row) {
        self.init(customerId: row.text(0), name: row.text(1), value: row.text(2), sessionId: row.text(3),
                  turn: Int(row.integer(4)), updatedAt: row.date(5))
    }
}

extension TicketRecord {
    static let columns = "number, customerId, sessionId, reason, queue, intent, priority, status, agent, note, packet, createdAt, updatedAt"

    init(_ row: RawQuery.Row) {
        self.init(number: row.text(0), customerId: row.text(1), sessionId: row.text(2), reason: row.text(3), queue: row.text(4),
                  intent: row.optionalText(5), priority: Priority(rawValue: row.text(6)) ?? .normal,
                  status: Status(rawValue: row.text(7)) ?? .open, agent: row.optionalText(8), note: row.optionalText(9),
                  packet: row.text(10), createdAt: row.date(11), updatedAt: row.date(12))
    }

    /// Inserts the ticket, or updates every column of the one with its number.
    func upsert(into db: Database) throws {
        try RawQuery(db, """
            INSERT INTO ticket (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (number) DO UPDATE SET customerId = excluded.customerId, sessionId = excluded.sessionId,
                reason = excluded.reason, queue = excluded.queue, intent = excluded.intent, priority = excluded.priority,
                status = excluded.status, agent = excluded.agent, note = excluded.note, packet = excluded.packet,
                createdAt = excluded.createdAt, updatedAt = excluded.updatedAt
            """).execute([.text(number), .text(customerId), .text(sessionId), .text(reason), .text(queue), .optional(intent),
                          .text(priority.rawValue), .text(status.rawValue), .optional(agent), .optional(note), .text(packet),
                          .text(SQLiteDate.text(createdAt)), .text(SQLiteDate.text(updatedAt))])
    }
}

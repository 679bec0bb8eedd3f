import Relevo
import Foundation
import GRDB

extension SessionRecord: TableRecord {
    public static let databaseTableName = "session"
}

extension TurnRecord: TableRecord {
    public static let databaseTableName = "turn"
}

extension SlotRecord: TableRecord {
    public static let databaseTableName = "slot"
}

extension TicketRecord: TableRecord {
    public static let databaseTableName = "ticket"
}

// Records read their columns by position from the store's own queries (``RawQuery``): `columns` lists them in
// order. They are read and written on every turn, without GRDB's row decoding.

extension SessionRecord {
    static let columns = "id, customerId, channel, state, turnCount, createdAt, updatedAt"

    init(_ row: RawQuery.Row) {
        self.init(id: row.text(0), customerId: row.text(1), channel: row.text(2), state: SessionState(json: row.text(3)),
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
        self.init(number: row.text(0), customerId: row.text(1), sessionId: row.text(2), reason: HandoffReason(rawValue: row.text(3)) ?? .userRequest, queue: row.text(4),
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
            """).execute([.text(number), .text(customerId), .text(sessionId), .text(reason.rawValue), .text(queue), .optional(intent),
                          .text(priority.rawValue), .text(status.rawValue), .optional(agent), .optional(note), .text(packet),
                          .text(SQLiteDate.text(createdAt)), .text(SQLiteDate.text(updatedAt))])
    }
}

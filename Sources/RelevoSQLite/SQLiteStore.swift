import Relevo
import Foundation
import GRDB
import Synchronization

/// A durable store in SQLite (through GRDB): WAL journal, named migrations, every commit in one transaction.
///
/// Reads and commits run on the writer connection, in batches (``BatchedWriter``): the commits waiting together
/// share one transaction (group commit), and each returns once it is committed to the WAL. Each customer's
/// conversation is kept between turns (``ConversationCache``).
public struct SQLiteStore: ConversationStore {
    let batches: BatchedWriter
    let cache: ConversationCache

    /// Opens (creating if needed) the database at `path`; `:memory:` gives a private in-memory database.
    ///
    /// Another process holding the write lock is waited for up to `busyTimeout` seconds.
    ///
    /// - Throws: ``StoreError`` when the file cannot be opened or migrated.
    public init(path: String, busyTimeout: TimeInterval = 10) throws(StoreError) {
        try self.init(path: path, busyTimeout: busyTimeout, checkpointInterval: Checkpointer.defaultInterval)
    }

    /// - Parameters:
    ///   - checkpointInterval: Commits between two background checkpoints.
    ///   - cache: The conversations' cache (tests give it a clock of their own).
    ///   - walFrames: WAL frames that start a background checkpoint, and beyond which the writer truncates the WAL.
    init(path: String, busyTimeout: TimeInterval, checkpointInterval: Int, cache: ConversationCache = ConversationCache(),
         walFrames: (trigger: Int, limit: Int) = (Checkpointer.defaultFrameTrigger, Checkpointer.defaultFrameLimit)) throws(StoreError) {
        self.cache = cache
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        // In WAL mode, NORMAL keeps every committed turn across a process crash (it is in the WAL before the
        // commit returns) without an fsync per commit; only an operating-system crash may lose the last ones.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Keep more pages cached than SQLite's default 2 MB.
            try db.execute(sql: "PRAGMA cache_size = -16000")
        }
        let writer: any DatabaseWriter
        do {
            // A pool opens the file in WAL mode, which other processes share.
            writer = try Self.migrated(patience: busyTimeout) {
                if path == ":memory:" { return try DatabaseQueue(configuration: configuration) }
                return try DatabasePool(path: path, configuration: configuration)
            }
        } catch {
            throw StoreError(path: path, underlying: error)
        }
        var checkpointer: Checkpointer?
        if path != ":memory:",
           let background = try? Checkpointer(path: path, configuration: configuration, interval: checkpointInterval,
                                              walFrameTrigger: walFrames.trigger, walFrameLimit: walFrames.limit),
           (try? writer.writeWithoutTransaction({ (db: Database) -> Void in
               try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
               // A WAL that started over is cut back to the limit's size (it keeps the largest size it reached).
               try db.execute(sql: "PRAGMA journal_size_limit = \(walFrames.limit * 4_096)")
               background.watch(db)
           })) != nil
        {
            checkpointer = background
        }
        batches = BatchedWriter(writer, checkpointer: checkpointer, cache: cache)
    }

    /// Creates a store over an existing GRDB writer, migrating it.
    public init(writer: any DatabaseWriter) throws {
        cache = ConversationCache()
        _ = try Self.migrated { writer }
        batches = BatchedWriter(writer, checkpointer: nil, cache: cache)
    }

    /// Returns once the commits made so far are counted, with the background checkpoint they started, if any
    /// (tests wait for it instead of for the time it usually takes).
    func checkpointed() async throws {
        try await batches.checkpointed()
    }

    /// Opens a database with `open` and applies the migrations.
    ///
    /// Processes opening the same database at once race. Opening a new file in WAL mode writes to it, and may
    /// find that another process wrote first (`SQLITE_BUSY` at once, without waiting); two processes may both
    /// start a migration the other is applying, and the loser's fails once the winner's is committed (rolled
    /// back, so nothing is half done). Opening again after a moment finds the file ready and the migration
    /// applied: a lost race is run again for up to `patience` seconds (the busy timeout: as long as a held lock
    /// is waited for, however slow the winner on a busy machine), and at least five times. Other errors (not a
    /// database, read-only, disk full, written by a newer version, a schema that is not Relevo's), and a race
    /// lost until then, are thrown.
    static func migrated(patience: TimeInterval = 0, _ open: () throws -> any DatabaseWriter) throws -> any DatabaseWriter {
        func attempt() throws -> any DatabaseWriter {
            let writer = try open()
            // A database written by a newer Relevo is refused before anything is written to it.
            try writer.read(checkVersion)
            do {
                try migrator.migrate(writer)
            } catch {
                // The race may have been lost to a process that has applied every migration since.
                guard (try? writer.read({ try migrator.hasCompletedMigrations($0) })) == true else { throw error }
            }
            try writer.read(checkSchema)
            return writer
        }
        let racing: [ResultCode] = [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR, .SQLITE_CONSTRAINT]
        let deadline = ContinuousClock.now + .seconds(patience)
        var retry = 0
        while true {
            do {
                return try attempt()
            } catch let error as DatabaseError where racing.contains(error.resultCode) && (retry < 5 || ContinuousClock.now < deadline) {
                retry += 1
                Thread.sleep(forTimeInterval: 0.02 * Double(min(retry, 5)))
            }
        }
    }

    /// The condition of the `ticket_waiting` partial index; a query uses that index only when its own condition
    /// contains this very term.
    static let waitingCondition = "status IN ('open', 'claimed')"

    public func conversation(customer: String, messageId: String?) async throws -> StoredConversation {
        if messageId == nil, let cached = cache.conversation(customer: customer) { return cached }
        let cache = self.cache
        return try await batches.read { db in
            cache.read(customer: customer, version: Self.dataVersion(db))
            let session = try RawQuery(db, """
                SELECT \(SessionRecord.columns) FROM session WHERE customerId = ? ORDER BY updatedAt DESC, createdAt DESC LIMIT 1
                """).first([.text(customer)], SessionRecord.init)
            let slots = try RawQuery(db, "SELECT \(SlotRecord.columns) FROM slot WHERE customerId = ? ORDER BY name")
                .all([.text(customer)], SlotRecord.init)
            let ticket = try RawQuery(db, """
                SELECT \(TicketRecord.columns) FROM ticket WHERE customerId = ? AND status != 'resolved' ORDER BY createdAt LIMIT 1
                """).first([.text(customer)], TicketRecord.init)
            let waiting: WaitingTickets
            if let known = cache.waiting {
                waiting = known
            } else {
                waiting = try Self.waitingTickets(db)
                cache.remember(waiting)
            }
            var conversation = StoredConversation(
                session: session, slots: slots, openTicket: ticket,
                turns: try session.map { try Self.turns(session: $0.id, latest: StoredConversation.recentMessages, db) } ?? [],
                queues: waiting.loads, openTicketStanding: ticket.map(waiting.standing(of:)))
            cache.remember(conversation, customer: customer)
            if let messageId { conversation.delivered = try Self.turns(customer: customer, messageId: messageId, db) }
            return conversation
        }
    }

    /// Every held and waiting ticket, through the index of waiting tickets.
    static func waitingTickets(_ db: Database) throws -> WaitingTickets {
        WaitingTickets(try RawQuery(db, """
            SELECT number, queue, status, priority, createdAt FROM ticket WHERE \(waitingCondition)
            """).all([]) { row in
            (row.text(0), WaitingTickets.Ticket(queue: row.text(1), status: TicketRecord.Status(rawValue: row.text(2)) ?? .open,
                                                priority: Priority(rawValue: row.text(3)) ?? .normal, createdAt: row.date(4)))
        })
    }

    public func session(id: String) async throws -> SessionRecord? {
        try await batches.read { db in
            try RawQuery(db, "SELECT \(SessionRecord.columns) FROM session WHERE id = ?").first([.text(id)], SessionRecord.init)
        }
    }

    public func turns(session: String) async throws -> [TurnRecord] {
        try await batches.read { db in try Self.turns(session: session, db) }
    }

    static func turns(session: String, _ db: Database) throws -> [TurnRecord] {
        try RawQuery(db, "SELECT \(TurnRecord.columns) FROM turn WHERE sessionId = ? ORDER BY id").all([.text(session)], TurnRecord.init)
    }

    public func turns(session: String, latest limit: Int) async throws -> (turns: [TurnRecord], earlier: Int) {
        try await batches.read { db in
            let turns = try Self.turns(session: session, latest: limit, db)
            let all = try RawQuery(db, "SELECT COUNT(*) FROM turn WHERE sessionId = ?").first([.text(session)]) { Int($0.integer(0)) } ?? 0
            return (turns, max(0, all - turns.count))
        }
    }

    /// The latest `limit` messages of a session, in order: through the session index, from its end.
    static func turns(session: String, latest limit: Int, _ db: Database) throws -> [TurnRecord] {
        try RawQuery(db, "SELECT \(TurnRecord.columns) FROM turn WHERE sessionId = ? ORDER BY id DESC LIMIT ?")
            .all([.text(session), .integer(Int64(max(0, limit)))], TurnRecord.init).reversed()
    }

    public func commit(_ change: ConversationChange) async throws {
        let cache = self.cache
        // The change as stored, its turns numbered by the database, for the cache.
        let stored = Mutex(change)
        try await batches.write({ db in
            if let basis = change.basis, !cache.unchangedSinceRead(customer: change.session.customerId, version: Self.dataVersion(db)),
               try !Self.holds(basis, customer: change.session.customerId, db) {
                cache.forget(customer: change.session.customerId)
                throw StoreConflict(customer: change.session.customerId)
            }
            let ids = try Self.apply(change, db)
            stored.withLock { for index in $0.turns.indices { $0.turns[index].id = ids[index] } }
        }, committed: { cache.apply(stored.withLock { $0 }) })
    }

    /// Changes whenever another connection commits (SQLite's `data_version` of this connection).
    static func dataVersion(_ db: Database) -> Int64? {
        try? RawQuery(db, "PRAGMA data_version").first([]) { $0.integer(0) }
    }

    /// Whether the customer's latest session is still the one `basis` was read with (inside the commit's
    /// immediate transaction, which holds the database's write lock: no other process writes in between).
    static func holds(_ basis: ConversationChange.Basis, customer: String, _ db: Database) throws -> Bool {
        let latest = try RawQuery(db, """
            SELECT id, turnCount, state, updatedAt FROM session WHERE customerId = ? ORDER BY updatedAt DESC, createdAt DESC LIMIT 1
            """).first([.text(customer)]) { ($0.text(0), Int($0.integer(1)), $0.text(2), $0.text(3)) }
        guard let read = basis.session, let latest else { return basis.session == nil && latest == nil }
        return read.id == latest.0 && read.turnCount == latest.1 && read.state.json == latest.2 && SQLiteDate.text(read.updatedAt) == latest.3
    }

    /// Writes a change's rows (inside the caller's transaction). A session's customer never changes, and is not
    /// set again: that would rewrite its index entry.
    /// Returns the ids the database gave the change's turns, in order.
    static func apply(_ change: ConversationChange, _ db: Database) throws -> [Int64] {
        let session = change.session
        try RawQuery(db, """
            INSERT INTO session (\(SessionRecord.columns)) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, state = excluded.state, turnCount = excluded.turnCount,
                createdAt = excluded.createdAt, updatedAt = excluded.updatedAt
            """).execute([.text(session.id), .text(session.customerId), .text(session.channel), .text(session.state.json),
                          .integer(Int64(session.turnCount)), .text(SQLiteDate.text(session.createdAt)),
                          .text(SQLiteDate.text(session.updatedAt))])
        var ids: [Int64] = []
        if !change.turns.isEmpty {
            let insert = try RawQuery(db, """
                INSERT INTO turn (sessionId, customerId, turn, role, channel, text, intent, messageId, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for turn in change.turns {
                defer { ids.append(db.lastInsertedRowID) }
                try insert.execute([.text(turn.sessionId), .text(turn.customerId), .integer(Int64(turn.turn)), .text(turn.role.rawValue),
                                    .text(turn.channel), .text(turn.text), .optional(turn.intent), .optional(turn.messageId),
                                    .text(SQLiteDate.text(turn.createdAt))])
            }
        }
        for name in change.removedSlots {
            try RawQuery(db, "DELETE FROM slot WHERE customerId = ? AND name = ?").execute([.text(session.customerId), .text(name)])
        }
        for slot in change.slots {
            try RawQuery(db, """
                INSERT INTO slot (\(SlotRecord.columns)) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (customerId, name) DO UPDATE SET value = excluded.value, sessionId = excluded.sessionId,
                    turn = excluded.turn, updatedAt = excluded.updatedAt
                """).execute([.text(slot.customerId), .text(slot.name), .text(slot.value), .text(slot.sessionId),
                              .integer(Int64(slot.turn)), .text(SQLiteDate.text(slot.updatedAt))])
        }
        for ticket in change.tickets { try ticket.upsert(into: db) }
        return ids
    }

    public func ticket(number: String) async throws -> TicketRecord? {
        if let open = cache.openTicket(number: number) { return open }
        return try await batches.read { db in
            try RawQuery(db, "SELECT \(TicketRecord.columns) FROM ticket WHERE number = ?").first([.text(number)], TicketRecord.init)
        }
    }

    public func tickets(statuses: Set<TicketRecord.Status>, queue: String?) async throws -> [TicketRecord] {
        guard !statuses.isEmpty else { return [] }
        let names = statuses.map(\.rawValue).sorted()
        let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let waiting = statuses.isSubset(of: [.open, .claimed]) ? "\(Self.waitingCondition) AND " : ""
        let sql = "SELECT \(TicketRecord.columns) FROM ticket WHERE \(waiting)status IN (\(placeholders))" + (queue == nil ? "" : " AND queue = ?")
        let arguments = names.map { RawQuery.Argument.text($0) } + (queue.map { [.text($0)] } ?? [])
        return try await batches.read { db in
            try RawQuery(db, sql).all(arguments, TicketRecord.init)
        }.sortedForQueue()
    }

    public func turns(customer: String, messageId: String) async throws -> [TurnRecord] {
        try await batches.read { db in try Self.turns(customer: customer, messageId: messageId, db) }
    }

    static func turns(customer: String, messageId: String, _ db: Database) throws -> [TurnRecord] {
        guard let first = try RawQuery(db, "SELECT \(TurnRecord.columns) FROM turn WHERE customerId = ? AND messageId = ?")
            .first([.text(customer), .text(messageId)], TurnRecord.init),
            let id = first.id
        else { return [] }
        let replies = try RawQuery(db, "SELECT \(TurnRecord.columns) FROM turn WHERE sessionId = ? AND id > ? ORDER BY id LIMIT 50")
            .all([.text(first.sessionId), .integer(id)], TurnRecord.init)
        return [first] + replies.prefix { $0.role == .bot && $0.turn == first.turn }
    }

    public func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?) async throws -> QueueStanding {
        try await batches.read { db in
            try Self.queueStanding(queue: queue, priority: priority, createdAt: createdAt, excluding: excluding, db)
        }
    }

    static func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?, _ db: Database) throws -> QueueStanding {
        let statement = """
            SELECT COALESCE(SUM(status = 'claimed'), 0),
                   COALESCE(SUM(status = 'open' AND (priority = 'high' AND ? = 'normal' OR priority = ? AND createdAt <= ?)), 0)
            FROM ticket WHERE queue = ? AND \(waitingCondition) AND number IS NOT ?
            """
        let cutoff = createdAt.map(SQLiteDate.text) ?? SQLiteDate.text(.distantFuture)
        let counts = try RawQuery(db, statement).first(
            [.text(priority.rawValue), .text(priority.rawValue), .text(cutoff), .text(queue), .optional(excluding)]
        ) { (Int($0.integer(0)), Int($0.integer(1))) }
        return QueueStanding(held: counts?.0 ?? 0, ahead: counts?.1 ?? 0)
    }

    public func tickets(customer: String) async throws -> [TicketRecord] {
        try await batches.read { db in
            try RawQuery(db, "SELECT \(TicketRecord.columns) FROM ticket WHERE customerId = ? ORDER BY createdAt, number")
                .all([.text(customer)], TicketRecord.init)
        }
    }
}

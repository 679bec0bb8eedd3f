import Relevo
import Foundation
import GRDB
import GRDBSQLite

/// Reads rows of a cached GRDB statement through the SQLite C API, by column position: the store's per-turn
/// queries skip GRDB's row decoding (a column-name dictionary per query, dates through a calendar), which costs
/// more than the queries themselves.
///
/// It pays: with GRDB's row cursor read by position instead (`Row.fetchCursor`, arguments bound by GRDB),
/// `relevo bench --store sqlite --sessions 1000 --turns 100000` fell from 10,900–11,300 to 9,600–10,000 turns/s,
/// the two builds run alternately on the idle 2-core machine (release).
struct RawQuery {
    /// A value bound to a `?` of the statement.
    enum Argument {
        case text(String)
        case integer(Int64)
        case null

        /// Text, or NULL for `nil`.
        static func optional(_ value: String?) -> Argument {
            value.map { .text($0) } ?? .null
        }
    }

    /// One row under the cursor; valid only inside the `forEach` body.
    struct Row {
        fileprivate let statement: OpaquePointer

        func text(_ column: Int32) -> String {
            guard let bytes = sqlite3_column_text(statement, column) else { return "" }
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }

        func optionalText(_ column: Int32) -> String? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(column)
        }

        func integer(_ column: Int32) -> Int64 {
            sqlite3_column_int64(statement, column)
        }

        /// A date column in the store's text format (see ``SQLiteDate``); the distant past if unreadable.
        func date(_ column: Int32) -> Date {
            SQLiteDate.date(text(column)) ?? .distantPast
        }
    }

    let database: Database
    let statement: Statement

    /// The cached statement for `sql` on `database`.
    init(_ database: Database, _ sql: String) throws {
        self.database = database
        self.statement = try database.cachedStatement(sql: sql)
    }

    /// Runs the statement with `arguments`, calling `body` for each row; the statement is reset afterwards.
    func forEach(_ arguments: [Argument], _ body: (Row) throws -> Void) throws {
        let pointer = statement.sqliteStatement
        defer {
            sqlite3_reset(pointer)
            sqlite3_clear_bindings(pointer)
        }
        sqlite3_reset(pointer)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch argument {
            case .text(let value):
                value.utf8.withContiguousStorageIfAvailable { bytes in
                    sqlite3_bind_text(pointer, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                      Int32(bytes.count), Self.transient)
                } ?? value.withCString { sqlite3_bind_text(pointer, index, $0, -1, Self.transient) }
            case .integer(let value): sqlite3_bind_int64(pointer, index, value)
            case .null: sqlite3_bind_null(pointer, index)
            }
            try check(code)
        }
        while true {
            let code = sqlite3_step(pointer)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { return try check(code) }
            try body(Row(statement: pointer))
        }
    }

    /// Runs a statement that returns no rows (an insert, update or delete).
    func execute(_ arguments: [Argument]) throws {
        try forEach(arguments) { _ in }
    }

    /// The rows, each turned into a value by `read`.
    func all<T>(_ arguments: [Argument], _ read: (Row) throws -> T) throws -> [T] {
        var values: [T] = []
        try forEach(arguments) { values.append(try read($0)) }
        return values
    }

    /// The first row, turned into a value by `read`.
    func first<T>(_ arguments: [Argument], _ read: (Row) throws -> T) throws -> T? {
        var value: T?
        try forEach(arguments) { row in
            if value == nil { value = try read(row) }
        }
        return value
    }

    /// Throws SQLite's error for a failed call, as GRDB reports it.
    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK, code != SQLITE_ROW, code != SQLITE_DONE else { return }
        let message = sqlite3_errmsg(database.sqliteConnection).map { String(cString: $0) }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// SQLite copies bound text (its `SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

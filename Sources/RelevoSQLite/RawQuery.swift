import Relevo
import Foundation
import GRDB

/// Runs a cached GRDB statement and reads its rows by column position: the store's per-turn queries skip
/// decoding rows by column name (a column-name lookup per value) and dates through a calendar.
///
/// Measured with `relevo bench --store sqlite --sessions 1000 --turns 100000` (release, idle 2-core machine):
/// stepping the statement through SQLite's C API by hand instead of GRDB's row cursor gained 2–8%, within the
/// machine's noise, so GRDB steps and binds; the hand-formatted dates (``SQLiteDate``) gain 6–9%.
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

        var databaseValue: DatabaseValue {
            switch self {
            case .text(let value): value.databaseValue
            case .integer(let value): value.databaseValue
            case .null: .null
            }
        }
    }

    /// One row under the cursor; valid only inside the `forEach` body.
    struct Row {
        fileprivate let row: GRDB.Row

        func text(_ column: Int32) -> String {
            row[Int(column)] ?? ""
        }

        func optionalText(_ column: Int32) -> String? {
            row[Int(column)]
        }

        func integer(_ column: Int32) -> Int64 {
            row[Int(column)] ?? 0
        }

        /// A date column in the store's text format (see ``SQLiteDate``); the distant past if unreadable.
        func date(_ column: Int32) -> Date {
            SQLiteDate.date(text(column)) ?? .distantPast
        }
    }

    let statement: Statement

    /// The cached statement for `sql` on `database`.
    init(_ database: Database, _ sql: String) throws {
        self.statement = try database.cachedStatement(sql: sql)
    }

    /// Runs the statement with `arguments`, calling `body` for each row.
    func forEach(_ arguments: [Argument], _ body: (Row) throws -> Void) throws {
        statement.arguments = StatementArguments(arguments.map(\.databaseValue))
        let cursor = try GRDB.Row.fetchCursor(statement)
        while let row = try cursor.next() { try body(Row(row: row)) }
    }

    /// Runs a statement that returns no rows (an insert, update or delete).
    func execute(_ arguments: [Argument]) throws {
        try statement.execute(arguments: StatementArguments(arguments.map(\.databaseValue)))
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
}

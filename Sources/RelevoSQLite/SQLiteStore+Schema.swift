import GRDB
import Relevo

extension SQLiteStore {
    /// A database this version must not use, found at opening.
    struct SchemaMismatch: Error {
        var code: StoreError.Code
        var message: String
    }

    /// Refuses a database with a migration this version does not know: a newer Relevo wrote it, and writing to
    /// it could break what that version expects.
    static func checkVersion(_ db: Database) throws {
        let known = Set(migrator.migrations)
        let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted()
        guard let first = unknown.first else { return }
        throw SchemaMismatch(code: .newerVersion, message: "this database was written by a newer version of Relevo (migration \(first))")
    }

    /// The columns each table must have: those the store's queries read and write.
    static let expectedColumns: [(table: String, columns: String)] = [
        ("session", SessionRecord.columns), ("turn", TurnRecord.columns), ("slot", SlotRecord.columns), ("ticket", TicketRecord.columns),
    ]

    /// Refuses a database whose tables lack a column the store uses (a renamed or dropped column, another
    /// program's tables under the same names), naming the first one missing.
    static func checkSchema(_ db: Database) throws {
        for (table, columns) in expectedColumns {
            guard try db.tableExists(table) else {
                throw SchemaMismatch(code: .unexpectedSchema, message: "the database has no '\(table)' table; it is not a Relevo database, or its schema was changed")
            }
            let present = Set(try db.columns(in: table).map { $0.name.lowercased() })
            for column in columns.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !present.contains(column.lowercased()) {
                throw SchemaMismatch(code: .unexpectedSchema, message: "table '\(table)' has no column '\(column)'; the database's schema was changed outside Relevo")
            }
        }
    }
}

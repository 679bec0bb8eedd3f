import GRDB

extension SQLiteStore {
    /// The bytes of the database at `path` as its connections see it (its pages, wherever they are, the
    /// database file or the WAL): what is stored, without the WAL's room for pages written again.
    public static func databaseBytes(path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()") ?? 0
        }
    }
}

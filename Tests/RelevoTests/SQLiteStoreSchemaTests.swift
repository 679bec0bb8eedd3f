import Foundation
import GRDB
import Testing
@testable import Relevo
@testable import RelevoSQLite

/// A database this version must not use is refused at opening with one line naming the file: written by a newer
/// Relevo, a schema changed outside Relevo, a file that is not a database or is damaged.
@Suite struct SQLiteStoreSchemaTests {
    /// A database as this version makes it, with one turn stored.
    func database(_ change: (Database) throws -> Void = { _ in }) async throws -> String {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("r.sqlite").path
        let engine = try TestSupport.engine(store: try SQLiteStore(path: path))
        _ = try await engine.say("hello")
        let queue = try DatabaseQueue(path: path)
        try queue.write(change)
        try queue.close()
        return path
    }

    func refusal(_ path: String) -> StoreError? {
        do {
            _ = try SQLiteStore(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aDatabaseWrittenByANewerVersionIsRefused() async throws {
        let path = try await database { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-archive')") }
        let error = try #require(refusal(path))
        #expect(error.code == .newerVersion)
        #expect(error.description == "cannot use database '\(path)': this database was written by a newer version of Relevo (migration v9-archive)")
    }

    @Test func aRenamedColumnIsRefusedByName() async throws {
        let path = try await database { try $0.execute(sql: "ALTER TABLE turn RENAME COLUMN text TO body") }
        let error = try #require(refusal(path))
        #expect(error.code == .unexpectedSchema)
        #expect(error.message == "table 'turn' has no column 'text'; the database's schema was changed outside Relevo")
        let dropped = try await database { try $0.execute(sql: "DROP TABLE slot") }
        #expect(refusal(dropped)?.message == "the database has no 'slot' table; it is not a Relevo database, or its schema was changed")
    }

    @Test func garbageAndDamagedFilesAreOneLine() async throws {
        let garbage = try TestSupport.temporaryDirectory().appendingPathComponent("garbage.sqlite").path
        try Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: URL(fileURLWithPath: garbage))
        let error = try #require(refusal(garbage))
        #expect(error.code == .damaged)
        #expect(error.description == "cannot use database '\(garbage)': the file is not a database (damaged, or another kind of file)")
        #expect(!error.description.contains("\n") && !error.description.uppercased().contains("SELECT"))
    }
}

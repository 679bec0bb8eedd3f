import GRDB
import Relevo

extension StoreError {
    init(path: String, underlying: any Error) {
        if let mismatch = underlying as? SQLiteStore.SchemaMismatch {
            self.init(path: path, message: mismatch.message, code: mismatch.code)
        } else if let error = underlying as? DatabaseError, [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            self.init(path: path, message: Self.describe(error), code: .damaged)
        } else {
            self.init(path: path, message: Self.describe(underlying))
        }
    }

    /// A one-line description of a storage error, without internals (never the SQL that failed).
    public static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: return "the disk is full"
            case .SQLITE_READONLY: return "the database is read-only"
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is locked by another process"
            case .SQLITE_IOERR: return "the database could not be written (\(error.message ?? "I/O error"))"
            case .SQLITE_NOTADB: return "the file is not a database (damaged, or another kind of file)"
            case .SQLITE_CORRUPT: return "the database file is damaged (\(error.message ?? "malformed"))"
            default: return error.message ?? "\(error.resultCode)"
            }
        }
        if let error = error as? StoreError { return error.message }
        if let mismatch = error as? SQLiteStore.SchemaMismatch { return mismatch.message }
        return "\(error)"
    }
}

import GRDB
import Relevo

extension StoreError {
    init(path: String, underlying: any Error) {
        self.init(path: path, message: Self.describe(underlying))
    }

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

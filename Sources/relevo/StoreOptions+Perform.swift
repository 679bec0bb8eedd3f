import ArgumentParser
import Relevo
import RelevoSQLite

extension StoreOptions {
    /// Runs a store operation, turning a storage error into one line on standard error and exit 1.
    func perform<T>(_ operation: () async throws -> T) async throws -> T {
        do {
            return try await operation()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("error: \(StoreError.describe(error))")
            throw ExitCode(1)
        }
    }
}

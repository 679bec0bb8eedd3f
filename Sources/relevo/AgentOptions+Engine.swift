import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

extension AgentOptions {
    /// An engine over the shared database, for agent operations.
    func engine() throws -> Engine {
        try Engine(bot: botOptions.load(), store: storeOptions.open(), clock: OffsetClock.fromEnvironment(), actions: DemoActionHandler(),
                   modelCache: botOptions.cache, logger: logOptions.logger("relevo.agent"))
    }

    /// Runs an agent operation, turning its errors into one line on standard error and exit 1; a storage error
    /// names the database, never the SQL that failed.
    func perform<T>(_ operation: () async throws -> T) async throws -> T {
        do {
            return try await operation()
        } catch let error as AgentError {
            Console.error("error: \(error)")
            throw ExitCode(1)
        } catch let error as IdentifierError {
            Console.error("error: \(error)")
            throw ExitCode(1)
        } catch {
            Console.error("error: \(StoreError(path: storeOptions.db, message: StoreError.describe(error)))")
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

extension OffsetClock {
    /// The clock `chat` and `agent` run on: the system's, moved by `RELEVO_CLOCK_OFFSET` seconds when set
    /// (scripted tests and demos that need a given hour in every process); a value that is not a number of
    /// seconds is one clear error.
    static func fromEnvironment() throws -> OffsetClock {
        guard let text = ProcessInfo.processInfo.environment["RELEVO_CLOCK_OFFSET"] else { return OffsetClock(offset: 0) }
        guard let offset = TimeInterval(text.trimmingCharacters(in: .whitespaces)), offset.isFinite else {
            Console.error("error: RELEVO_CLOCK_OFFSET must be a number of seconds (for example -3600), not '\(text)'")
            throw ExitCode(1)
        }
        return OffsetClock(offset: offset)
    }
}

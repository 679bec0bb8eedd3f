import Relevo
import Synchronization

/// Sequential ids (`session-1`, `R-1001`, …): the same run gives the same ids.
public final class SequentialIDGenerator: IDGenerator {
    private let counters = Mutex((session: 0, ticket: 1000))

    public init() {}

    public func sessionID() -> String {
        counters.withLock { $0.session += 1; return "session-\($0.session)" }
    }

    public func ticketNumber() -> String {
        counters.withLock { $0.ticket += 1; return "R-\($0.ticket)" }
    }
}

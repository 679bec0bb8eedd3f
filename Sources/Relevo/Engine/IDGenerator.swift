import Foundation
import Synchronization

/// Makes session ids and ticket numbers. Swap in ``SequentialIDGenerator`` for deterministic replays.
public protocol IDGenerator: Sendable {
    /// A new, unique session id.
    func sessionID() -> String
    /// A new, unique ticket number, short enough to read out to a customer.
    func ticketNumber() -> String
}

/// Random ids: UUID sessions and `R-` plus six unambiguous letters and digits for tickets.
public struct RandomIDGenerator: IDGenerator {
    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    public init() {}

    public func sessionID() -> String { UUID().uuidString.lowercased() }

    public func ticketNumber() -> String {
        "R-" + String((0..<6).map { _ in Self.alphabet.randomElement()! })
    }
}

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

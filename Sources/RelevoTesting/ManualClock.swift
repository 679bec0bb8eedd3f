import Foundation
import Relevo
import Synchronization

/// A clock that only moves when told to: deterministic tests and transcript replays.
public final class ManualClock: WallClock {
    private let current: Mutex<Date>

    /// Creates a clock showing `date`.
    public init(_ date: Date) { current = Mutex(date) }

    public func now() -> Date { current.withLock { $0 } }

    /// Sets the time.
    public func set(_ date: Date) { current.withLock { $0 = date } }

    /// Moves the time forward by `seconds`.
    public func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

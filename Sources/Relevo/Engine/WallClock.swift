import Foundation
import Synchronization

/// Tells the engine what time it is. Swap in ``ManualClock`` for tests and replays.
public protocol WallClock: Sendable {
    /// The current time.
    func now() -> Date
}

/// The system's clock.
public struct SystemClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// The system's clock moved by a fixed number of seconds: it runs at the system's pace from another moment
/// (benchmarks and scripts that need a given hour, the same in every process).
public struct OffsetClock: WallClock {
    /// Seconds added to the system's time (negative: earlier).
    public let offset: TimeInterval

    public init(offset: TimeInterval) { self.offset = offset }

    /// A clock showing `date` now, and running from there.
    public init(startingAt date: Date) { offset = date.timeIntervalSinceNow }

    public func now() -> Date { Date().addingTimeInterval(offset) }
}

import Foundation

/// A ticket's standing in its queue.
public struct QueueStanding: Sendable, Hashable {
    /// Cases people of the queue hold now.
    public var held: Int
    /// Waiting tickets served first: every high-priority one before a normal ticket, and those of the same
    /// priority created earlier (or at the same time).
    public var ahead: Int

    public init(held: Int, ahead: Int) {
        self.held = held
        self.ahead = ahead
    }

    /// Whether a waiting ticket of `priority` created at `cutoff` is served after one with these facts.
    package static func isBehind(_ entry: (priority: Priority, createdAt: Date), priority: Priority, cutoff: Date) -> Bool {
        entry.priority == .high && priority == .normal || entry.priority == priority && entry.createdAt <= cutoff
    }
}

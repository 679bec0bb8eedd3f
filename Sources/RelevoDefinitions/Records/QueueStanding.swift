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
}

extension QueueDefinition {
    /// A place in this queue's line and its estimated wait, from a ticket's standing: the cases ahead and those
    /// people hold, served by the agents on shift at the queue's average handling time.
    package func place(_ standing: QueueStanding) -> (position: Int, waitMinutes: Int) {
        let position = standing.ahead + 1
        let waves = Double(position - 1 + standing.held) / Double(max(agentsOnShift, 1))
        return (position, max(1, Int((waves * Double(averageHandlingMinutes)).rounded(.up))))
    }
}

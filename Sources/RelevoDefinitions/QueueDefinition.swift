import Foundation

/// A team of people who take handoffs, and when they work.
public struct QueueDefinition: Sendable {
    /// The queue's name (`orders`).
    public var name: String
    /// The queue's name as told to customers, per language.
    public var displayName: LocalizedText?
    /// What customers call the queue, per language (`billing`, `facturación`): a request for a person that
    /// names one of them goes to this queue.
    public var aliases: [Language: [String]] = [:]
    /// Intents whose handoffs go to this queue.
    public var intents: [String]
    /// Weekly opening hours in the queue's time zone, and holidays.
    public var hours: OpeningHours
    /// People answering while the queue is open.
    public var agentsOnShift: Int
    /// Average minutes an agent spends on one case.
    public var averageHandlingMinutes: Int
    /// Where the queue is defined.
    public var location: SourceLocation

    /// The problem with a queue whose hours are closed every day.
    static func neverOpensMessage(_ name: String) -> String {
        "queue '\(name)' never opens: its hours are closed every day, so no handoff to it would reach a person (give it opening hours)"
    }
}

/// Weekly opening hours in an IANA time zone.
public struct OpeningHours: Sendable, Hashable {
    /// An opening interval on one weekday, in minutes since local midnight.
    public struct Interval: Sendable, Hashable {
        /// 1 = Monday … 7 = Sunday.
        public var weekday: Int
        public var opens: Int
        public var closes: Int
    }

    public var timeZone: TimeZone
    public var intervals: [Interval]
    /// Days the queue is closed all day, as `yyyy-MM-dd` in its time zone.
    public var holidays: Set<String> = []

    /// Whether the queue is closed every day of the week: a handoff to it would never reach a person, and
    /// customers could never be told when it opens. Such hours are refused.
    public var neverOpens: Bool {
        !intervals.contains { $0.opens < $0.closes }
    }

    /// Whether the hours cover every minute of the week.
    public var isAlwaysOpen: Bool {
        (1...7).allSatisfy { day in intervals.contains { $0.weekday == day && $0.opens == 0 && $0.closes >= 1440 } }
    }

    /// Whether the queue is open at `date`.
    public func isOpen(at date: Date) -> Bool {
        // One calendar reading for the day, the weekday and the minute: it is asked on every turn.
        let parts = components(date)
        if !holidays.isEmpty, holidays.contains(Self.day(parts)) { return false }
        let (weekday, minute) = Self.local(parts)
        return intervals.contains { $0.weekday == weekday && $0.opens <= minute && minute < $0.closes }
    }

    /// Whether the queue is open at `start` and at `end` and does not close in between (no opening comes between
    /// them).
    public func isOpenThroughout(from start: Date, to end: Date) -> Bool {
        guard isOpen(at: start), isOpen(at: end) else { return false }
        return isAlwaysOpen || (nextOpening(after: start).map { $0 > end } ?? true)
    }

    /// The next moment at or after `date` when the queue opens, or `nil` if it never does.
    public func nextOpening(after date: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let startOfDay = calendar.startOfDay(for: date)
        let (_, minuteNow) = local(date)
        for dayOffset in 0...(7 + holidays.count) {
            guard let day = calendar.date(byAdding: .day, value: dayOffset, to: startOfDay) else { continue }
            if holidays.contains(self.day(of: day)) { continue }
            let weekday = local(day).weekday
            let candidates = intervals.filter { $0.weekday == weekday }
                .map(\.opens)
                .filter { dayOffset > 0 || $0 > minuteNow }
                .sorted()
            if let opens = candidates.first {
                return calendar.date(bySettingHour: opens / 60, minute: opens % 60, second: 0, of: day)
            }
        }
        return nil
    }

    /// `yyyy-MM-dd` of `date` in the queue's zone.
    func day(of date: Date) -> String {
        Self.day(components(date))
    }

    /// The weekday (1 = Monday) and minute of the day of `date` in the queue's zone.
    func local(_ date: Date) -> (weekday: Int, minute: Int) {
        Self.local(components(date))
    }

    /// The date's day, weekday and time in the queue's zone.
    private func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
    }

    private static func day(_ parts: DateComponents) -> String {
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(parts.year, 4) + "-" + padded(parts.month, 2) + "-" + padded(parts.day, 2)
    }

    private static func local(_ parts: DateComponents) -> (weekday: Int, minute: Int) {
        let sundayFirst = parts.weekday ?? 1
        let mondayFirst = sundayFirst == 1 ? 7 : sundayFirst - 1
        return (mondayFirst, (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}

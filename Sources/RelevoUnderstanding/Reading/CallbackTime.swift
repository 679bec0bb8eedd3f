import Foundation

/// When a customer would like to be called back, as they said it: "tomorrow around 10am", "después de las 4 de la
/// tarde", "entre les 12 i les 2", "demà a la tarda". Read in English, Spanish and Catalan from the case- and
/// accent-folded text; the hours are the customer's, and whether anyone can call then is the queue's hours' to say.
public struct CallbackTime: Sendable, Hashable, Codable {
    /// The day named, if any.
    public enum Day: Sendable, Hashable, Codable {
        case today, tomorrow, dayAfterTomorrow
        /// A day of the week, numbered as `Calendar` does (1 is Sunday, 7 Saturday).
        case weekday(Int)
    }

    /// How the time was put.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// "at 9", "a las 9", "a les 9".
        case at
        /// "around 10", "sobre las 10", "cap a les 10".
        case around
        /// "after 5pm", "a partir de las 4", "després de les 5".
        case after
        /// "before 11", "antes de las 11", "abans de les 11".
        case before
        /// "between 12 and 2", "de 9 a 11", "entre les 12 i les 2".
        case between
        /// "in the morning", "por la tarde", "al vespre": `from`–`to` is the part of the day.
        case partOfDay
        /// Only a day ("tomorrow", "el lunes"): any time of it.
        case day
    }

    public var day: Day?
    public var kind: Kind
    /// The time the customer said, or the start of the window, in minutes after midnight.
    public var from: Int
    /// The end of the window (exclusive), in minutes after midnight; the second time of `between`.
    public var to: Int
    /// Whether the message speaks of calling or contacting ("call me", "que me llamen", "truqueu-me"): a time in
    /// a story ("the technician came on Monday") is no callback.
    public var mentionsCall: Bool
    /// The time zone of the customer's clock when they named one ("10am Mexico time", "hora de Argentina"): an IANA
    /// identifier of a ``CustomerZone``; nil for the team's own.
    public var zone: String?

    public init(day: Day? = nil, kind: Kind, from: Int, to: Int, mentionsCall: Bool, zone: String? = nil) {
        self.day = day
        self.kind = kind
        self.from = from
        self.to = to
        self.mentionsCall = mentionsCall
        self.zone = zone
    }

    /// The days after `now`'s (0 is today) the time may fall on, in order: the day named (the next one, or today
    /// while the window is ahead), or, with no day named, today while the window is ahead, then the week's days.
    public func candidateDays(after now: Date, in zone: TimeZone) -> [Int] {
        let (calendar, today) = Self.calendar(zone, now)
        let minuteNow = Int(now.timeIntervalSince(today) / 60)
        switch day {
        case .today?: return [0]
        // "Call me tomorrow at 1pm" said at half past midnight means the day that has just begun.
        case .tomorrow?: return [minuteNow < Self.nightEnds ? 0 : 1]
        case .dayAfterTomorrow?: return [2]
        case .weekday(let weekday)?:
            let ahead = (weekday - calendar.component(.weekday, from: now) + 7) % 7
            return [ahead == 0 && minuteNow >= to ? 7 : ahead]
        case nil: return (minuteNow < to ? [0] : []) + Array(1...7)
        }
    }

    /// Whether the time is already over on day `days` after `now`'s: "this morning" or "today at 8" said at 15:00
    /// (a day of the week or no day at all moves to a day ahead instead; see ``candidateDays(after:in:)``).
    public func hasPassed(daysAhead days: Int, at now: Date, in zone: TimeZone) -> Bool {
        guard days == 0 else { return false }
        let (_, today) = Self.calendar(zone, now)
        return Int(now.timeIntervalSince(today) / 60) >= to
    }

    /// The window on the day `days` after `now`'s, from now on when that is today.
    public func window(daysAhead days: Int, after now: Date, in zone: TimeZone) -> DateInterval {
        let (calendar, today) = Self.calendar(zone, now)
        let minuteNow = Int(now.timeIntervalSince(today) / 60)
        let start = calendar.date(byAdding: .day, value: days, to: today) ?? today
        let begins = max(from, days == 0 ? minuteNow : 0)
        return DateInterval(start: start.addingTimeInterval(Double(begins) * 60),
                            end: start.addingTimeInterval(Double(max(to, begins + 1)) * 60))
    }

    /// Until this minute of the day (05:00) "tomorrow" is the day that has just begun: the customer has not slept.
    package static let nightEnds = 5 * 60

    /// This time with what a correction leaves unsaid kept from `earlier`: "around 10 not 9" keeps tomorrow, "I
    /// said Wednesday" keeps the morning.
    public func filling(from earlier: CallbackTime) -> CallbackTime {
        var merged = self
        if merged.day == nil { merged.day = earlier.day }
        if merged.kind == .day, earlier.kind != .day {
            merged.kind = earlier.kind
            merged.from = earlier.from
            merged.to = earlier.to
        }
        // "After 10am… sorry, I meant 10am UK time": the same hour said again keeps its "after" (or "before").
        if merged.kind == .at, earlier.kind == .after && earlier.from == merged.from || earlier.kind == .before && earlier.to == merged.from {
            merged.kind = earlier.kind
            merged.from = earlier.from
            merged.to = earlier.to
        }
        merged.mentionsCall = mentionsCall || earlier.mentionsCall
        // "Make it 11 then" keeps the Mexico time said before.
        if merged.zone == nil { merged.zone = earlier.zone }
        return merged
    }

    private static func calendar(_ zone: TimeZone, _ now: Date) -> (Calendar, Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return (calendar, calendar.startOfDay(for: now))
    }
}

extension CallbackTime {
    /// Minutes after midnight as a 24-hour clock: 1020 is "17:00".
    package static func clock(_ minutes: Int) -> String {
        let minutes = min(max(minutes, 0), 24 * 60 - 1)
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// The time in a few words, the same in every language: "tomorrow after 17:00", "weekday 2 08:00–13:00".
    public var summary: String {
        let clock = Self.clock
        let time: String
        switch kind {
        case .at: time = "at \(clock(from))"
        case .around: time = "around \(clock(from))"
        case .after: time = "after \(clock(from))"
        case .before: time = "before \(clock(to))"
        case .between, .partOfDay: time = "\(clock(from))–\(clock(to))"
        case .day: time = "any time"
        }
        let named: String
        switch day {
        case .today?: named = "today "
        case .tomorrow?: named = "tomorrow "
        case .dayAfterTomorrow?: named = "day after tomorrow "
        case .weekday(let weekday)?: named = "weekday \(weekday) "
        case nil: named = ""
        }
        return named + time + (zone.map { " (\($0))" } ?? "")
    }
}

import Foundation

/// What the bot promises about a call the customer asked for at a time ("call me tomorrow around 10am"): the time
/// confirmed in the customer's language when the team works then, or, when it does not, that it cannot call then and
/// when it can — never "when they open" to someone who asked for after 5pm.
package struct CallbackPromise: Sendable {
    package let bot: Bot

    package init(bot: Bot) {
        self.bot = bot
    }

    /// The message confirming a call to `contact` at `time` by `queue`'s team, or nil when the bot does not define
    /// the message the call needs — `callback_time_saved`, `callback_time_closed` or `callback_time_passed` (the
    /// caller then says what it said before times were read).
    package func message(to contact: String, at time: CallbackTime, queue: QueueDefinition, now: Date, language: Language,
                         formal: Bool = false) -> String? {
        let call = self.call(to: contact, at: time, queue: queue, now: now, language: language)
        let key: MessageKey = call.fits ? .callbackTimeSaved : call.passed ? .callbackTimePassed : .callbackTimeClosed
        guard let message = bot.messages[key] else { return nil }
        return ResponseRenderer.render(message.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), call.values)
    }

    /// The call as it will be: whether the team works at the time asked for, whether that time is already over
    /// ("this morning" said in the afternoon: never confirmed, never "the team doesn't work then"), and the values
    /// its messages say — `contact`, `when` (the time in words), `queue`, `timezone`, and, when the team does not
    /// work then or the time is over, `opens`.
    package func call(to contact: String, at time: CallbackTime, queue: QueueDefinition, now: Date, language: Language)
        -> (fits: Bool, passed: Bool, values: [String: String])
    {
        // "10am Mexico time": the window is the customer's clock's, said back in it, and the team's hours are checked
        // at the same moments.
        let customer = time.zone.flatMap(CustomerZone.named).flatMap { named in TimeZone(identifier: named.identifier).map { (named, $0) } }
        let zone = customer?.1 ?? queue.hours.timeZone
        // With no day said, the first day the team works then: "after 5pm" said at 21:50 is tomorrow after 17:00.
        let days = time.candidateDays(after: now, in: zone)
        let passed = days.count == 1 && time.hasPassed(daysAhead: days[0], at: now, in: zone)
        let fitting = passed ? nil : days.first { Self.isOpen(queue.hours, during: time.window(daysAhead: $0, after: now, in: zone)) }
        let day = fitting ?? days[0]
        let router = QueueRouter(bot: bot)
        var values = ["contact": contact, "when": words(time, daysAhead: day, now: now, zone: zone, language: language),
                      "queue": router.displayName(of: queue, language: language), "timezone": customer?.0.name(in: language) ?? zone.placeName]
        if fitting == nil {
            let start = passed ? now : time.window(daysAhead: day, after: now, in: zone).start
            // A time over is followed by the first moment the team can call from now: "today at 15:15" when it works now.
            let waking = customer == nil && !passed ? nil : Self.firstWakingMoment(of: queue.hours, after: start, in: zone)
            values["opens"] = (waking ?? queue.hours.nextOpening(after: start)).map {
                QueueRouter.describe($0, from: now, in: zone, language: language)
            } ?? ""
        }
        return (fitting != nil, passed, values)
    }

    /// The slots that say how to reach the customer.
    static let contactSlots: Set<String> = ["phone", "email"]

    /// The way to reach the customer among `slots`: the one given last ("prefiero el mail: facu@…" after a phone
    /// number), the phone number when both came together.

    package static func contact(in slots: [String: SlotRecord]) -> String? {
        guard let phone = slots["phone"] else { return slots["email"]?.value }
        guard let email = slots["email"], (email.sessionId, email.turn) != (phone.sessionId, phone.turn),
              email.updatedAt > phone.updatedAt
        else { return phone.value }
        return email.value
    }

    /// The first moment from `start` when the team works and it is day on the customer's clock (08:00–21:00 in
    /// `zone`), looked at every quarter of an hour for a week: a customer in Mexico who asked for a time the team is
    /// closed is offered 08:00 there, not the team's opening at 02:00 of their night.
    static func firstWakingMoment(of hours: OpeningHours, after start: Date, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let step: TimeInterval = 15 * 60
        var moment = Date(timeIntervalSinceReferenceDate: (start.timeIntervalSinceReferenceDate / step).rounded(.up) * step)
        let end = start.addingTimeInterval(8 * 24 * 3600)
        while moment < end {
            let hour = calendar.component(.hour, from: moment)
            if hour >= 8, hour < 21, hours.isOpen(at: moment) { return moment }
            moment.addTimeInterval(step)
        }
        return nil
    }

    /// Whether the team works at some moment of the window (looked at every quarter of an hour).
    static func isOpen(_ hours: OpeningHours, during window: DateInterval) -> Bool {
        var moment = window.start
        while moment < window.end {
            if hours.isOpen(at: moment) { return true }
            moment.addTimeInterval(15 * 60)
        }
        return false
    }

    /// The time in words: "tomorrow around 10:00", "mañana por la tarde", "dilluns entre les 12:00 i les 14:00".
    func words(_ time: CallbackTime, daysAhead ahead: Int, now: Date, zone: TimeZone, language: Language) -> String {
        let language = Self.phrases[language] == nil ? Language.english : language
        let phrases = Self.phrases[language]!
        var day = ""
        if ahead > 0 || time.day != nil {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let weekday = calendar.component(.weekday, from: time.window(daysAhead: ahead, after: now, in: zone).start)
            // Around midnight "today" and "tomorrow" leave the customer unsure which day: the day is named, as it
            // is the day after tomorrow ("on Thursday", "mañana jueves", "demà dijous").
            let night = Int(now.timeIntervalSince(calendar.startOfDay(for: now)) / 60) < CallbackTime.nightEnds
            let weekdayName = QueueRouter.weekdayName(weekday, language: language)
            switch (ahead, language) {
            case (0, _) where !night: day = QueueRouter.dayName(daysAhead: 0, weekday: weekday, language: language)
            case (1, .spanish), (1, .catalan):
                day = QueueRouter.dayName(daysAhead: 1, weekday: weekday, language: language) + " " + weekdayName
            case (_, .english): day = "on " + weekdayName
            default: day = QueueRouter.dayName(daysAhead: 2, weekday: weekday, language: language)
            }
        }
        let said: String
        switch time.kind {
        case .at: said = phrases.at(time.from)
        case .around: said = phrases.around(time.from)
        case .after: said = phrases.after(time.from)
        case .before: said = phrases.before(time.to)
        case .between: said = phrases.between(time.from, time.to)
        case .partOfDay: said = phrases.part(time.from)
        case .day: said = ""
        }
        return [day, said].filter { !$0.isEmpty }.joined(separator: " ")
    }

    struct Phrases: Sendable {
        var at: @Sendable (Int) -> String, around: @Sendable (Int) -> String, after: @Sendable (Int) -> String
        var before: @Sendable (Int) -> String
        var between: @Sendable (Int, Int) -> String
        var part: @Sendable (Int) -> String
    }

    static func clock(_ minutes: Int) -> String { CallbackTime.clock(minutes) }

    /// "a las 10:00", "a la 01:00": the article agrees with the hour.
    private static func article(_ minutes: Int, plural: String, singular: String) -> String {
        (minutes / 60 == 1 ? singular : plural) + " " + clock(minutes)
    }

    /// Which part of the day a window starting at `from` is, as `CallbackTime` reads them.
    private static func part(_ from: Int, morning: String, midday: String, afternoon: String, evening: String) -> String {
        switch from {
        case ..<(12 * 60): morning
        case ..<(15 * 60): midday
        case ..<(19 * 60): afternoon
        default: evening
        }
    }

    /// Spanish and Catalan say times alike: "a las 10:00" / "a les 10:00", "a la 01:00", "a partir de", "entre … y/i …".
    private static func romance(article: String, around: String, before: String, and: String,
                                parts: (String, String, String, String)) -> Phrases {
        let at: @Sendable (Int) -> String = { Self.article($0, plural: article, singular: "la") }
        return Phrases(
            at: { "a " + at($0) }, around: { around + " " + at($0) }, after: { "a partir de " + at($0) },
            before: { before + " " + at($0) }, between: { "entre " + at($0) + " " + and + " " + at($1) },
            part: { part($0, morning: parts.0, midday: parts.1, afternoon: parts.2, evening: parts.3) })
    }

    static let phrases: [Language: Phrases] = [
        .english: Phrases(
            at: { "at \(clock($0))" }, around: { "around \(clock($0))" }, after: { "after \(clock($0))" },
            before: { "before \(clock($0))" }, between: { "between \(clock($0)) and \(clock($1))" },
            part: { part($0, morning: "in the morning", midday: "around midday", afternoon: "in the afternoon", evening: "in the evening") }),
        .spanish: romance(article: "las", around: "sobre", before: "antes de", and: "y",
                          parts: ("por la mañana", "a mediodía", "por la tarde", "por la noche")),
        .catalan: romance(article: "les", around: "cap a", before: "abans de", and: "i",
                          parts: ("al matí", "al migdia", "a la tarda", "al vespre")),
    ]
}

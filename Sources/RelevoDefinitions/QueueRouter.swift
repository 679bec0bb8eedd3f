import Foundation

/// Picks the queue for a handoff and tells, honestly and in the customer's language, whether it is open.
package struct QueueRouter: Sendable {
    let bot: Bot

    /// A queue's state at a moment.
    package struct Status: Sendable {
        var queue: QueueDefinition
        package var isOpen: Bool
        /// When a closed queue opens next, in words (`Monday at 09:00`), in the queue's time zone.
        package var opens: String?
    }

    package func status(of queue: QueueDefinition, at date: Date, language: Language) -> Status {
        if queue.hours.isOpen(at: date) { return Status(queue: queue, isOpen: true, opens: nil) }
        let opens = queue.hours.nextOpening(after: date).map { Self.describe($0, from: date, in: queue.hours.timeZone, language: language) }
        return Status(queue: queue, isOpen: false, opens: opens)
    }

    /// Template values describing a ticket: its number, its queue's name as told to the customer, its agent.
    package func ticketValues(_ ticket: TicketRecord, language: Language) -> [String: String] {
        let queueName = bot.queues[ticket.queue].map { displayName(of: $0, language: language) } ?? ticket.queue
        return ["ticket": ticket.number, "queue": queueName, "agent": ticket.agent ?? ""]
    }

    /// The queue's name as told to the customer.
    package func displayName(of queue: QueueDefinition, language: Language) -> String {
        queue.displayName?.text(in: language, fallback: bot.policy.defaultLanguage) ?? queue.name
    }

    /// A day in words in `language` (English when it has none): "today", "tomorrow", or a day of the week
    /// (`Calendar`'s numbering, 1 is Sunday) as said before a time ("Monday", "el lunes", "dilluns").
    package static func dayName(daysAhead: Int, weekday: Int, language: Language) -> String {
        let language = weekdays[language] == nil ? .english : language
        switch daysAhead {
        case 0: return relativeDays[language]!.today
        case 1: return relativeDays[language]!.tomorrow
        // Spanish names a day before a time with its article: "el lunes a las 09:00".
        default: return (language == .spanish ? "el " : "") + weekdayName(weekday, language: language)
        }
    }

    /// The day of the week alone: "Wednesday", "miércoles", "dimecres".
    package static func weekdayName(_ weekday: Int, language: Language) -> String {
        let language = weekdays[language] == nil ? .english : language
        return weekdays[language]![weekday == 1 ? 6 : weekday - 2]
    }

    private static let weekdays: [Language: [String]] = [
        .english: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        .spanish: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        .catalan: ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
    ]
    private static let relativeDays: [Language: (today: String, tomorrow: String)] = [
        .english: ("today", "tomorrow"), .spanish: ("hoy", "mañana"), .catalan: ("avui", "demà"),
    ]
    private static let at: [Language: String] = [.english: "at", .spanish: "a las", .catalan: "a les"]

    /// `Monday at 09:00` / `el lunes a las 09:00` / `dilluns a les 09:00`, or today/tomorrow, in `zone`.
    package static func describe(_ date: Date, from now: Date, in zone: TimeZone, language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 0
        let day = dayName(daysAhead: days, weekday: parts.weekday ?? 1, language: language)
        return "\(day) \(at[weekdays[language] == nil ? .english : language]!) \(time)"
    }

    package init(bot: Bot) {
        self.bot = bot
    }
}

import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct QueueRouterTests {
    let router = QueueRouter(bot: TestSupport.defaultBot)
    var billing: QueueDefinition { TestSupport.defaultBot.queues["billing"]! }
    var orders: QueueDefinition { TestSupport.defaultBot.queues["orders"]! }

    func date(_ text: String) -> Date { Transcript.parseDate(text)! }

    @Test func billingIsOpenOnWeekdaysOnly() {
        #expect(billing.hours.isOpen(at: date("2026-01-05T09:00:00+01:00")))
        #expect(!billing.hours.isOpen(at: date("2026-01-05T08:59:00+01:00")))
        #expect(!billing.hours.isOpen(at: date("2026-01-05T18:00:00+01:00")))
        #expect(!billing.hours.isOpen(at: date("2026-01-10T11:00:00+01:00")), "Saturday")
        #expect(!billing.hours.isAlwaysOpen)
    }

    @Test func hoursFollowTheQueuesTimeZoneAcrossDaylightSaving() {
        // 07:30 UTC on a July Monday is 09:30 in Madrid (UTC+2).
        #expect(billing.hours.isOpen(at: date("2026-07-06T07:30:00Z")))
        #expect(!billing.hours.isOpen(at: date("2026-07-06T16:30:00Z")))
    }

    @Test(arguments: [
        ("2026-01-10T11:00:00+01:00", Language.english, "Monday at 09:00"),
        ("2026-01-10T11:00:00+01:00", Language.spanish, "el lunes a las 09:00"),
        ("2026-01-10T11:00:00+01:00", Language.catalan, "dilluns a les 09:00"),
        ("2026-01-05T07:00:00+01:00", Language.english, "today at 09:00"),
        ("2026-01-09T19:00:00+01:00", Language.spanish, "el lunes a las 09:00"),
        ("2026-01-08T19:00:00+01:00", Language.spanish, "mañana a las 09:00"),
    ])
    func closedQueuesSayWhenTheyOpen(_ now: String, _ language: Language, _ expected: String) {
        let status = router.status(of: billing, at: date(now), language: language)
        #expect(!status.isOpen)
        #expect(status.opens == expected)
    }

    @Test func openQueuesHaveNoOpeningTime() {
        let status = router.status(of: orders, at: date("2026-01-10T11:00:00+01:00"), language: .english)
        #expect(status.isOpen)
        #expect(status.opens == nil)
        #expect(router.displayName(of: orders, language: .spanish) == "equipo de pedidos")
    }

    @Test func intentsRouteToTheirQueueAndTheRestToTheDefault() {
        let bot = TestSupport.defaultBot
        #expect(bot.queue(for: "billing_question")?.name == "billing")
        #expect(bot.queue(for: "technical_problem")?.name == "technical")
        #expect(bot.queue(for: "account_access")?.name == "accounts")
        #expect(bot.queue(for: nil)?.name == "general")
    }

    /// An intent has a team of its own when its queue is not the default one: only those route a handoff by topic.
    @Test func anIntentHasATeamWhenItsQueueIsNotTheDefault() {
        let bot = TestSupport.defaultBot
        #expect(bot.hasTeam("billing_question") && bot.hasTeam("technical_problem") && bot.hasTeam("track_order"))
        #expect(!bot.hasTeam("greeting") && !bot.hasTeam("complaint") && !bot.hasTeam(nil) && !bot.hasTeam("no_such_intent"))
    }
}


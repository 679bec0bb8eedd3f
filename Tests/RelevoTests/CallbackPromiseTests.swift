import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoTesting

/// What the bot promises of a call asked for at a time (``CallbackPromise``): that time when the team works then,
/// else that nobody can call then and when they can, in the customer's language.
@Suite struct CallbackPromiseTests {
    let promise = CallbackPromise(bot: TestSupport.defaultBot)
    var billing: QueueDefinition { TestSupport.defaultBot.queues["billing"]! }
    let wednesdayNight = Transcript.parseDate("2026-01-07T21:30:00+01:00")!
    let fridayNight = Transcript.parseDate("2026-01-09T21:30:00+01:00")!

    func time(_ text: String) throws -> CallbackTime {
        try #require(CallbackTime.find(in: TextNormalizer.normalize(text)))
    }

    @Test func aTimeTheTeamWorksIsPromised() throws {
        let said = promise.message(to: "612345789", at: try time("after 5pm please"), queue: billing, now: wednesdayNight, language: .english)
        #expect(said == "Thank you. They will contact you at 612345789 on Thursday after 17:00 (Madrid time).")
    }

    /// Billing works 09:00–18:00 on weekdays: after 7pm never, and on Friday night "after 5pm" is Monday's.
    @Test func aTimeTheTeamNeverWorksIsToldSo() throws {
        let said = try #require(promise.message(to: "655123456", at: try time("después de las 7 de la tarde"), queue: billing,
                                                now: wednesdayNight, language: .spanish))
        #expect(said.contains("no trabaja a partir de las 19:00 (hora de Madrid)"))
        #expect(said.contains("en cuanto puedan: mañana a las 09:00"))
        let monday = promise.message(to: "612345789", at: try time("després de les 5"), queue: billing, now: fridayNight, language: .catalan)
        #expect(monday == "Gràcies. Et contactaran a través de 612345789 dilluns a partir de les 17:00 (hora de Madrid).")
    }

    /// "This morning" said at 21:30 is over: neither confirmed nor "the team doesn't work this morning" (technical
    /// works 08:00–22:00 every day); the first moment it can call is said instead.
    @Test func aTimeAlreadyOverIsSaidToBeOver() throws {
        let technical = try #require(TestSupport.defaultBot.queues["technical"])
        let morning = try time("call me this morning please")
        let call = promise.call(to: "612345789", at: morning, queue: technical, now: wednesdayNight, language: .english)
        #expect(!call.fits && call.passed)
        let said = try #require(promise.message(to: "612345789", at: morning, queue: technical, now: wednesdayNight, language: .english))
        #expect(said.hasPrefix("The time you asked for, today in the morning, has already passed (Madrid time)"))
        #expect(said.hasSuffix("as soon as they can: tomorrow at 08:00."))
        #expect(!said.contains("doesn't work"))
        let catalan = try #require(promise.message(to: "612345789", at: try time("truqueu-me avui a les 9"), queue: billing,
                                                   now: Transcript.parseDate("2026-01-07T11:00:00+01:00")!, language: .catalan))
        #expect(catalan.contains("avui a les 09:00, ja ha passat"))
        #expect(catalan.hasSuffix("tan aviat com pugui: avui a les 11:00."))
        // Later today is still ahead.
        let later = promise.call(to: "612345789", at: try time("call me today at 4pm"), queue: billing,
                                 now: Transcript.parseDate("2026-01-07T11:00:00+01:00")!, language: .english)
        #expect(later.fits && !later.passed)
    }

    @Test func wordsInEachLanguage() throws {
        let between = try time("entre les 12 i les 2")
        #expect(promise.words(between, daysAhead: 1, now: wednesdayNight, zone: billing.hours.timeZone, language: .catalan)
            == "demà dijous entre les 12:00 i les 14:00")
        #expect(promise.words(between, daysAhead: 1, now: wednesdayNight, zone: billing.hours.timeZone, language: .spanish)
            == "mañana jueves entre las 12:00 y las 14:00")
        #expect(promise.words(try time("tomorrow afternoon please call"), daysAhead: 1, now: wednesdayNight,
                              zone: billing.hours.timeZone, language: .english) == "on Thursday in the afternoon")
        #expect(promise.words(try time("llámame a la 1"), daysAhead: 2, now: wednesdayNight, zone: billing.hours.timeZone,
                              language: .spanish) == "el viernes a las 13:00")
    }

    /// Around midnight the day is named: "tomorrow at 1pm" said at half past midnight is the day just begun, and
    /// "today" would leave the customer unsure which day that is.
    @Test func aroundMidnightTheDayIsNamed() throws {
        let tuesdayNight = Transcript.parseDate("2026-01-13T00:30:00+01:00")!
        let tomorrow = try time("call me tomorrow at 1pm")
        #expect(tomorrow.candidateDays(after: tuesdayNight, in: billing.hours.timeZone) == [0])
        let said = promise.message(to: "612889004", at: tomorrow, queue: billing, now: tuesdayNight, language: .english)
        #expect(said == "Thank you. They will contact you at 612889004 on Tuesday at 13:00 (Madrid time).")
        let spanish = promise.message(to: "622456789", at: try time("llamadme mañana a partir de las 10"), queue: billing,
                                      now: tuesdayNight, language: .spanish)
        #expect(spanish == "Gracias. Te contactarán a través de 622456789 el martes a partir de las 10:00 (hora de Madrid).")
    }

    /// A time on the customer's clock ("10am Mexico time") is said back on it, and checked against the team's hours
    /// at the same moment: Wednesday 21:30 in Madrid is 14:30 in Mexico City; Thursday 10:00 there is 17:00 here,
    /// inside billing's hours, and 11:00 there is 18:00 here, when billing has closed.
    @Test func aTimeOnTheCustomersClock() throws {
        let ten = try time("call me tomorrow at 10am Mexico time")
        let said = promise.message(to: "5512345678", at: ten, queue: billing, now: wednesdayNight, language: .english)
        #expect(said == "Thank you. They will contact you at 5512345678 on Thursday at 10:00 (Mexico City time).")
        let eleven = try time("llámenme mañana a las 11 de la mañana hora de México")
        let closed = try #require(promise.message(to: "5512345678", at: eleven, queue: billing, now: wednesdayNight, language: .spanish))
        #expect(closed.contains("no trabaja mañana jueves a las 11:00 (hora de Ciudad de México)"), "\(closed)")
        // Billing next works at 02:00 of the customer's night (09:00 in Madrid): offered their morning instead.
        #expect(closed.hasSuffix("en cuanto puedan: el viernes a las 08:00."), "\(closed)")
        #expect(!closed.contains("Madrid"), "\(closed)")
    }

    /// A bot without the optional messages says what it said before times were read.
    @Test func withoutTheMessagesNothingIsPromised() throws {
        var bot = TestSupport.defaultBot
        bot.messages[.callbackTimeSaved] = nil
        bot.messages[.callbackTimeClosed] = nil
        let said = CallbackPromise(bot: bot).message(to: "612345789", at: try time("call me at 10"), queue: billing, now: wednesdayNight,
                                                     language: .english)
        #expect(said == nil)
    }
}

import Foundation
import Testing
@testable import RelevoDefinitions
@testable import RelevoTesting

@Suite struct QueueDefinitionTests {
    /// The default bot's billing team: Monday to Friday, 09:00–18:00 in Madrid.
    let billing = TestSupport.defaultBot.queues["billing"]!.hours
    /// The default bot's orders team: every day, 08:00–22:00 in Madrid.
    let orders = TestSupport.defaultBot.queues["orders"]!.hours

    func at(_ text: String) -> Date { Transcript.parseDate(text)! }

    @Test func openThroughoutAnHourOfTheSameShift() {
        #expect(billing.isOpenThroughout(from: at("2026-01-05T10:00:00+01:00"), to: at("2026-01-05T11:05:00+01:00")))
    }

    @Test func notOpenThroughoutANightBetween() {
        // Open at both ends, closed between: the wait is not an hour's of one shift.
        #expect(!billing.isOpenThroughout(from: at("2026-01-05T17:30:00+01:00"), to: at("2026-01-06T10:00:00+01:00")))
        #expect(!orders.isOpenThroughout(from: at("2026-01-05T21:00:00+01:00"), to: at("2026-01-06T09:00:00+01:00")))
    }

    @Test func notOpenThroughoutWhenClosedAtAnEnd() {
        #expect(!billing.isOpenThroughout(from: at("2026-01-05T08:30:00+01:00"), to: at("2026-01-05T10:00:00+01:00")))
        #expect(!billing.isOpenThroughout(from: at("2026-01-05T17:30:00+01:00"), to: at("2026-01-05T18:30:00+01:00")))
    }
}

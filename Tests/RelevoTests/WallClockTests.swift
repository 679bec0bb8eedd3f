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

@Suite struct WallClockTests {
    @Test func anOffsetClockRunsFromTheGivenMoment() async throws {
        let monday = Date(timeIntervalSince1970: 1_767_603_600)
        let clock = OffsetClock(startingAt: monday)
        #expect(abs(clock.now().timeIntervalSince(monday)) < 1)
        try await Task.sleep(for: .milliseconds(50))
        #expect(clock.now() > monday.addingTimeInterval(0.04), "it keeps running")
        #expect(abs(OffsetClock(offset: -3_600).now().timeIntervalSinceNow + 3_600) < 1)
    }

    @Test func aManualClockMovesOnlyWhenTold() {
        let clock = ManualClock(TestSupport.monday)
        clock.advance(by: 90)
        #expect(clock.now() == TestSupport.monday + 90)
        clock.set(TestSupport.monday)
        #expect(clock.now() == TestSupport.monday)
    }
}

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
    @Test func anOffsetClockRunsFromTheGivenMoment() {
        let monday = Date(timeIntervalSince1970: 1_767_603_600)
        // What the clock shows lies between the system's times just before and after, moved by the offset: no
        // tolerance for a slow step, only for rounding (a microsecond).
        let start = Date()
        let clock = OffsetClock(startingAt: monday)
        let shown = clock.now()
        let end = Date()
        #expect(shown.timeIntervalSince(monday) >= -1e-6, "not before the moment it was started at")
        #expect(shown.timeIntervalSince(monday) <= end.timeIntervalSince(start) + 1e-6, "at most the time since then")
        // It keeps running, at the system's pace.
        for offset in [clock.offset, -3_600] {
            let running = OffsetClock(offset: offset)
            let before = Date()
            let shown = running.now()
            let after = Date()
            #expect(shown.timeIntervalSince(before) >= offset - 1e-6 && shown.timeIntervalSince(after) <= offset + 1e-6, "\(offset)")
        }
    }

    @Test func aManualClockMovesOnlyWhenTold() {
        let clock = ManualClock(TestSupport.monday)
        clock.advance(by: 90)
        #expect(clock.now() == TestSupport.monday + 90)
        clock.set(TestSupport.monday)
        #expect(clock.now() == TestSupport.monday)
    }
}

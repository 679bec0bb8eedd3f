import Foundation
import GRDB
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Dates are stored in GRDB's own text format, written and read by hand: the same text as GRDB writes, and
/// the same instant back (to the millisecond, rounded like GRDB's formatter rounds it; dates since 1970, where its calendar is Gregorian too).
@Suite struct SQLiteDateTests {
    static let dates: [Date] = {
        var random = SplitMix64(seed: 42)
        let samples = (0..<2_000).map { _ in Date(timeIntervalSince1970: Double.random(in: 0...7.3e9, using: &random)) }
        return samples + [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 951_782_400.999_9),
                          TestSupport.monday, .distantFuture, Date(timeIntervalSinceReferenceDate: 0)]
    }()

    @Test func textIsGRDBsText() {
        for date in Self.dates {
            #expect(SQLiteDate.text(date) == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func textReadsBackToTheMillisecond() throws {
        for date in Self.dates {
            let back = try #require(SQLiteDate.date(SQLiteDate.text(date)))
            let milliseconds = (date.timeIntervalSince1970 * 1_000).rounded()
            #expect((back.timeIntervalSince1970 * 1_000).rounded() == milliseconds, "\(date.timeIntervalSince1970)")
        }
    }

    @Test func otherSQLiteFormatsAreReadByGRDB() {
        #expect(SQLiteDate.date("2026-11-23") == Date(timeIntervalSince1970: 1_795_392_000))
        #expect(SQLiteDate.date("2026-11-23 10:00:00") == Date(timeIntervalSince1970: 1_795_428_000))
        #expect(SQLiteDate.date("not a date") == nil)
    }
}

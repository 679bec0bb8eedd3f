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

@Suite struct IDGeneratorTests {
    @Test func sessionIDsAreVersion7UUIDs() throws {
        let before = UInt64(Date().timeIntervalSince1970 * 1_000)
        let id = RandomIDGenerator().sessionID()
        let after = UInt64(Date().timeIntervalSince1970 * 1_000)
        let uuid = try #require(UUID(uuidString: id))
        #expect(id == uuid.uuidString.lowercased(), "lowercase, in the usual 8-4-4-4-12 groups")
        let bytes = uuid.uuid
        #expect(bytes.6 >> 4 == 7, "version 7")
        #expect(bytes.8 >> 6 == 0b10, "RFC 9562 variant")
        let milliseconds = [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect((before...after).contains(milliseconds), "starts with the Unix time it was made at, in milliseconds")
    }

    @Test func laterSessionIDsSortAfterEarlierOnesAndNeverRepeat() {
        let generator = RandomIDGenerator()
        // Ids made in one millisecond, then in the next: the time is given, not waited for. Around 0x…FFF, the
        // next millisecond carries into higher digits.
        for milliseconds: UInt64 in [1_767_603_600_000, 0x0199_0000_0FFF, 0xFFFF_FFFF_FFFE] {
            let first = (0..<5_000).map { _ in generator.sessionID(milliseconds: milliseconds) }
            let later = generator.sessionID(milliseconds: milliseconds + 1)
            #expect(first.allSatisfy { $0 < later }, "\(milliseconds)")
            #expect(Set(first).count == first.count, "\(milliseconds)")
        }
        // The current time is used as the time of the id.
        let now = UInt64(Date().timeIntervalSince1970 * 1_000)
        #expect(generator.sessionID() > generator.sessionID(milliseconds: now - 1))
    }

    @Test func uuidTextWritesEveryDigitInPlace() {
        #expect(RandomIDGenerator.uuidText(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210)
            == "01234567-89ab-cdef-fedc-ba9876543210")
    }

    @Test func ticketNumbersAreShortAndUnambiguous() {
        let number = RandomIDGenerator().ticketNumber()
        #expect(number.hasPrefix("R-") && number.count == 8)
        #expect(!number.dropFirst(2).contains { "01IO".contains($0) })
    }
}

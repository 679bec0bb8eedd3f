import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct PCRE2RegexTests {
    @Test func compileErrorsCarryPCRE2MessageAndOffset() {
        #expect(throws: PCRE2Error.self) { try PCRE2Regex("order (\\d+") }
        do {
            _ = try PCRE2Regex("order (\\d+")
        } catch {
            #expect(error.message == "missing closing parenthesis")
            #expect(error.offset == 10)
        }
    }

    @Test func matchesCaselessUnicodeWithCaptures() throws {
        let regex = try PCRE2Regex(#"pedido\s+(\d+)"#)
        #expect(regex.match("Mi PEDIDO 4471 no llega") == .match(groups: ["PEDIDO 4471", "4471"]))
        #expect(regex.match("nada") == .noMatch)
        let letters = try PCRE2Regex(#"^\w+$"#)
        #expect(letters.matches("niño"), "UCP: \\w matches accented letters")
    }

    @Test func unsetGroupsAreNil() throws {
        let regex = try PCRE2Regex("(a)|(b)")
        #expect(regex.match("b") == .match(groups: ["b", nil, "b"]))
    }

    /// The catastrophic `(a+)+$` against 10,000 a's and a "!" stops at the match limit and counts as no match.
    @Test func catastrophicBacktrackingHitsTheLimitAndIsNoMatch() throws {
        let regex = try PCRE2Regex("(a+)+$")
        let subject = String(repeating: "a", count: 10_000) + "!"
        guard case .limitExceeded(let error) = regex.match(subject) else {
            Issue.record("expected the match limit to stop the match")
            return
        }
        #expect(error.isLimit)
        #expect(!regex.matches(subject))
    }

    @Test func invalidUTF8CannotReachPCRE2() throws {
        let regex = try PCRE2Regex("caf.")
        let text = String(decoding: [0x63, 0x61, 0x66, 0xFF], as: UTF8.self)
        #expect(regex.matches(text), "invalid bytes are repaired to U+FFFD before matching")
    }
}

import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Letters spaced apart are joined back into words.
@Suite struct SpacedLettersTests {
    @Test(arguments: [
        ("h u m a n", "human"), ("H U M A N please", "HUMAN please"), ("a.g.e.n.t", "agent"), ("h-u-m-a-n", "human"),
        ("a_g_e_n_t", "agent"), ("t a l k   t o   a   h u m a n", "talk to a human"), ("please: a g e n t!", "please: agent!"),
        ("é s t à", "éstà"), ("I want a H U M A N", "I want a HUMAN"), ("R E P please", "REP please"),
    ])
    func runsOfThreeOrMoreSingleLettersJoin(text: String, joined: String) {
        #expect(SpacedLetters.join(text) == joined)
    }

    @Test(arguments: ["r u a bot", "R U A BOT", "y o u", "i want a b", "e.g. a refund", "a b.c", "ab cd ef", "p.m. I", "1 2 3 4", "a, b, c"])
    func otherTextIsLeftAsItIs(text: String) {
        #expect(SpacedLetters.join(text) == text)
    }

    @Test(arguments: [("a b c", true), ("h-u-m", true), ("é b c", true), ("ab cd ef", false), ("a bc d e", false), ("1 2 3", false)])
    func theFastPathsLeaveRunsToTheGeneralOne(text: String, mayHaveRun: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(SpacedLetters.mayHaveRun) == mayHaveRun)
    }

    @Test func normalizationJoinsRuns() {
        #expect(TextNormalizer.normalize("I want a H U M A N") == "i want a human")
        #expect(TextNormalizer.normalize("ｈ ｕ ｍ ａ ｎ") == "human")
        #expect(TextNormalizer.normalize("\u{430} g \u{435} n t") == "agent")
    }
}

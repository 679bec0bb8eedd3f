import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct WordIndexTests {
    static let vocabulary = ["play", "playing", "a", "card", "cafe"]
    static let index = WordIndex(hashes: vocabulary.map(WordIndex.hash(of:)))

    func words(_ normalized: String) -> [String] {
        Self.index.words(in: normalized).map { Self.vocabulary[Int($0)] }
    }

    @Test func knownWordsAreFoundInOrderAndUnknownOnesLeftOut() {
        #expect(words("playing a card") == ["playing", "a", "card"])
        #expect(words("play plays a play") == ["play", "a", "play"])
        #expect(words("qwxy plonk") == [])
        // Normalized text has no accents: the folded word is the one looked up.
        #expect(words(TextNormalizer.normalize("Café!")) == ["cafe"])
        #expect(WordIndex.empty.words(in: "play") == [])
    }
}

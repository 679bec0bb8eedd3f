import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// The lexicon file format, and phrases normalized as messages are read.
@Suite struct CueLexiconTests {
    static let text = """
        # a comment
        [person]
        en: human, real person  # trailing comment
        es: persona
        [request]
        en: talk to
        ca: passa'm, parlar amb l'encarregat
        [shorthand]
        en: u = you, thru = through
        [unknown-part]
        en: ignored
        """

    @Test func entriesAreReadUnderTheirHeading() {
        let entries = CueLexicon.entries(of: Self.text)
        #expect(entries.map(\.phrase) == ["human", "real person", "persona", "talk to", "passa'm", "parlar amb l'encarregat",
                                          "u = you", "thru = through", "ignored"])
        #expect(entries[2].heading == "person" && entries[2].language == "es")
    }

    @Test func phrasesAreFiledUnderTheirFirstWordLongestFirst() {
        let lexicon = CueLexicon(text: Self.text + "\n[role]\nen: real person in charge\n")
        #expect(lexicon.phrases["real"]?.map(\.words) == [["real", "person", "in", "charge"], ["real", "person"]])
        #expect(lexicon.parts(of: ["talk", "to"]) == .request)
        #expect(lexicon.parts(of: ["ignored"]) == nil)
        #expect(lexicon.shorthands["u"] == ["you"])
        #expect(lexicon.fuzzyTargets.contains("human") && lexicon.fuzzyTargets.contains("persona"))
        #expect(!lexicon.fuzzyTargets.contains("talk"))
    }

    @Test func elidedWordsStandApartAndOtherApostrophesJoin() {
        #expect(CueLexicon.words(of: "parlar amb l'encarregat") == ["parlar", "amb", "l", "encarregat"])
        #expect(CueLexicon.words(of: "d'atenció al client") == ["d", "atencio", "al", "client"])
        #expect(CueLexicon.words(of: "passa'm") == ["passam"])
        #expect(CueLexicon.words(of: "I'd like") == ["id", "like"])
    }

    @Test func theShippedLexiconHasEveryPart() {
        let lexicon = PersonRequestDetector.BuiltIn.shared.lexicon
        let parts = lexicon.phrases.values.joined().reduce(CueParts()) { $0.union($1.parts) }
        #expect(parts.rawValue == (1 << 34) - 1, "every one of the 34 parts")
        #expect(lexicon.departmentWords.contains("department") && lexicon.departmentWords.contains("equipo"))
    }
}

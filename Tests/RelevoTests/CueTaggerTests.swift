import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Words read as the lexicon's: shorthands, elisions, typing slips, longest phrases, department aliases.
@Suite struct CueTaggerTests {
    static let tagger = PersonRequestDetector(bot: TestSupport.defaultBot).tagger

    func read(_ text: String) -> [(String, CueParts, String?)] {
        PersonRequestDetector.clauses(of: TextNormalizer.normalize(text)).flatMap(Self.tagger.spans(of:))
            .map { ($0.words.joined(separator: " "), $0.parts, $0.queue) }
    }

    @Test func theLongestPhraseWins() {
        let spans = read("put me through to the billing department")
        #expect(spans.map(\.0) == ["put me through to", "the", "billing department"])
        #expect(spans[0].1.contains(.request) && spans[2].2 == "billing")
    }

    @Test func shorthandsElisionsAndSlipsAreRead() {
        #expect(read("q m pases con un humano").map(\.0) == ["que me pases", "con", "un", "humano"])
        #expect(read("vull parlar amb lencarregat").map(\.0) == ["vull", "parlar amb", "l", "encarregat"])
        #expect(read("talk to a represntative").last?.0 == "representative")
        #expect(read("talk to a humna").last?.0 == "humna")  // a slip listed in the lexicon
        #expect(read("represenative").first?.0 == "representative")
        #expect(read("el tècnic està conectat").last?.0 == "connectat")
    }

    @Test(arguments: [("humna", "human", true), ("agnet", "agent", true), ("opperator", "operator", true),
                      ("persn", "person", true), ("llamare", "llamame", false), ("truquen", "truqueu", false),
                      ("human", "human", false), ("hmn", "human", false)])
    func slipsAreOneEditButNotAnInflection(word: String, target: String, isSlip: Bool) {
        #expect(CueTagger.isSlip(Array(word.utf8), of: Array(target.utf8)) == isSlip)
    }

    @Test func realWordsAreNeverReadAsCueWords() {
        #expect(Self.tagger.correction(of: "stuff") == nil)
        #expect(Self.tagger.correction(of: "pleased") == nil)
        #expect(Self.tagger.correction(of: "hunan") == nil)
        #expect(Self.tagger.correction(of: "supervsor") == "supervisor")
        #expect(Self.tagger.correction(of: "agnet") == nil)  // listed: nothing to correct
    }

    @Test func theEndOfAClausePointsBack() {
        #expect(read("ok, con ella").last?.1 == .pronounEnd)
        #expect(read("con ella encargada").map(\.0) == ["con", "ella", "encargada"])
    }
}

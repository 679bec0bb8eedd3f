import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// The shipped phrasings, decided as written.
@Suite struct PersonRequestCorpusTests {
    @Test func linesAreDecodedAndBadOnesSkipped() {
        let lines = PersonRequestCorpus.lines(of: """
            {"lang": "en", "text": "agent", "queue": null}
            not json
            {"lang": "es", "text": "pásame con facturación", "queue": "billing"}
            """)
        #expect(lines.map(\.text) == ["agent", "pásame con facturación"])
        #expect(lines[1].queue == "billing")
    }

    @Test func aTextUnderBothKeepsNeitherDecision() {
        let line = { (text: String) in PersonRequestCorpus.Line(lang: "en", text: text, queue: nil) }
        let corpus = PersonRequestCorpus(requests: [line("Agent"), line("human")], notRequests: [line("agent"), line("are you human?")])
        #expect(corpus.decisions["agent"] == nil)
        #expect(corpus.decisions["human"] == .request(department: nil))
        #expect(corpus.decisions["are you human?"] == .notRequest)
    }

    @Test func theShippedSplitLeavesEveryFifthLineToTheTests() throws {
        let corpus = PersonRequestDetector.BuiltIn.shared.corpus
        let heldOut = try PersonRequestDetectorTests.heldOut("requests")
        #expect(corpus.requests.count == 778 && heldOut.count == 188)
        // The drafts hold a few texts twice ("persona" in Spanish and in Catalan): lines, not texts, are apart.
        let shipped = Set(corpus.requests.map { "\($0.lang) \($0.text)" })
        #expect(heldOut.allSatisfy { !shipped.contains("\($0.lang) \($0.text)") })
    }
}

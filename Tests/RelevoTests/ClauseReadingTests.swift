import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Each rule of reading a clause, and what cancels it.
@Suite struct ClauseReadingTests {
    static let tagger = PersonRequestDetector(bot: TestSupport.defaultBot).tagger

    /// The evidence of each clause of `text` that asks for a person.
    func findings(_ text: String) -> [String] {
        PersonRequestDetector.clauses(of: TextNormalizer.normalize(text))
            .compactMap { ClauseReading(Self.tagger.spans(of: $0)).finding()?.evidence }
    }

    @Test(arguments: [
        ("transfer me", "request: transfer me"), ("is anyone there?", "indirect: anyone there"),
        ("no quiero un bot", "indirect: no quiero un bot"), ("I'm sick of talking to a machine", "no machine: sick of > machine"),
        ("ring me back please", "call back: ring me back"), ("put me through to billing", "request: put me through to > billing"),
        ("is there a tech I can talk to", "someone to talk to: tech > talk to"),
        ("is there a supervisor?", "wish: is there > supervisor"), ("I need a supervisor", "wish: i need > supervisor"),
        ("quiero reclamar un cargo con una persona", "wish: quiero > persona"), ("can a human check this", "help: can > check this"),
        ("ENCARGADO", "who: encargado"), ("billing dept pls", "who: billing"),
    ])
    func eachRule(text: String, evidence: String) {
        #expect(findings(text) == [evidence])
    }

    @Test(arguments: ["are you a person?", "is a human reading this?", "I don't need a person", "the agent I talked to",
                      "L'agent amb qui vaig parlar", "why did someone call me yesterday", "can someone else collect it",
                      "¿hablo con un agente real?", "billing"])
    func cancelledOrNotARequest(text: String) {
        #expect(findings(text).isEmpty)
    }

    @Test func aQuestionAboutTheBotMasksOnlyItsOwnClause() {
        #expect(findings("si eres un bot, pásame con una persona") == ["request: pasame con > persona"])
        #expect(findings("salgo de este bot y hablo con alguien").count == 1)
    }
}

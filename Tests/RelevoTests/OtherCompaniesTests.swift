import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoTesting

/// Other companies' matters are not the bot's: ``OtherCompanies`` and how ``Understander`` uses it.
@Suite struct OtherCompaniesTests {
    static let companies = OtherCompanies(names: [["tesco"], ["amazon"], ["british", "gas"], ["netflix"]])

    static func words(_ text: String) -> [String] {
        TextNormalizer.words(TextNormalizer.normalize(text)).map(String.init)
    }

    @Test(arguments: [
        "What time does the Tesco on the High Street close?", "my British Gas bill went up", "la meva comanda d'Amazon no arriba",
        "TESCO delivered the wrong milk",
    ])
    func aNameIsFound(_ text: String) {
        #expect(Self.companies.named(in: Self.words(text)), "\(text)")
    }

    @Test(arguments: ["where is my order", "the gas engineer came", "british people", "deliveroo", "la meva comanda no arriba"])
    func otherWordsAreNot(_ text: String) {
        #expect(!Self.companies.named(in: Self.words(text)), "\(text)")
    }

    /// The shipped list, each name kept for the intents whose examples use it: the default bot's technicians hear
    /// about Netflix buffering, so Netflix stays for technical problems, not for a password; Spotify and Tesco go.
    @Test func theBotsOwnExamplesKeepAName() {
        let companies = OtherCompanies(bot: TestSupport.defaultBot)
        #expect(!OtherCompanies.shipped.isEmpty)
        #expect(OtherCompanies.shipped.contains(["netflix"]))
        #expect(!companies.named(in: ["netflix", "keeps", "buffering"], for: "technical_problem"))
        #expect(companies.named(in: ["reset", "my", "netflix", "password"], for: "account_access"))
        #expect(companies.named(in: ["spotify", "charged", "me", "twice"]))
        #expect(companies.named(in: ["what", "time", "does", "tesco", "close"]))
    }

    @Test func anotherCompanysMatterIsNotUnderstood() {
        let bot = TestSupport.defaultBot
        let understander = Understander(bot: bot, matcher: IntentMatcher(bot: bot, logger: TestSupport.logger), logger: TestSupport.logger)
        let context = Understander.Context(language: nil)
        for text in ["Spotify charged me twice this month, what do I do?", "what time does Tesco close on Sundays?",
                     "no puc entrar al meu Instagram"] {
            #expect(understander.read(text, context: context).match.intent == nil, "\(text)")
        }
        #expect(understander.read("I was charged twice this month", context: context).match.intent == "billing_question")
        #expect(understander.read("the internet is so slow netflix won't load", context: context).match.intent == "technical_problem")
        #expect(understander.read("How do I reset my Netflix password?", context: context).match.intent == nil)
        // A request for a person is never lost to a company's name.
        #expect(understander.read("I want to talk to a person about my Amazon order", context: context).personRequest != nil)
    }
}

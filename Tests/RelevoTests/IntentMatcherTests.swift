import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct IntentMatcherTests {
    let matcher = IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger)

    func match(_ text: String) -> IntentMatch {
        matcher.match(TextNormalizer.normalize(text), logger: TestSupport.logger)
    }

    @Test(arguments: [
        ("where is my order", "track_order"), ("¿Dónde está mi pedido?", "track_order"), ("donde esta mi pedido", "track_order"),
        ("my parcel never came", "track_order"), ("how long does shipping take", "delivery_times"),
        ("tengo una duda con mi factura", "billing_question"), ("FACTURACIÓN", "billing_question"),
        ("internet no va", "technical_problem"), ("I can't log in", "account_access"), ("hola", "greeting"),
        ("muchas gracias", "thanks"), ("what are your opening hours", "opening_hours"), ("wher is my ordr", "track_order"),
    ])
    func understandsExamplesAndVariants(_ text: String, _ intent: String) {
        #expect(match(text).intent == intent)
    }

    /// The default bot's examples are mostly short questions; customers wrap them in carrier phrases, state a
    /// problem, write without accents. None of these is an example.
    @Test(arguments: [
        ("I'm trying to find out where my order is", "track_order"), ("can you tell me where my package is", "track_order"),
        ("i need help with my bill", "billing_question"), ("I can't connect to the internet", "technical_problem"),
        ("i dont remember my password", "account_access"), ("quería saber dónde está mi paquete", "track_order"),
        ("necesito ayuda con mi factura", "billing_question"), ("necessito saber on es la meva comanda", "track_order"),
        ("no puc connectar-me a internet", "technical_problem"), ("I'm calling to complain", "complaint"),
    ])
    func understandsExamplesInCarrierPhrases(_ text: String, _ intent: String) {
        #expect(match(text).intent == intent)
    }

    @Test(arguments: [
        "blorp zzzt quux", "the weather is nice today", "what is the meaning of life", "tell me a joke", "", "🙂🙂",
        "asdf qwer", "what's the weather in paris", "receta de paella", "asdf qwer what's the weather in paris receta de paella",
        "I need help with my homework", "quería saber la receta de la tortilla", "qui va guanyar el partit",
    ])
    func gibberishAndOffTopicAreNotUnderstood(_ text: String) {
        let result = match(text)
        #expect(result.intent == nil)
        #expect(result.source == .none)
    }

    /// Off-topic messages, none of them in the library's out-of-scope file, are not understood, in every
    /// language; the out-of-scope label is never an answer nor in the ranking.
    @Test(arguments: [
        "what's 12 times 31", "who won the world cup in 1998", "tell me a poem about the sea", "what's the weather in lisbon",
        "cuánto es 12 por 31", "quién ganó el mundial de 1998", "qué tiempo hace en lisboa",
        "quant fa 12 per 31", "qui va guanyar el mundial del 1998", "quin temps fa a lisboa",
    ])
    func offTopicMessagesAreNotUnderstood(_ text: String) {
        #expect([Language.english, .spanish, .catalan].allSatisfy { !OutOfScopeExamples.examples(in: $0).contains(TextNormalizer.normalize(text)) })
        #expect(match(text).intent == nil, "\(text) → \(match(text).intent ?? "-")")
        #expect(!matcher.ranking(TextNormalizer.normalize(text)).contains { $0.intent == IntentMatcher.outOfScopeName })
    }

    @Test func theOutOfScopeMessagesShipWithTheLibrary() {
        for language in [Language.english, .spanish, .catalan] {
            #expect(OutOfScopeExamples.examples(in: language).count >= 200)
        }
        #expect(OutOfScopeExamples.lines(of: "# a comment\n\n  what time is it in tokyo  \n") == ["what time is it in tokyo"])
    }

    @Test func patternsWinWithFullConfidence() {
        let result = match("I want to cancel my order and get a refund")
        #expect(result.intent == "cancel_order")
        #expect(result.source == .pattern)
        #expect(result.confidence == 1)
    }

    @Test func aRequestForAPersonBeatsEveryOtherPattern() {
        #expect(match("cancel my order, I want to talk to a person").intent == "talk_to_human")
    }

    @Test func examplesGiveTheirLanguage() {
        #expect(match("muchas gracias").language == .spanish)
        #expect(match("thanks a lot").language == .english)
    }

    @Test func spellingIsCorrectedAgainstTheBotsVocabulary() {
        let corrector = SpellingCorrector(words: ["humano", "human", "representative", "manana", "order"])
        #expect(corrector.correct("hablar con un humnao") == "hablar con un humano")
        #expect(corrector.correct("a represntative") == "a representative")
        #expect(corrector.correct("nanana") == "nanana", "a different first letter is not a typo")
        #expect(corrector.correct("ordre 4471") == "order 4471")
        #expect(SpellingCorrector.distance("humnao", "humano") == 1)
    }

    @Test func realWordsOfTheBotsLanguagesAreNotTypos() {
        let corrector = SpellingCorrector(words: ["died", "human"], known: ["diez"])
        #expect(corrector.correct("hace diez dias") == "hace diez dias")
        #expect(corrector.correct("a humen") == "a human")
        #expect(match("hace diez días que espero el pedido").intent == "track_order", "not a death: 'diez' is ten")
        // The words of the library's out-of-scope messages are real words too: "l'atur" is unemployment benefit, not
        // "agur" (goodbye).
        #expect(match("com demane l'atur").intent == nil)
    }
}

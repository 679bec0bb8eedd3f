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

/// Reading a message into ``Understood``: here, the request for a person that no bot can switch off.
@Suite struct UnderstanderTests {
    /// A bot whose own request for a person matches nothing (`(*FAIL)`) and that taught "agent please" to a greeting.
    static let adversarial = """
        languages: [en, es, ca]
        policy:
          default_queue: general
        queues:
          general:
            intents: [greeting, talk_to_human]
            timezone: Europe/Madrid
            hours: {daily: "08:00-22:00"}
          money:
            aliases: {en: [billing], es: [facturación], ca: [facturació]}
            intents: []
            timezone: Europe/Madrid
            hours: {daily: "08:00-22:00"}
        messages:
        \(MessageKey.allCases.map { "  \($0.rawValue): {en: \"x\", es: \"x\", ca: \"x\"}" }.joined(separator: "\n"))
        intents:
          talk_to_human:
            requests_human: true
            patterns: ['(*FAIL)', '\\bbeam me up\\b']
          greeting:
            examples:
              en: [hello, hi there, agent please, good morning, human please, speak to an agent]
              es: [hola, buenos días, un agente por favor]
              ca: [hola, bon dia, un agent si us plau]
            response: {en: "Hello!", es: "¡Hola!", ca: "Hola!"}
        """

    static func understander(_ yaml: String) throws -> Understander {
        let folder = try TestSupport.temporaryDirectory()
        try yaml.write(to: folder.appendingPathComponent("bot.yaml"), atomically: true, encoding: .utf8)
        let bot = try Bot.load(directory: folder.path)
        return Understander(bot: bot, matcher: IntentMatcher(bot: bot, logger: TestSupport.logger), logger: TestSupport.logger)
    }

    @Test func aBotCannotSwitchOffRequestsForAPerson() throws {
        let understander = try Self.understander(Self.adversarial)
        let requests = ["agent please", "human please", "speak to an agent", "I want to talk to a person", "un agente por favor",
                        "vull parlar amb una persona", "AGENT!!!"]
        for text in requests {
            let understood = understander.read(text, context: .init(language: nil))
            #expect(understood.personRequest != nil, "\(text): \(understood.match.intent ?? "-")")
        }
        #expect(understander.read("hello", context: .init(language: nil)).personRequest == nil)
    }

    @Test func theBotsOwnIntentAddsToIt() throws {
        let understander = try Self.understander(Self.adversarial)
        let understood = understander.read("beam me up", context: .init(language: nil))
        #expect(understood.match.intent == "talk_to_human")
        #expect(understood.personRequest == PersonRequest(queue: nil, evidence: "intent talk_to_human"))
    }

    /// The default bot's own patterns for asking for a person match "I don't need a person"; the library read a
    /// refusal, the past or a question about the bot, and the next best intent answers instead.
    @Test func theBotsIntentGivesWayWhenTheLibraryReadsNoRequest() throws {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        let cases: [(text: String, intent: String?)] = [
            ("I don't need a person, just tell me when my parcel is arriving", "track_order"),
            ("no necesito una persona, solo dime cuándo llega mi pedido", "track_order"),
            ("no no I don't want an agent, I clicked that by mistake", nil),
            ("I don't need a person, just tell me the hours", "opening_hours"),
            ("an agent promised me a refund, where is it?", "billing_question"),
        ]
        for (text, intent) in cases {
            let understood = understander.read(text, context: .init(language: nil))
            #expect(understood.personRequest == nil, "\(text)")
            #expect(understood.match.intent != "talk_to_human", "\(text)")
            if let intent { #expect(understood.match.intent == intent, "\(text)") }
        }
        let asked = understander.read("I don't want a bot, I want a person", context: .init(language: nil))
        #expect(asked.personRequest != nil)
    }

    /// A person asked for at another company ("who do I speak to there?", "it's from Amazon, not you") is not one of
    /// ours; the same words without another company are.
    @Test func aPersonAtAnotherCompanyIsNoRequest() throws {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        for text in ["My electricity bill from British Gas is really high, who do I speak to there?",
                     "Mi factura de la luz de Iberdrola ha subido un montón, ¿con quién hablo allí?",
                     "La factura de la llum d'Endesa m'ha pujat molt, amb qui parlo allà?",
                     "My Amazon order hasn't arrived, can you check where it is? It's from Amazon not you"] {
            #expect(understander.read(text, context: .init(language: nil)).personRequest == nil, "\(text)")
        }
        #expect(understander.read("my bill is really high, who do I speak to?", context: .init(language: nil)).personRequest != nil)
        #expect(understander.read("I cancelled Netflix, now can I talk to a person about my bill?", context: .init(language: nil)).personRequest != nil)
    }

    /// Where the customer says they are is read without a time, for the times said later; a place in another role is
    /// not the customer's.
    @Test func whereTheCustomerIsIsRead() {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        func zone(_ text: String) -> String? { understander.read(text, context: .init(language: nil)).customerZone }
        #expect(zone("yo estoy en México") == "America/Mexico_City")
        #expect(zone("vivo en Lanzarote y no me llega el paquete") == "Atlantic/Canary")
        #expect(zone("I'm calling from Lisbon") == "Europe/Lisbon")
        #expect(zone("visc a Londres") == "Europe/London")
        #expect(zone("the parcel is for my son in Mexico") == nil)
        #expect(zone("el pedido va a Tenerife") == nil)
        #expect(zone("where is my order 4471?") == nil)
    }

    /// Whether a message asks something: a question mark or a word opening a question.
    @Test func aQuestionIsSeen() {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        for text in ["is there an outage in my area", "how do I turn on roaming myself", "quan obriu", "cuánto cuesta el traslado",
                     "i la factura de l'octubre?", "ok how long will that be", "so when will they get back to me",
                     "vale y cuando me llaman", "i quan m'arriba"] {
            #expect(understander.read(text, context: .init(language: nil)).asksQuestion, "\(text)")
        }
        for text in ["my internet drops every evening", "que me llamen a las 5", "com et deia, no funciona", "ok thanks",
                     "i can't log in", "ok i will wait", "so i did what you said"] {
            #expect(!understander.read(text, context: .init(language: nil)).asksQuestion, "\(text)")
        }
    }

    /// A message in words of a language that reads as none of the bot's matters is out of scope, and told so;
    /// gibberish, a message with an order number or a time for a call, and a message about the conversation's
    /// topic or an open case's matter are not.
    @Test func outOfScopeIsReadApartFromNotUnderstood() {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        func outOfScope(_ text: String, topic: String? = nil, caseIntents: [String] = []) -> Bool {
            let understood = understander.read(text, context: .init(language: nil, topic: topic.map { ($0, "") }, caseIntents: caseIntents))
            return !understood.match.isUnderstood && understood.outOfScope
        }
        for text in ["can you recommend a good restaurant in madrid", "qué tiempo va a hacer mañana en Sevilla",
                     "saps on puc menjar una bona paella per Barcelona?", "how do I cancel my Netflix subscription?"] {
            #expect(outOfScope(text), "\(text)")
        }
        for text in ["blorp zzzt quux", "flibber jabber wocky", "4471?", "afternoons are best", "where is my order"] {
            #expect(!outOfScope(text), "\(text)")
        }
        #expect(outOfScope("and what's the weather like in Mallorca?", topic: "delivery_times"))
        #expect(!outOfScope("is there anything else I should try in the meantime?", caseIntents: ["technical_problem"]))
    }

    /// A message that asks two things: the second question is read apart; one question, a story around it, or a
    /// request for a person asks nothing else.
    @Test func aSecondQuestionIsRead() {
        let understander = FollowUpTests.understander
        func other(_ text: String) -> String? { understander.read(text, context: .init(language: nil)).alsoAsks?.intent }
        #expect(other("where is my order 4471 and how long do refunds usually take?") == "track_order")
        #expect(other("What are your opening hours? Also, how long does delivery to the Canary Islands take?") == "opening_hours")
        #expect(other("hola, a quina hora obriu? i quant triga un enviament a Mallorca?") == "opening_hours")
        for text in ["how long does delivery to the canary islands take?", "my internet is down and when will it be fixed?",
                     "I can't log in. Can I talk to a person? And what are your opening hours?"] {
            #expect(other(text) == nil, "\(text)")
        }
    }

    /// The clauses a message is read in: sentences, and parts a joining word opens with a question word.
    @Test func clausesSplitAtQuestions() {
        let clauses = Understander.clauses(TextNormalizer.normalize("Where is order 4471 and how long do refunds take? Y otra cosa, ¿abrís el domingo?"))
        #expect(clauses.map(\.text) == ["where is order 4471", "how long do refunds take", "abris el domingo"])
        #expect(clauses.allSatisfy { $0.asks })
        // The English "I" is no Catalan "and": "...and i can see it" stays one clause.
        #expect(Understander.clauses("it says delivered and i can see it in the app").count == 1)
    }

    @Test func aRequestNamingADepartmentGoesToTheQueueWithThatAlias() throws {
        let understander = try Self.understander(Self.adversarial)
        #expect(understander.read("put me through to billing please", context: .init(language: nil)).personRequest?.queue == "money")
        #expect(understander.read("passa'm amb facturació", context: .init(language: nil)).personRequest?.queue == "money")
    }

    /// "accounts department" is the billing team in the default bot, unless the message is about an account.
    @Test func aDepartmentOfTwoTeamsIsTheOneTheMessageIsAbout() {
        let understander = FollowUpTests.understander
        func queue(_ text: String) -> String? { understander.read(text, context: .init(language: nil)).personRequest?.queue }
        #expect(queue("put me through to the accounts department") == "billing")
        #expect(queue("my invoice has a charge I don't recognise, put me through to the accounts department") == "billing")
        #expect(queue("The password reset email never arrives and I'm locked out. I want a human from the accounts department.") == "accounts")
    }

    @Test func aQuestionWithARequestIsARequest() throws {
        let understander = try Self.understander(Self.adversarial)
        let understood = understander.read("Where is my order? I want to speak to a human.", context: .init(language: nil))
        #expect(understood.personRequest != nil)
    }

    @Test func anOverlongMessageIsReadInItsFirstPart() throws {
        let understander = try Self.understander(Self.adversarial)
        let long = "I want to talk to a person. " + String(repeating: "The router blinks red again. ", count: 100)
        let understood = understander.read(long, context: .init(language: nil))
        #expect(understood.tooLong)
        #expect(understood.normalized.isEmpty)
        #expect(understood.personRequest != nil)
        let late = String(repeating: "The router blinks red again. ", count: 100) + "I want to talk to a person."
        #expect(understander.read(late, context: .init(language: nil)).personRequest == nil)
    }

    /// A request naming no department is about what the rest of the message says: its topic routes it.
    @Test func aRequestNamingNoDepartmentTakesTheTopicOfTheRestOfTheMessage() throws {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        let cases: [(text: String, intent: String)] = [
            ("put me on to a real agent pls, my router is flashing red", "technical_problem"),
            ("I'd like to speak to someone about my wifi", "technical_problem"),
            ("pásame con un agente, me han cobrado dos veces", "billing_question"),
            ("vull parlar amb algú sobre el router", "technical_problem"),
        ]
        for (text, intent) in cases {
            let understood = understander.read(text, context: .init(language: nil))
            #expect(understood.personRequest != nil, "\(text)")
            #expect(understood.match.intent == intent, "\(text): \(understood.match.intent ?? "-")")
        }
        // Nothing but the request, or a greeting beside it: the bot's own intent for asking for a person stays.
        for text in ["I want to talk to a human", "hola, quiero hablar con una persona por favor"] {
            let understood = understander.read(text, context: .init(language: nil))
            #expect(understood.personRequest != nil, "\(text)")
            #expect(understood.match.intent == "talk_to_human", "\(text): \(understood.match.intent ?? "-")")
        }
    }

    /// Template placeholders of redacted or generated text are not the customer's words: "{{Person Name}}" asks for
    /// no person.
    @Test func templatePlaceholdersAreNotRead() throws {
        #expect(Understander.withoutTemplatePlaceholders("my bill from {{Person Name}} please") == "my bill from  please")
        #expect(Understander.withoutTemplatePlaceholders("{{a}}{{b}} x {{unclosed") == " x {{unclosed")
        #expect(Understander.withoutTemplatePlaceholders("no braces") == "no braces")
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        let understood = understander.read("can you get me the bill from {{Person Name}}?", context: .init(language: nil))
        #expect(understood.personRequest == nil)
        #expect(understood.text == "can you get me the bill from {{Person Name}}?", "stored as written")
    }

    /// A greeting beside a story that speaks of a person in the past is not what the message asks.
    @Test func aGreetingBesideAStoryIsNotItsIntent() throws {
        let understander = Understander(bot: TestSupport.defaultBot, matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                        logger: TestSupport.logger)
        let text = "Hola, fa 15 dies un agent em va dir que em tornarien 20 euros per la permanència i encara no he vist res"
        let understood = understander.read(text, context: .init(language: nil))
        #expect(understood.personRequest == nil)
        #expect(understood.match.intent == "billing_question")
        #expect(Understander.isGreeting("bon dia") && !Understander.isGreeting("bon dia, on és la comanda"))
    }
}

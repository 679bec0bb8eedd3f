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

/// Each class of definition error, with its exact message and position.
@Suite struct BotLoaderTests {
    /// A complete, valid bot to which each test adds one mistake.
    static let base = """
        languages: [en, es]
        policy:
          default_queue: general
        queues:
          general:
            intents: [human]
            timezone: Europe/Madrid
            hours: {daily: "08:00-22:00"}
        messages:
        \(MessageKey.allCases.map { "  \($0.rawValue): {en: \"x\", es: \"x\"}" }.joined(separator: "\n"))
        slots:
          order_number:
            extractor: order_number
            prompt: {en: "Number?", es: "¿Número?"}
        intents:
          human:
            requests_human: true
            patterns: ['\\bagent\\b']
        """

    /// Loads `base` plus `extra` as a second file, returning the error lines.
    func errors(_ extra: String, base: String = base) throws -> [String] {
        try TestSupport.definitionErrors(["bot.yaml": base, "more.yaml": extra])
    }

    @Test func theBaseBotIsValid() throws {
        #expect(try errors("") == [])
    }

    @Test func defaultBotLoads() throws {
        let bot = TestSupport.defaultBot
        #expect(bot.languages == [.english, .spanish, .catalan])
        #expect(Set(bot.intents.keys) == [
            "greeting", "goodbye", "thanks", "bot_identity", "opening_hours", "track_order", "delivery_times",
            "cancel_order", "billing_question", "technical_problem", "account_access", "complaint", "talk_to_human",
            "case_status", "account_holder_change", "legal_complaint",
        ])
        #expect(bot.intents["account_holder_change"]?.humanOnly == true)
        #expect(bot.intents["legal_complaint"]?.priority == .high)
        #expect(Set(bot.slots.keys) == ["order_number", "email", "phone"])
        #expect(Set(bot.queues.keys) == ["orders", "billing", "technical", "accounts", "general"])
        #expect(bot.queue(for: "cancel_order")?.name == "orders")
        // Cancelling and refunds are a person's; how to return an item is answered.
        let cancel = try #require(bot.intents["cancel_order"])
        #expect(!cancel.humanOnly)
        #expect(cancel.isHumanOnly(for: "i want to cancel my order 4471"))
        #expect(cancel.isHumanOnly(for: "quiero que me devolvais el dinero"))
        #expect(!cancel.isHumanOnly(for: "how long do i have to return it"))
        #expect(!cancel.isHumanOnly(for: "com torno unes sabates que em van petites"))
    }

    @Test func formalFormsAreReadAndChecked() throws {
        let good = """
            intents:
              hi:
                examples: {en: [hello], es: [hola]}
                response:
                  en: "Hello! How can I help?"
                  es: "¡Hola! ¿En qué te puedo ayudar, {name}?"
                  formal: {es: "¡Hola! ¿En qué le puedo ayudar, {name}?"}
            """
        #expect(try errors(good) == [])
        let text = try #require(TestSupport.bot(["bot.yaml": Self.base, "more.yaml": good]).intents["hi"]?.response)
        #expect(text.text(in: .spanish, fallback: .english) == "¡Hola! ¿En qué te puedo ayudar, {name}?")
        #expect(text.text(in: .spanish, fallback: .english, formal: true) == "¡Hola! ¿En qué le puedo ayudar, {name}?")
        #expect(text.text(in: .english, fallback: .english, formal: true) == "Hello! How can I help?", "no formal form: the text")
        let lines = try errors("""
            intents:
              hi:
                examples: {en: [hello], es: [hola]}
                response:
                  en: "Hello"
                  es: "Hola, {name}"
                  formal: {es: "Hola", ca: "Hola"}
              bye:
                examples: {en: [bye], es: [adiós]}
                response: {en: "Bye", es: "Adiós", formal: "Adiós"}
            """)
        #expect(lines == [
            "more.yaml:5:7: error: response of intent 'hi': the formal 'es' text must use the same {placeholders} as the 'es' text",
            "more.yaml:7:28: error: response of intent 'hi' has a formal text in 'ca', which is not one of the bot's languages (en, es)",
            "more.yaml:10:48: error: response of intent 'bye': formal must map languages to the formal form of the text (es: ..., ca: ...)",
        ])
    }

    @Test func yamlSyntax() throws {
        #expect(try errors("intents:\n  a: [unclosed\n") == [
            "more.yaml:3:1: error: YAML syntax: did not find expected ',' or ']' while parsing a flow sequence",
        ])
    }

    @Test func unknownReferences() throws {
        let lines = try errors("""
            intents:
              track:
                examples: {en: [where is it], es: [dónde está]}
                slots: [order_id]
                response: {en: "ok", es: "vale"}
            """)
        #expect(lines == ["more.yaml:4:13: error: intent 'track' needs unknown slot 'order_id'"])
    }

    @Test func unknownExtractorAndDefaultQueue() throws {
        let base = Self.base.replacingOccurrences(of: "default_queue: general", with: "default_queue: sales")
        let lines = try errors("""
            slots:
              code:
                extractor: zipcode
                prompt: {en: "Code?", es: "¿Código?"}
            """, base: base)
        #expect(lines == [
            "bot.yaml:3:18: error: policy default_queue names unknown queue 'sales'",
            "more.yaml:3:16: error: unknown extractor 'zipcode' for slot 'code'; built-ins are order_number, email, phone, date, or give a 'pattern'",
        ])
    }

    @Test func pcre2CompileErrorWithMessageAndOffset() throws {
        let lines = try errors("""
            intents:
              bad:
                patterns: ['(a|b']
                response: {en: "ok", es: "vale"}
            """)
        #expect(lines == ["more.yaml:3:21: error: invalid pattern in intent 'bad': missing closing parenthesis at offset 4"])
    }

    @Test func handoffMessageVariantsAreChecked() throws {
        let lines = try errors("""
            intents:
              holder:
                human_only: true
                examples: {en: [change the account holder]}
                handoff_message: {en: "A person will help.", es: "Una persona te ayudará."}
                handoff_message_when:
                  - pattern: '(died'
                    message: {en: "Sorry for your loss.", es: "Lo siento."}
                  - message: {en: "Sorry.", es: "Lo siento."}
                  - pattern: 'x'
                    message: {en: "Sorry."}
                    colour: blue
            """)
        #expect(lines == [
            "more.yaml:7:24: error: invalid pattern in handoff_message_when of intent 'holder': missing closing parenthesis at offset 5",
            "more.yaml:9:9: error: each item of handoff_message_when of intent 'holder' needs a 'pattern'",
            "more.yaml:11:18: error: message of handoff_message_when of intent 'holder' has no 'es' text",
            "more.yaml:12:9: error: unknown key 'colour' in each item of handoff_message_when of intent 'holder'; expected one of: message, pattern",
        ])
    }

    @Test func responseVariantsAreChecked() throws {
        let lines = try errors("""
            intents:
              money:
                examples: {en: [where is my bill]}
                response: {en: "In My account.", es: "En Mi cuenta."}
                response_when:
                  - pattern: 'refund('
                    message: {en: "5 to 10 days.", es: "De 5 a 10 días."}
                  - pattern: 'refund'
                    message: {en: "5 to 10 days."}
            """)
        #expect(lines == [
            "more.yaml:6:26: error: invalid pattern in response_when of intent 'money': missing closing parenthesis at offset 7",
            "more.yaml:9:18: error: message of response_when of intent 'money' has no 'es' text",
        ])
    }

    /// A `human_only_when` item may carry the opening line of its handoff: the rule and what it says have one home.
    @Test func humanOnlyRulesMayCarryTheirOpening() throws {
        let lines = try errors("""
            intents:
              line:
                examples: {en: [my internet is down]}
                response: {en: "Restart the router.", es: "Reinicia el router."}
                human_only_when:
                  - '\\bagain\\b'
                  - pattern: '\\broaming\\b'
                    message: {en: "A person will check your roaming.", es: "Una persona revisará tu itinerancia."}
                  - pattern: '(abroad'
                    message: {en: "Abroad.", es: "Fuera."}
                  - message: {en: "No pattern.", es: "Sin patrón."}
            """)
        #expect(lines == [
            "more.yaml:9:26: error: invalid pattern in human_only_when of intent 'line': missing closing parenthesis at offset 7",
            "more.yaml:11:9: error: each item of human_only_when of intent 'line' needs a 'pattern'",
        ])
        let intent = TestSupport.defaultBot.intents["technical_problem"]!
        #expect(intent.isHumanOnly(for: "my phone has no signal abroad"))
        #expect(intent.handoffMessage(after: ["my phone has no signal abroad"])?.text(in: .english, fallback: .english).contains("roaming") == true)
        #expect(intent.isHumanOnly(for: "the los light is red on the router"))
        #expect(intent.handoffMessage(after: ["the los light is red on the router"])?.text(in: .english, fallback: .english).contains("LOS") == true)
    }

    /// A question a variant is for gets the variant; any other message of the intent, the response.
    @Test func theResponseFollowsWhatWasAsked() {
        let intent = TestSupport.defaultBot.intents["billing_question"]!
        let refund = intent.response(for: "how long does a refund take")?.text(in: .english, fallback: .english) ?? ""
        let bill = intent.response(for: "where can i find my invoice")?.text(in: .english, fallback: .english) ?? ""
        #expect(refund.contains("5 to 10 working days") && !refund.contains("My account > Billing"))
        #expect(bill.contains("My account > Billing") && !bill.contains("refund"))
    }

    @Test func theHandoffMessageFollowsWhatTheCustomerSaid() {
        let intent = TestSupport.defaultBot.intents["account_holder_change"]!
        let neutral = intent.handoffMessage(after: ["i want to change the account holder to my wife"])?.text(in: .english, fallback: .english)
        let bereaved = intent.handoffMessage(after: ["my father passed away", "i need to change the account holder"])?
            .text(in: .english, fallback: .english)
        #expect(neutral?.contains("sorry for your loss") == false)
        #expect(bereaved?.contains("sorry for your loss") == true)
    }

    /// `queue_when` items need a pattern that compiles and a queue the bot defines.
    @Test func queueWhenIsChecked() throws {
        let lines = try errors("""
            intents:
              ending:
                human_only: true
                examples: {en: [cancel my contract]}
                queue_when:
                  - pattern: '\\bcontract\\b'
                    queue: retention
                  - pattern: '(fibre'
                    queue: general
                  - queue: general
            """)
        #expect(lines == [
            "more.yaml:7:16: error: queue_when of intent 'ending' names unknown queue 'retention'",
            "more.yaml:8:25: error: invalid pattern in queue_when of intent 'ending': missing closing parenthesis at offset 6",
            "more.yaml:10:9: error: each item of queue_when of intent 'ending' needs a 'pattern'",
        ])
    }

    @Test func aMessageOfAnIntentGoesToTheQueueItsPatternNames() {
        let intent = TestSupport.defaultBot.intents["cancel_order"]!
        #expect(intent.queue(after: ["quiero darme de baja de la fibra"]) == "general")
        #expect(intent.queue(after: ["i want to cancel my order 4471"]) == nil)
        #expect(TestSupport.defaultBot.queues["general"] != nil)
    }

    @Test func humanOnlyWhenPatternsAreChecked() throws {
        let lines = try errors("""
            intents:
              bills:
                examples: {en: [my bill]}
                response: {en: "In My account.", es: "En Mi cuenta."}
                human_only_when: ['\\bcharged twice\\b', '(twice']
            """)
        #expect(lines == ["more.yaml:5:51: error: invalid pattern in human_only_when of intent 'bills': missing closing parenthesis at offset 6"])
    }

    /// `offers_handoff` is a yes or no, for an intent with an answer to offer a person after.
    @Test func offersHandoffIsCheckedAndRead() throws {
        let lines = try errors("""
            intents:
              bills:
                examples: {en: [my bill]}
                response: {en: "In My account.", es: "En Mi cuenta."}
                offers_handoff: maybe
              refunds:
                examples: {en: [refund]}
                human_only: true
                offers_handoff: true
            """)
        #expect(lines == [
            "more.yaml:5:21: error: offers_handoff of intent 'bills' must be true or false",
            "more.yaml:9:21: error: offers_handoff of intent 'refunds' needs an answer to offer a person after; this intent hands off (or reports a case) itself",
        ])
        #expect(TestSupport.defaultBot.intents["technical_problem"]?.offersHandoff == true)
        #expect(TestSupport.defaultBot.intents["delivery_times"]?.offersHandoff == false)
    }

    /// `waiting_response` is an answer in every language, for an intent whose answer offers a person.
    @Test func waitingResponseIsCheckedAndRead() throws {
        let lines = try errors("""
            intents:
              bills:
                examples: {en: [my bill]}
                response: {en: "In My account.", es: "En Mi cuenta."}
                waiting_response: {en: "In My account, meanwhile."}
                offers_handoff: true
              refunds:
                examples: {en: [refund]}
                response: {en: "5 days.", es: "5 días."}
                waiting_response: {en: "5 days.", es: "5 días."}
            """)
        #expect(lines == [
            "more.yaml:5:23: error: waiting_response of intent 'bills' has no 'es' text",
            "more.yaml:10:23: error: waiting_response of intent 'refunds' replaces an answer that offers a person while one is awaited; it needs offers_handoff: true",
        ])
        #expect(TestSupport.defaultBot.intents["billing_question"]?.waitingResponse?.text(in: .spanish, fallback: .english)
            .hasPrefix("Desde aquí no veo tus facturas") == true)
    }

    /// A message of an intent that only a person can handle when it says something ("charged twice") is handed
    /// over; its other messages are answered.
    @Test func anIntentIsHumanOnlyWhenItsPatternMatches() {
        let intent = TestSupport.defaultBot.intents["billing_question"]!
        #expect(!intent.humanOnly)
        #expect(intent.isHumanOnly(for: "i was charged twice this month"))
        #expect(intent.isHumanOnly(for: "me habeis cobrado dos veces la factura"))
        #expect(intent.isHumanOnly(for: "carrec duplicat al compte"))
        #expect(!intent.isHumanOnly(for: "where can i see my invoices"))
    }

    /// The optional messages: a bot without them loads, and the engine falls back on the required ones.
    @Test func optionalMessagesMayBeLeftOut() throws {
        #expect(MessageKey.allCases.filter { !$0.isRequired } == [.slotWait, .handoffMoreDetail, .caseTransferred, .waitingSorry, .caseWithdrawn,
                                                                 .acknowledged, .contactNoted, .waitingClosed, .callbackTimeSaved, .callbackTimeClosed,
                                                                 .callbackTimePassed, .waitingNoted, .callbackContactKnown, .waitingThanks, .waitingGoodbye, .waitingQuestion,
                                                                 .caseStatusCallback, .upsetSorry, .callbackRequestOpen, .waitingChannel,
                                                                 .caseStatusOverdue, .waitingManager, .waitingLeave, .outOfScope, .waitingOutOfScope])
        let base = Self.base.split(separator: "\n")
            .filter { !$0.contains("slot_wait") && !$0.contains("handoff_more_detail") && !$0.contains("waiting_sorry") && !$0.contains("case_withdrawn") && !$0.contains("case_transferred")
                && !$0.contains("acknowledged") }
            .joined(separator: "\n")
        #expect(try errors("", base: base).isEmpty)
        let required = Self.base.split(separator: "\n").filter { !$0.contains("  welcome_back:") }.joined(separator: "\n")
        #expect(try errors("", base: required) == ["bot.yaml:1:1: error: messages has no 'welcome_back' entry"])
    }

    @Test func sameExampleUnderTwoIntents() throws {
        let lines = try errors("""
            intents:
              first:
                examples: {en: [Where is my order]}
                response: {en: "1", es: "1"}
              second:
                examples: {en: [where is my ORDER]}
                response: {en: "2", es: "2"}
            """)
        #expect(lines == [
            "more.yaml:6:21: error: example \"where is my ORDER\" is under both 'first' (more.yaml:3:21) and 'second'",
        ])
    }

    @Test func responseMissingALanguage() throws {
        let lines = try errors("""
            intents:
              hours:
                examples: {en: [opening hours]}
                response: {en: "9 to 5"}
            """)
        #expect(lines == ["more.yaml:4:15: error: response of intent 'hours' has no 'es' text"])
    }

    @Test(arguments: [
        ("max_consecutive_not_understood: 4", "4:35", "from 1 to 3", "got 4"),
        ("max_consecutive_not_understood: 0", "4:35", "from 1 to 3", "got 0"),
        ("max_consecutive_not_understood: off", "4:35", "from 1 to 3", "got off"),
        ("max_slot_prompts: 3", "4:21", "from 1 to 2", "got 3"),
        ("max_slot_prompts: false", "4:21", "from 1 to 2", "got false"),
        ("max_message_length: 20", "4:23", "from 500 to 100000", "got 20"),
        ("max_message_length: 499", "4:23", "from 500 to 100000", "got 499"),
    ])
    func policyOutsideMandatoryBounds(_ setting: String, _ position: String, _ bounds: String, _ got: String) throws {
        let key = setting.split(separator: ":")[0]
        let base = Self.base.replacingOccurrences(of: "  default_queue: general", with: "  default_queue: general\n  \(setting)")
        #expect(try errors("", base: base) == [
            "bot.yaml:\(position): error: policy '\(key)' must be \(bounds): handoff thresholds can be tightened, never switched off (\(got))",
        ])
    }

    @Test func unknownKeysAreReported() throws {
        let lines = try errors("""
            intents:
              hours:
                exmaples: {en: [opening hours]}
                response: {en: "9 to 5", es: "de 9 a 5"}
            """)
        #expect(lines.contains("more.yaml:3:5: error: unknown key 'exmaples' in intent 'hours'; expected one of: action, confirm, ends_session, examples, handoff_message, handoff_message_when, human_only, human_only_when, identifies_bot, offers_handoff, outcomes, patterns, priority, queue_when, reports_case_status, requests_human, response, response_when, slots, waiting_response"))
    }

    @Test func aBotWithoutAWayToAskForAPersonIsRefused() throws {
        let base = Self.base.replacingOccurrences(of: "requests_human: true", with: "response: {en: \"no\", es: \"no\"}")
        #expect(try errors("", base: base) == [
            "bot.yaml:1:1: error: no intent has 'requests_human: true': customers must always be able to ask for a person",
        ])
    }

    @Test func queueHoursAndTimeZonesAreChecked() throws {
        let lines = try errors("""
            queues:
              night:
                timezone: Mars/Olympus
                hours: {weekdays: "09:00-18:00", sat: "18:00-09:00"}
            """)
        #expect(lines == [
            "more.yaml:3:15: error: unknown IANA time zone 'Mars/Olympus'",
            "more.yaml:4:13: error: 'weekdays' is not a day or day range (use mon..sun, a range like mon-fri, or daily)",
            "more.yaml:4:43: error: '18:00-09:00' is not a time range like 09:00-18:00",
        ])
    }

    @Test func aQueueThatNeverOpensIsRefused() throws {
        let lines = try errors("""
            queues:
              night:
                timezone: Europe/Madrid
                hours: {daily: closed}
              weekend:
                timezone: Europe/Madrid
                hours:
                  mon-fri: closed
                  sat-sun: [closed]
            """)
        #expect(lines == [
            "more.yaml:4:12: error: queue 'night' never opens: its hours are closed every day, so no handoff to it would reach a person (give it opening hours)",
            "more.yaml:8:7: error: queue 'weekend' never opens: its hours are closed every day, so no handoff to it would reach a person (give it opening hours)",
        ])
        var bot = TestSupport.defaultBot
        bot.queues["billing"]!.hours.intervals = []
        #expect(throws: PolicyError(problems: [
            "queue 'billing' never opens: its hours are closed every day, so no handoff to it would reach a person (give it opening hours)",
        ])) { try TestSupport.engine(bot: bot) }
    }

    @Test func aDuplicateKeyIsOneLineAtTheSecondKey() throws {
        let block = try errors("""
            intents:
              hours:
                examples: {en: [opening hours]}
                response: {en: "9 to 5", es: "de 9 a 5"}
              thanks:
                examples: {en: [thanks]}
              hours:
                examples: {en: [when are you open]}
            """)
        #expect(block == ["more.yaml:7:3: error: duplicate key 'hours' (first at line 2)"])
        let flow = try errors("""
            intents:
              hours: {examples: {en: [opening hours]}, response: {en: "9", es: "9"}, "response": {en: "5", es: "5"}}
            """)
        #expect(flow == ["more.yaml:2:74: error: duplicate key 'response' (first at line 2)"])
    }

    @Test func queueAliasesAreLoaded() {
        let billing = TestSupport.defaultBot.queues["billing"]!
        #expect(billing.aliases[.english]?.contains("billing department") == true)
        #expect(billing.aliases[.spanish]?.contains("facturación") == true)
        #expect(billing.aliases[.catalan]?.contains("facturació") == true)
    }

    @Test func queueAliasesAreChecked() throws {
        let lines = try errors("""
            queues:
              billing:
                aliases: {en: [billing, invoices], es: [facturación, "  "], fr: [facturation]}
                timezone: Europe/Madrid
                hours: {daily: "08:00-22:00"}
              support:
                aliases:
                  en: [tech support, BILLING]
                  es: [Facturacion]
                timezone: Europe/Madrid
                hours: {daily: "08:00-22:00"}
              other:
                aliases: [billing]
                timezone: Europe/Madrid
                hours: {daily: "08:00-22:00"}
            """)
        #expect(lines == [
            "more.yaml:3:58: error: an alias of queue 'billing' (es) is empty: write a name customers use, such as 'billing'",
            "more.yaml:3:65: error: aliases of queue 'billing' has names in 'fr', which is not one of the bot's languages (en, es)",
            "more.yaml:8:26: error: alias \"BILLING\" is under both queue 'billing' (more.yaml:3:20) and queue 'support'",
            "more.yaml:9:12: error: alias \"Facturacion\" is under both queue 'billing' (more.yaml:3:45) and queue 'support'",
            "more.yaml:13:14: error: aliases of queue 'other' must map each language to a list of names (en: [billing], es: [facturación])",
        ])
    }

    @Test func customerDataSettingsAreLoadedAndChecked() throws {
        let folder = try TestSupport.temporaryDirectory()
        let settings = "  default_queue: general\n  retention_days: 90\n  store_unmasked_payment_data: true"
        try Self.base.replacingOccurrences(of: "  default_queue: general", with: settings)
            .write(to: folder.appendingPathComponent("bot.yaml"), atomically: true, encoding: .utf8)
        let bot = try Bot.load(directory: folder.path)
        #expect(bot.policy.retentionDays == 90)
        #expect(bot.policy.storeUnmaskedPaymentData)
        #expect(TestSupport.defaultBot.policy.retentionDays == nil, "kept until erased unless a bot says otherwise")
        #expect(!TestSupport.defaultBot.policy.storeUnmaskedPaymentData, "payment data is masked by default")
        let wrong = "  default_queue: general\n  retention_days: 0\n  store_unmasked_payment_data: maybe"
        #expect(try errors("", base: Self.base.replacingOccurrences(of: "  default_queue: general", with: wrong)) == [
            "bot.yaml:4:19: error: policy 'retention_days' must be a whole number of days from 1 to 3650 (got 0)",
            "bot.yaml:5:32: error: policy 'store_unmasked_payment_data' must be true or false",
        ])
        var refused = TestSupport.defaultBot
        refused.policy.retentionDays = 0
        #expect(throws: PolicyError.self) { try TestSupport.engine(bot: refused) }
    }

    @Test func theEngineRefusesAPolicyOutsideItsBounds() {
        var bot = TestSupport.defaultBot
        bot.policy.maxConsecutiveNotUnderstood = 5
        #expect(throws: PolicyError.self) { try TestSupport.engine(bot: bot) }
        bot.policy.maxConsecutiveNotUnderstood = 0
        #expect(throws: PolicyError.self) { try TestSupport.engine(bot: bot) }
        bot.policy.maxConsecutiveNotUnderstood = 3
        bot.policy.maxSlotPrompts = 3
        #expect(throws: PolicyError.self) { try TestSupport.engine(bot: bot) }
        bot.policy.maxSlotPrompts = 2
        bot.policy.maxMessageLength = 20
        #expect(throws: PolicyError(problems: [
            "policy 'max_message_length' must be from 500 to 100000: handoff thresholds can be tightened, never switched off (got 20)",
        ])) { try TestSupport.engine(bot: bot) }
    }
}

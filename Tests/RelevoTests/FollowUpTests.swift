import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import Relevo

/// Elliptical follow-ups: short messages that continue the conversation's topic, and only that.
@Suite struct FollowUpTests {
    static let understander = Understander(bot: TestSupport.defaultBot,
                                           matcher: IntentMatcher(bot: TestSupport.defaultBot, logger: TestSupport.logger),
                                           logger: TestSupport.logger)

    func words(_ text: String) -> [String] { TextNormalizer.words(TextNormalizer.normalize(text)).map(String.init) }

    @Test func aFollowUpOpensWithAConjunctionOrAQuestionWordAndIsShort() {
        #expect(FollowUp.opens(words("and express?")))
        #expect(FollowUp.opens(words("ok and when will it arrive?")))
        #expect(FollowUp.opens(words("¿y el urgente?")))
        #expect(FollowUp.opens(words("i quan arribarà?")))
        #expect(FollowUp.opens(words("what about 5512?")))
        #expect(!FollowUp.opens(words("the parcel")))
        #expect(!FollowUp.opens(words("and then I waited all day long for the courier who never came")))
    }

    @Test func aFollowUpContinuesTheTopic() {
        let topic = (intent: "delivery_times", text: "how long does shipping take to Mallorca?")
        let read = Self.understander.read("and express?", context: .init(language: .english, topic: topic))
        #expect(read.match.intent == "delivery_times")
        #expect(read.match.source == .context)
        let catalan = Self.understander.read("i quan arribarà?", context: .init(language: .catalan,
                                                                                topic: ("track_order", "com va la comanda 6020?")))
        #expect(catalan.match.intent == "track_order")
    }

    /// A follow-up that alone only leans to a neighbouring intent continues the topic; a clear question of its own
    /// does not.
    @Test func aFollowUpThatLeansElsewhereAloneStillContinuesTheTopic() {
        let order = (intent: "track_order", text: "where is my order 4471?")
        let context = Understander.Context(language: .english, topic: order)
        let alone = Self.understander.read("and when will it arrive?", context: .init(language: .english))
        #expect(alone.match.intent != nil && alone.match.intent != "track_order", "the premise: alone it is another intent")
        let followed = Self.understander.read("and when will it arrive?", context: context)
        #expect(followed.match.intent == "track_order")
        #expect(followed.match.source == .context)
        for (text, intent) in [("and how do I reset my password?", "account_access"), ("what are your opening hours?", "opening_hours")] {
            #expect(Self.understander.read(text, context: context).match.intent == intent, "\(text)")
        }
    }

    /// A follow-up that opens with "and" continues the topic even when it reads, alone, as a neighbouring intent
    /// almost surely ("I QUAN ARRIBARAN?" after an order's status is about that order).
    @Test func andTiesAFollowUpToTheTopic() {
        let context = Understander.Context(language: .catalan, topic: (intent: "track_order", text: "on és la comanda 4471?"))
        #expect(Self.understander.read("I QUAN ARRIBARAN?", context: context).match.intent == "track_order")
        #expect(FollowUp.mayContinue(IntentMatch(intent: "delivery_times", confidence: 0.97, source: .examples, language: .catalan),
                                     words: ["i", "quan", "arribaran"]))
        #expect(!FollowUp.mayContinue(IntentMatch(intent: "delivery_times", confidence: 0.97, source: .examples, language: .catalan),
                                      words: ["quan", "arribaran"]))
    }

    @Test func withoutATopicOrOffTopicItIsNotUnderstood() {
        #expect(Self.understander.read("and express?", context: .init(language: .english)).match.intent == nil)
        let topic = (intent: "delivery_times", text: "how long does shipping take to Mallorca?")
        for text in ["and who won the match yesterday?", "and what's the weather like in Mallorca?", "and asdf qwer?"] {
            #expect(Self.understander.read(text, context: .init(language: .english, topic: topic)).match.intent == nil, "\(text)")
        }
    }

    @Test func theTopicIsTheSessionsLatestIntentAndItsLatestMessages() {
        let now = Date(timeIntervalSince1970: 0)
        func turn(_ text: String, _ intent: String?, role: TurnRecord.Role = .customer, session: String = "s1") -> TurnRecord {
            TurnRecord(sessionId: session, customerId: "c", turn: 1, role: role, channel: "chat", text: text, intent: intent,
                       messageId: nil, createdAt: now)
        }
        let turns = [turn("where is my order", "track_order", session: "s0"), turn("hello", "greeting"),
                     turn("how long does delivery take", "delivery_times"), turn("Standard delivery…", nil, role: .bot),
                     turn("and express?", "delivery_times"), turn("hmm", nil), turn("and to Ibiza?", "delivery_times")]
        let topic = Engine.topic(of: turns, session: "s1", intent: "delivery_times")
        #expect(topic?.text == "how long does delivery take")
        #expect(Engine.topic(of: turns, session: "s1", intent: "track_order") == nil)
        #expect(Engine.topic(of: turns, session: "s1", intent: nil) == nil)
        // A digression the dialogue answered without changing the topic is stepped over, a long one is not.
        let digressed = turns + [turn("wait, are you a bot?", "bot_identity")]
        #expect(Engine.topic(of: digressed, session: "s1", intent: "delivery_times")?.text == "how long does delivery take")
        let wandered = digressed + [turn("hello", "greeting"), turn("thanks", "thanks")]
        #expect(Engine.topic(of: wandered, session: "s1", intent: "delivery_times") == nil)
    }
}

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

/// Bad input, each class with a test: the engine answers every message, stores it cleanly, and the handoff
/// triggers still work.
@Suite struct InputSanitizerTests {
    @Test func invalidUTF8IsRepairedNotFatal() async throws {
        let text = String(decoding: [0x61, 0x67, 0x65, 0x6E, 0x74, 0xFF, 0xC3, 0x28] as [UInt8], as: UTF8.self)
        let reply = try await TestSupport.engine().say(text)
        #expect(!reply.texts.isEmpty)
    }

    @Test func nulAndControlCharactersAreRemoved() async throws {
        #expect(InputSanitizer.clean("a\u{0}g\u{1B}[2Jent\u{7F}\u{85}") == "ag[2Jent")
        #expect(InputSanitizer.clean("where\tis\nmy\r\norder") == "where is my  order")
        let store = MemoryStore()
        let reply = try await TestSupport.engine(store: store).say("\u{0}agent\u{0}")
        #expect(reply.handoff?.reason == .userRequest)
        let session = try #require(try await store.conversation(customer: "c1").session)
        #expect(try store.turns(session: session.id).first?.text == "agent")
    }

    @Test(arguments: ["", "   ", "\t\n", "\u{0}\u{0}"])
    func emptyMessagesAreAnsweredAndCountTowardNothing(_ text: String) async throws {
        let engine = try TestSupport.engine()
        for _ in 0..<5 {
            let reply = try await engine.say(text)
            #expect(reply.texts == ["I didn't get any text. What can I help you with?"])
            #expect(reply.handoff == nil)
        }
    }

    @Test func emojiAndSkinTonesAreKept() async throws {
        #expect(InputSanitizer.clean("👍🏽 👨‍👩‍👧") == "👍🏽 👨‍👩‍👧")
        let engine = try TestSupport.engine()
        let alone = try await engine.say("👍🏽👍🏽")
        #expect(alone.match.intent == nil)
        let request = try await engine.say("agent 🙏🏾", as: "c2")
        #expect(request.handoff?.reason == .userRequest)
    }

    @Test func rightToLeftTextIsKeptAndOverridesRemoved() async throws {
        #expect(InputSanitizer.clean("مرحبا") == "مرحبا")
        #expect(InputSanitizer.clean("agent\u{202E}tnega\u{202C}") == "agenttnega")
        #expect(InputSanitizer.clean("\u{2067}operator\u{2069}") == "operator")
        let reply = try await TestSupport.engine().say("\u{202E}agent")
        #expect(reply.handoff?.reason == .userRequest)
        let arabic = try await TestSupport.engine().say("أريد التحدث إلى شخص")
        #expect(!arabic.texts.isEmpty)
    }

    @Test func decomposedAccentsBehaveAsComposed() async throws {
        #expect(InputSanitizer.clean("facturacio\u{301}n") == "facturación")
        let reply = try await TestSupport.engine().say("tengo una duda de facturacio\u{301}n")
        #expect(reply.match.intent == "billing_question")
    }

    @Test func oversizedMessagesGetAPoliteReplyAndCountTowardNothing() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        let huge = String(repeating: "blorp ", count: 400) + "agent"
        for _ in 0..<4 {
            let reply = try await engine.say(huge)
            #expect(reply.texts == ["That message is too long for me (over 2000 characters). Could you send it shorter, or in parts?"])
            #expect(reply.handoff == nil, "not processed: neither the request inside nor misunderstanding counts")
        }
        let session = try #require(try await store.conversation(customer: "c1").session)
        #expect(try store.turns(session: session.id).first?.text.count == 2001, "stored cut at the limit")
        #expect(try await engine.say("blorp zzzt").handoff == nil, "the long messages did not count as misunderstood")
    }

    @Test func theLimitIsConfigurable() async throws {
        var bot = TestSupport.defaultBot
        bot.policy.maxMessageLength = 500
        let engine = try TestSupport.engine(bot: bot)
        let long = "where is my order 4471? " + String(repeating: "it was a present for my sister ", count: 16)
        #expect(try await engine.say(long).texts.first?.contains("over 500 characters") == true)
        #expect(try await engine.say("agent").handoff != nil)
        bot.policy.maxMessageLength = 499
        #expect(throws: PolicyError.self) { try TestSupport.engine(bot: bot) }
    }

    @Test func sqlInjectionIsJustText() async throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("i.sqlite").path
        let store = try SQLiteStore(path: path)
        let engine = try TestSupport.engine(store: store, actions: DemoActionHandler(accounts: ["robert'); DROP TABLE session;--": ["4471"]]))
        let attack = "'; DROP TABLE turn; -- my email is x'or'1'='1@example.com and order 4471"
        _ = try await engine.say(attack, as: "robert'); DROP TABLE session;--")
        _ = try await engine.say("where is my order", as: "robert'); DROP TABLE session;--")
        let conversation = try await store.conversation(customer: "robert'); DROP TABLE session;--")
        #expect(conversation.slots.map(\.name).sorted() == ["email", "order_number"])
        let turns = try await store.turns(session: try #require(conversation.session).id)
        #expect(turns.first?.text == attack)
        #expect(turns.count == 4)
    }
}

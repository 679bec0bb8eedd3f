import Foundation
import Testing
@testable import RelevoDefinitions
@testable import RelevoDialogue
@testable import Relevo
@testable import RelevoTesting

/// The dialogue's promises that are not about understanding: corrections honoured, an upset customer's
/// question answered along with the person, and true answers while a case waits.
@Suite struct DialogueTurnTests {
    /// Saturday 10 January 2026, 11:00 in Madrid: the billing team is closed until Monday 09:00.
    static let saturday = Transcript.parseDate("2026-01-10T11:00:00+01:00")!

    @Test(arguments: [
        ("no, the other one: j.smith@example.org", "j.smith@example.org"),
        ("no, mejor a este: ana@example.com", "ana@example.com"),
        ("no, millor a aquest: anna@example.cat", "anna@example.cat"),
        ("it's j.smith@example.org actually", "j.smith@example.org"),
    ])
    func aCorrectionAtAConfirmationUpdatesTheValueAndConfirmsIt(correction: String, email: String) async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("I forgot my password")
        let asked = try await engine.say("tom@gmail.com")
        #expect(asked.texts.last?.contains("tom@gmail.com") == true)

        let corrected = try await engine.say(correction)
        #expect(corrected.handoff == nil)
        #expect(corrected.texts.count == 1)
        #expect(corrected.texts.first?.contains(email) == true, "the new value is confirmed, not declined")
        #expect(try await engine.slots(customer: "c1")["email"] == email)

        let done = try await engine.say("yes")
        #expect(done.texts.first?.contains(email) == true, "the action uses the corrected value")
    }

    /// Asking a person to look at one's case is a request for a person, even with no case open: never the
    /// "you have no open case" answer instead.
    @Test(arguments: ["can someone look into my case personally?", "¿alguien puede revisar mi caso personalmente?",
                      "algú pot revisar el meu cas personalment?"])
    func aPersonAskedToLookAtACaseIsAPersonEvenWithNoCase(message: String) async throws {
        let engine = try TestSupport.engine()
        let reply = try await engine.say(message)
        #expect(reply.handoff?.reason == .userRequest)
    }

    /// A team's written answer about to be given twice in a row is a loop: a person from the team takes over.
    @Test(arguments: [
        ("I don't understand the charges on my invoice this month", "the invoice for order 6020 still makes no sense to me"),
        ("no entiendo los cargos de mi factura de este mes", "sigo sin entender la factura del pedido 6020"),
        ("no entenc els càrrecs de la factura d'aquest mes", "continuo sense entendre la factura de la comanda 6020"),
    ])
    func theSameAnswerTwiceInARowHandsOff(first: String, second: String) async throws {
        let engine = try TestSupport.engine()
        let answered = try await engine.say(first)
        #expect(answered.handoff == nil)
        let again = try await engine.say(second)
        #expect(again.handoff?.reason == .answerNotHelpful)
        #expect(again.handoff?.queue == "billing")
        #expect(!again.texts.contains(answered.texts[0]), "the answer is not repeated")
    }

    /// Not loops: a keyword and then the question, small talk said twice, an order's status asked for again.
    @Test(arguments: [
        ["FACTURACION", "tengo una duda de facturación"],
        ["thanks a lot for that", "thank you so much"],
        ["hola buenos días", "hola muy buenos días"],
        ["where is my order 4471", "can you check my order status again"],
    ])
    func otherRepeatsAreNotLoops(_ messages: [String]) async throws {
        let engine = try TestSupport.engine()
        for message in messages {
            #expect(try await engine.say(message).handoff == nil, "\(message)")
        }
    }

    @Test func aPlainNoAtAConfirmationStillDeclines() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("I forgot my password")
        _ = try await engine.say("tom@gmail.com")
        let declined = try await engine.say("no thanks")
        #expect(declined.texts.first?.hasPrefix("All right, I won't do that") == true)
    }

    @Test func anUpsetCustomersAnswerableQuestionIsAnsweredAlongWithThePerson() async throws {
        let engine = try TestSupport.engine()
        let reply = try await engine.say("WHERE IS MY ORDER 7389??? THIS IS RIDICULOUS, I HAVE BEEN WAITING FOR WEEKS")
        #expect(reply.handoff?.reason == .frustration)
        #expect(reply.texts.first?.hasPrefix("Order 7389 is delayed in transit") == true, "the answer comes first")
        #expect(reply.texts.count > 1, "then the handoff's messages")
    }

    @Test func anUpsetCustomerIsNotAnsweredSmallTalk() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("where is my order 7389")
        let reply = try await engine.say("THANKS FOR NOTHING, THIS IS RIDICULOUS AND USELESS!!!")
        #expect(reply.handoff != nil)
        #expect(!reply.texts.contains { $0.contains("welcome") }, "no pleasantries for someone upset")
    }

    @Test(arguments: [
        "when do you open?", "so when can I actually talk to them?", "hello?", "zorp", "¿a qué hora abrís?", "quan obriu?",
    ])
    func whileACaseWaitsOnAClosedQueueEveryAcknowledgementSaysWhenItOpens(text: String) async throws {
        let engine = try TestSupport.engine(clock: ManualClock(Self.saturday))
        _ = try await engine.say("I have a question about my invoice")
        let handoff = try await engine.say("can I speak to someone please")
        #expect(handoff.handoff?.queue == "billing")
        let reply = try await engine.say(text)
        #expect(reply.handoff == nil)
        // A question the hours answer gets them first ("when do you open?"); the last message says where the case stands.
        #expect((1...2).contains(reply.texts.count))
        let opens = ["opens Monday at 09:00", "abre el lunes a las 09:00", "obre dilluns a les 09:00"]
        #expect(opens.contains { reply.texts.last!.contains($0) }, "\(reply.texts)")
        #expect(!reply.texts.contains { $0.contains("is with a person") }, "nobody holds the case while the team is closed")
    }

    /// "Hold on, let me find it" while a question is open: the question stays open, no apology, and no failed answer
    /// counts toward a handoff; a bot without `slot_wait` asks the question again.
    @Test func askingForAMomentKeepsTheQuestionOpen() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("where is my order?")
        for _ in 0..<4 {
            let waited = try await engine.say("hold on, let me find it")
            #expect(waited.handoff == nil)
            #expect(waited.texts == [TestSupport.defaultBot.message(.slotWait, in: .english)])
        }
        let answered = try await engine.say("4471")
        #expect(answered.texts.first?.contains("4471") == true)

        var bot = TestSupport.defaultBot
        bot.messages[.slotWait] = nil
        let plain = try TestSupport.engine(bot: bot)
        _ = try await plain.say("¿dónde está mi pedido?")
        let asked = try await plain.say("un momento, lo busco")
        #expect(asked.texts == [bot.slots["order_number"]!.prompt.text(in: .spanish, fallback: .english)])
    }
}

import Foundation
import Testing
@testable import RelevoDialogue
@testable import Relevo
import RelevoTesting

/// Customers never read a placeholder: every message is filled in every state of its queue, and a value that is
/// missing is left out rather than shown as `{name}`.
@Suite struct ResponseRendererTests {
    @Test func valuesAreFilledAndMissingOnesLeftOut() {
        #expect(ResponseRenderer.render("Order {order_number} is {status}.", ["order_number": "4471", "status": "shipped"]) == "Order 4471 is shipped.")
        #expect(ResponseRenderer.render("Order {order_number} is {status}.", ["order_number": "4471"]) == "Order 4471 is.")
        #expect(ResponseRenderer.render("Welcome back. {status}", [:]) == "Welcome back.")
        #expect(ResponseRenderer.render("{ticket} is yours", [:]) == "is yours")
        #expect(ResponseRenderer.render("It opens {opens} ({timezone} time).", [:]) == "It opens (time).")
        #expect(ResponseRenderer.render("handled by {agent} from our {queue}", ["agent": "", "queue": "team"]) == "handled by from our team")
        #expect(ResponseRenderer.render("a {not a name} b {} c {x", [:]) == "a {not a name} b {} c {x", "braces that are not placeholders are text")
        #expect(ResponseRenderer.render("{order_number}", ["order_number": "{ticket}"]) == "{ticket}", "values are not filled again")
    }

    @Test func everyMessageOfTheDefaultBotWithNoValuesLeavesNoPlaceholder() {
        let bot = TestSupport.defaultBot
        for key in MessageKey.allCases {
            for language in bot.languages {
                let rendered = ResponseRenderer.render(bot.message(key, in: language), [:])
                #expect(!rendered.contains("{") && !rendered.contains("}"), "\(key.rawValue) (\(language.rawValue)): \(rendered)")
            }
        }
    }

    /// One conversation in each language through every message the engine renders — not understood, empty, too
    /// long, no case, a slot, a handoff, the callback, the case's status waiting and held, a returning customer,
    /// the resolution — with the queues open, closed for the night and closed for a holiday.
    @Test(arguments: [
        ("open", "2026-01-05T10:00:00+01:00"), ("closed", "2026-01-05T23:30:00+01:00"), ("holiday", "2026-01-06T10:00:00+01:00"),
    ])
    func everyMessageIsFilledInEveryQueueState(_ state: String, _ time: String) async throws {
        let clock = ManualClock(Transcript.parseDate(time)!)
        let engine = try TestSupport.engine(clock: clock)
        let phrases: [[String]] = [
            ["hello", "blorp zzzt", "", String(repeating: "so long ", count: 300), "what's the status of my case?", "where is my order?", "4471",
             "I want to talk to a person", "my phone is 612 345 678", "what's the status of my case?"],
            ["hola", "blorp zzzt", "", String(repeating: "muy largo ", count: 300), "¿cuál es el estado de mi caso?", "¿dónde está mi pedido?", "4471",
             "quiero hablar con una persona", "mi teléfono es 612 345 678", "¿cuál es el estado de mi caso?"],
            ["bon dia", "blorp zzzt", "", String(repeating: "molt llarg ", count: 300), "quin és l'estat del meu cas?", "on és la meva comanda?", "4471",
             "vull parlar amb una persona", "el meu telèfon és 612 345 678", "quin és l'estat del meu cas?"],
        ]
        for (index, messages) in phrases.enumerated() {
            let customer = "\(state)-\(index)"
            var said: [String] = []
            var handoff: Handoff?
            for text in messages {
                let reply = try await engine.say(text, as: customer)
                said += reply.texts
                handoff = handoff ?? reply.handoff
            }
            let ticket = try #require(handoff?.ticket, "\(customer): \(said)")
            #expect(handoff?.queueOpen == (state == "open"))
            try await engine.claim(ticket: ticket, agent: "marta")
            said += try await engine.say(messages.last!, as: customer).texts
            said += try await engine.say("ok", as: customer).texts
            clock.advance(by: 13 * 3600)
            said += try await engine.say(messages[0], as: customer).texts
            said.append(try await engine.resolve(ticket: ticket, note: "done").text)
            for text in said {
                #expect(!text.contains("{") && !text.contains("}"), "\(customer): \(text)")
            }
            clock.set(Transcript.parseDate(time)!)
        }
    }
}

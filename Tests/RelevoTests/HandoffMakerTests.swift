import Foundation
import PropertyBased
import Synchronization
import Testing
@testable import RelevoDefinitions
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoTesting

/// The honesty of a handoff's messages, over generated conversations at generated times: open hours, closed
/// hours, weekends and holidays, every queue of the default bot.
@Suite struct HandoffMakerTests {
    static let bot = TestSupport.defaultBot

    /// Messages that end in a handoff, for every reason and queue.
    static let openers: [[String]] = [
        ["I'd like a word with someone in billing"], ["quiero hablar con una persona"], ["vull parlar amb algú de suport tècnic"],
        ["tengo una duda con mi factura", "pásame con alguien"], ["where is my order", "4471", "agent please"],
        ["I want to cancel my order and get a refund"], ["mi abogado se pondrá en contacto"], ["this is ridiculous, useless!!!"],
        ["blorp zzzt", "qwxy plonk"], ["he olvidado mi contraseña", "ESTO ES UNA VERGÜENZA!!!"], ["el meu marit ha mort"],
    ]

    /// The opening lines that promise a person now, in every language.
    static let promises: [String] = [MessageKey.handoffUserRequest, .handoffRepeatedMisunderstanding, .handoffSlotLoop, .handoffFrustration,
                                     .handoffAnswerNotHelpful, .handoffHumanOnly, .handoffMoreDetail]
        .flatMap { key in bot.languages.map { bot.message(key, in: $0) } }

    static let counter = Mutex(0)

    @Test func noHandoffPromisesAPersonNowOnAClosedQueueAndEveryOneNamesItsQueue() async throws {
        // Any day of January 2026 (two holidays, five weekends), any minute.
        let start = Date(timeIntervalSince1970: 1_767_222_000)  // 2026-01-01 00:00 in Madrid
        await propertyCheck(count: 400, input: Gen.int(in: 0...(31 * 24 * 60 - 1)), Gen.int(in: 0...(Self.openers.count - 1))) { minute, opener in
            let clock = ManualClock(start + TimeInterval(minute * 60))
            let engine = try TestSupport.engine(clock: clock)
            let customer = "honest-\(Self.counter.withLock { $0 += 1; return $0 })"
            for text in Self.openers[opener] {
                let reply = try await engine.say(text, as: customer)
                guard let handoff = reply.handoff else { continue }
                let queue = try #require(Self.bot.queues[handoff.queue])
                let context = "\(Self.openers[opener]) at \(clock.now())"
                #expect(handoff.queueOpen == queue.hours.isOpen(at: clock.now()), "\(context)")
                if !handoff.queueOpen {
                    #expect(!reply.texts.contains(where: Self.promises.contains), "promised a person now: \(reply.texts) \(context)")
                }
                let name = QueueRouter(bot: Self.bot).displayName(of: queue, language: reply.language)
                #expect(reply.texts.contains { $0.contains(name) }, "the queue \(name) is not named: \(reply.texts) \(context)")
                break
            }
        }
    }

    @Test func onAClosedQueueEachCustomerHearsTheirOwnPlaceForWhenItOpens() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_767_823_800))  // 2026-01-07 23:10 in Madrid: all closed
        let engine = try TestSupport.engine(clock: clock)
        let requests = ["I want to talk to a person", "quiero hablar con una persona", "vull parlar amb una persona", "agent please"]
        for (index, text) in requests.enumerated() {
            let reply = try await engine.say(text, as: "night-\(index)")
            let handoff = try #require(reply.handoff)
            #expect(!handoff.queueOpen)
            let expected = switch reply.language.rawValue {
            case "en": "number \(index + 1) in line for when they open"
            case "es": "será el número \(index + 1) de la cola cuando abran"
            default: "serà el número \(index + 1) de la cua quan obrin"
            }
            #expect(reply.texts.contains { $0.contains(expected) }, "\(text): \(reply.texts)")
        }
    }
}

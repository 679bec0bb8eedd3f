import Foundation
import PropertyBased
import Synchronization
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Property tests: thousands of generated conversations mixing gibberish, requests for a person, slot answers,
/// angry messages, questions and channel switches in English, Spanish and Catalan, checking the handoff promise.
@Suite struct HandoffInvariantTests {
    /// One step of a generated conversation.
    enum Move: Sendable, CustomStringConvertible {
        case say(String, Kind)
        case switchChannel(String)
        case agentResolves

        enum Kind: Sendable { case gibberish, request, slotAnswer, angry, question, other }

        var description: String {
            switch self {
            case .say(let text, _): "> \(text)"
            case .switchChannel(let channel): "@channel \(channel)"
            case .agentResolves: "(agent resolves)"
            }
        }
    }

    static let moves: [Move] = {
        var moves: [Move] = []
        let kinds: [(Move.Kind, [String])] = [
            (.gibberish, ["blorp zzzt", "qwxy plonk", "ñañaña pruu", "flibber wocky", "asdkj lkjq", "xyzzy frob", "🙂🙂🙂", "...", "zorg 12"]),
            (.request, ["agent", "AGENT!!!", "I want to talk to a person", "let me speak to someone", "quiero hablar con una persona",
                        "un humano", "hablar con un humnao", "vull parlar amb una persona", "passa'm amb un agent", "operador"]),
            (.slotAnswer, ["4471", "my order is 5512", "9999", "600 111 222", "ana@example.com", "el pedido es 6020", "la comanda 7389", "612 345 678"]),
            (.angry, ["this is ridiculous", "esto es una vergüenza", "WHERE IS MY ORDER I AM WAITING", "aixo es una vergonya!!!",
                      "useless!!!", "I'll go to the regulator", "estoy harto???"]),
            (.question, ["where is my order", "dónde está mi pedido", "on és la meva comanda", "my internet is not working",
                         "no tinc connexió", "I forgot my password", "he olvidado mi contraseña", "how long does shipping take",
                         "what are your opening hours", "what's the status of my case", "hola", "bon dia", "thanks", "are you a bot?",
                         "tengo una duda con mi factura", "yes", "no", "cancel my order and refund me", "that's not what I asked"]),
        ]
        for (kind, texts) in kinds { moves += texts.map { Move.say($0, kind) } }
        moves += ["chat", "sms", "web", "whatsapp"].map(Move.switchChannel)
        moves.append(.agentResolves)
        return moves
    }()

    /// Every prompt and reprompt text of a slot, in every language.
    static let prompts: [String: [String]] = TestSupport.defaultBot.slots.mapValues { slot in
        Array(slot.prompt.texts.values) + Array(slot.reprompt.texts.values)
    }

    static let notUnderstoodTexts = Set(TestSupport.defaultBot.messages[.notUnderstood]!.texts.values)

    static let engine = try! TestSupport.engine(clock: ManualClock(TestSupport.monday))
    static let counter = Mutex(0)

    @Test func theHandoffPromiseHoldsInGeneratedConversations() async throws {
        let policy = TestSupport.defaultBot.policy
        await propertyCheck(count: 2000, input: Gen.element(of: Self.moves).array(of: 1...14)) { moves in
            let customer = "prop-\(Self.counter.withLock { $0 += 1; return $0 })"
            let engine = Self.engine
            var channel = "chat"
            var consecutiveNotUnderstood = 0
            var packetSlots: Set<String> = []
            for case let move? in moves {
                switch move {
                case .switchChannel(let next):
                    channel = next
                case .agentResolves:
                    if let ticket = try await engine.openTicket(customer: customer) {
                        _ = try await engine.resolve(ticket: ticket.number, note: "done")
                        consecutiveNotUnderstood = 0
                        // The handoff is over: a fact the backend later rejects (an unknown order number) may be asked again.
                        packetSlots = []
                    }
                case .say(let text, let kind):
                    let hadTicket = try await engine.openTicket(customer: customer) != nil
                    let reply = try await engine.say(text, as: customer, channel: channel)
                    let context = "\(moves)"
                    // (a) a request for a person is a handoff in that same turn (or the case is already with one).
                    if kind == .request {
                        #expect(hadTicket ? reply.isWaitingForHuman : reply.handoff?.reason == .userRequest, "\(context)")
                    }
                    // (b) never more than the allowed run of not-understood replies.
                    if reply.texts.contains(where: Self.notUnderstoodTexts.contains) {
                        consecutiveNotUnderstood += 1
                    } else {
                        consecutiveNotUnderstood = 0
                    }
                    #expect(consecutiveNotUnderstood < policy.maxConsecutiveNotUnderstood, "\(context)")
                    // (c) no prompt for a slot already known, and (d) none for a fact in the packet while the handoff lasts.
                    for (slot, texts) in Self.prompts where reply.slots[slot] != nil || packetSlots.contains(slot) {
                        #expect(!reply.texts.contains(where: texts.contains), "asked for \(slot): \(context)")
                    }
                    if let handoff = reply.handoff {
                        let packet = try await engine.packet(ticket: handoff.ticket)
                        packetSlots.formUnion(packet.slots.map(\.name))
                        // (e) at most one open ticket per customer: a new ticket only when there was none.
                        #expect(!hadTicket, "\(context)")
                        let open = try await engine.tickets(customer: customer).filter(\.isOpen)
                        #expect(open.count == 1, "\(context)")
                    }
                }
            }
        }
    }
}

import Foundation
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

@Suite struct EngineTests {
    // MARK: Slot filling

    @Test func slotFillingAsksOneMissingSlotOnceThenAnswers() async throws {
        let engine = try TestSupport.engine()
        let first = try await engine.say("where is my order?")
        #expect(first.texts == ["What's your order number? You'll find it in your confirmation email (for example 4471)."])
        let second = try await engine.say("4471")
        #expect(second.slots["order_number"] == "4471")
        #expect(second.texts.first?.hasPrefix("Order 4471 is shipped and in transit") == true)
    }

    @Test func aKnownSlotIsNeverAskedAgainInTheSessionOrOnAnotherChannel() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("hi, my order number is 5512")
        for (text, channel) in [("where is my order", "chat"), ("track my order", "sms"), ("order status", "web")] {
            let reply = try await engine.say(text, channel: channel)
            #expect(reply.match.intent == "track_order")
            #expect(!reply.texts.contains { $0.contains("order number") })
            #expect(reply.texts.first?.contains("Order 5512 is delivered") == true)
        }
    }

    @Test func aSlotFromAnEarlierSessionIsNotAskedAgain() async throws {
        let store = MemoryStore()
        let clock = ManualClock(TestSupport.monday)
        let engine = try TestSupport.engine(store: store, clock: clock)
        let first = try await engine.say("my line 600 111 222 has no internet")
        clock.advance(by: 3 * 24 * 3600)
        let later = try await engine.say("the wifi doesn't work")
        #expect(later.sessionID != first.sessionID, "a new session after the timeout")
        #expect(later.texts.first?.contains("known outage affecting the line 600111222") == true)
        #expect(!later.texts.contains { $0.contains("What's the phone number") })
    }

    @Test func confirmationFlowActsOnYesAndNotOnNo() async throws {
        let engine = try TestSupport.engine()
        let asked = try await engine.say("I forgot my password, my email is ana@example.com")
        #expect(asked.texts == ["Shall I send a password reset link to ana@example.com?"])
        let done = try await engine.say("yes")
        #expect(done.texts == ["Done: if ana@example.com is the address on your account, a reset link is on its way to it. It works for 30 minutes. If it doesn't arrive in a few minutes (check your spam folder too), tell me and I'll pass you to the accounts team."])
        _ = try await engine.say("reset my password")
        let declined = try await engine.say("no thanks")
        #expect(declined.texts == ["All right, I won't do that. Is there anything else I can help with?"])
    }

    // MARK: Handoff triggers

    @Test(arguments: [
        "agent", "AGENT!!!", "representative", "a real person please", "let me speak to someone", "I want to talk to a human",
        "get me an operator", "hablar con una persona", "un humano", "operador", "quiero hablar con alguien",
        "pásame con un agente", "hablar con un humnao", "talk to a humna",
    ])
    func aRequestForAPersonHandsOffInTheSameTurn(_ text: String) async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("where is my order")
        let reply = try await engine.say(text)
        #expect(reply.handoff?.reason == .userRequest)
        #expect(reply.handoff?.queue == "orders", "routed by the conversation's intent")
        #expect(reply.isWaitingForHuman)
        #expect(!reply.texts.contains { $0.localizedCaseInsensitiveContains("are you sure") })
    }

    @Test(arguments: ["are you a bot?", "are you a real person?", "eres humano?", "am I talking to a machine"])
    func askingWhetherTheBotIsHumanIsNotAHandoff(_ text: String) async throws {
        let reply = try await TestSupport.engine().say(text)
        #expect(reply.match.intent == "bot_identity")
        #expect(reply.handoff == nil)
    }

    @Test(arguments: [1, 2, 3])
    func repeatedMisunderstandingHandsOffOnTheConfiguredTurn(_ limit: Int) async throws {
        var bot = TestSupport.defaultBot
        bot.policy.maxConsecutiveNotUnderstood = limit
        let engine = try TestSupport.engine(bot: bot)
        for index in 1...limit {
            let reply = try await engine.say("zorp blag \(String(repeating: "q", count: index))")
            if index < limit {
                #expect(reply.handoff == nil)
                #expect(reply.texts.first?.hasPrefix("Sorry, I didn't understand that.") == true)
            } else {
                #expect(reply.handoff?.reason == .repeatedMisunderstanding)
                #expect(reply.handoff?.queue == "general")
            }
        }
    }

    @Test func anUnderstoodMessageResetsTheMisunderstandingCount() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.say("zorp blag")
        _ = try await engine.say("hello")
        let reply = try await engine.say("zorp blag again")
        #expect(reply.handoff == nil)
    }

    @Test func aSlotIsNeverAskedAThirdTime() async throws {
        let engine = try TestSupport.engine()
        let first = try await engine.say("track my order")
        let second = try await engine.say("I don't know it")
        let third = try await engine.say("really no idea")
        #expect(first.texts.first?.hasPrefix("What's your order number?") == true)
        #expect(second.texts.first?.hasPrefix("Could you check the order number") == true)
        #expect(third.handoff?.reason == .slotLoop)
        #expect(third.handoff?.queue == "orders")
        #expect(!third.texts.contains { $0.contains("order number") })
    }

    @Test func unknownOrderNumbersCountAsPromptsToo() async throws {
        let engine = try TestSupport.engine()
        // 9999 was volunteered, so asking after it is the first ask (in the reprompt's words: the customer gave a
        // number, and "for example 4471" would not help); after 8888 the second; after 7777 a handoff.
        let first = try await engine.say("where is my order 9999")
        #expect(first.texts == ["I can't find an order with the number 9999 on your account.",
                                "Could you check the order number in your confirmation email? I need it to look the order up."])
        let second = try await engine.say("8888")
        #expect(second.handoff == nil)
        #expect(second.texts.last?.hasPrefix("Could you check the order number") == true)
        let third = try await engine.say("7777")
        #expect(third.handoff?.reason == .slotLoop)
        #expect(third.texts.first == "I can't find an order with the number 7777 on your account.")
    }

    @Test func humanOnlyIntentsHandOffAtOnceWithPriority() async throws {
        let engine = try TestSupport.engine()
        let cancel = try await engine.say("cancel my order 4471 and refund me")
        #expect(cancel.handoff?.reason == .humanOnlyIntent)
        #expect(cancel.handoff?.queue == "orders")
        let complaint = try await engine.say("I want to make a complaint", as: "c2")
        #expect(complaint.handoff?.reason == .humanOnlyIntent)
        #expect(complaint.handoff?.priority == .high)
    }

    @Test func aFailingBackendHandsOffInsteadOfDroppingTheCustomer() async throws {
        let engine = try TestSupport.engine(actions: NoActionHandler())
        let reply = try await engine.say("where is my order 4471")
        #expect(reply.handoff?.reason == .backendError)
        #expect(reply.handoff?.queue == "orders")
    }

    // MARK: After the handoff

    @Test func theTicketHoldsThePacketAndTheCustomerIsToldWhatHappensNext() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        _ = try await engine.say("where is my order 7389", channel: "web")
        let reply = try await engine.say("I want a refund, cancel it", channel: "web")
        let handoff = try #require(reply.handoff)
        #expect(reply.texts.last?.contains("Your ticket is \(handoff.ticket), with our orders team") == true)
        let ticket = try #require(try store.ticket(number: handoff.ticket))
        #expect(try HandoffPacket.decode(ticket.packet).lastTurn == 2)
        let packet = try await engine.packet(ticket: handoff.ticket)
        #expect(packet.version == 1)
        #expect(packet.customer == "c1")
        #expect(packet.channel == "web")
        #expect(packet.reason == .humanOnlyIntent)
        #expect(packet.intent == "cancel_order")
        #expect(packet.slots == [HandoffPacket.Slot(name: "order_number", value: "7389", turn: 1)])
        #expect(packet.transcript.map(\.role) == [.customer, .bot, .customer, .bot, .bot])
        #expect(packet.transcript.first?.text == "where is my order 7389")
        #expect(packet.summary.contains("Known (do not ask again): order_number=7389."))
    }

    @Test func whileAPersonHoldsTheCaseTheBotOnlyAcknowledges() async throws {
        let engine = try TestSupport.engine()
        let handoff = try await engine.say("agent please").handoff
        for (index, text) in ["can you change the account holder to my wife?", "hello?", "AGENT!!!", "zorp", "zorp"].enumerated() {
            let reply = try await engine.say(text)
            #expect(reply.handoff == nil)
            // An upset customer hears an apology first (`waiting_sorry`).
            let upset = text == "AGENT!!!"
            #expect(reply.texts.count == (upset ? 2 : 1), "\(text): \(reply.texts)")
            if upset { #expect(reply.texts.first?.hasPrefix("I'm sorry you're having to wait") == true) }
            // Where the case stands, then a short acknowledgement (`waiting_noted`); "hello?" and an upset request for
            // a person hear where the case stands again.
            if index == 0 {
                // A question about the matter, which the bot leaves to the team (`waiting_question`).
                #expect(reply.texts.last == "I can't look into that from here, so I've added your question to your case \(handoff!.ticket): our customer care team will answer it.", "\(text): \(reply.texts)")
            } else if index <= 2 {
                #expect(reply.texts.last?.hasPrefix("I've added your message to your case. Your case \(handoff!.ticket) is with our customer care team: you're number 1 in the queue") == true, "\(text): \(reply.texts)")
            } else {
                #expect(reply.texts.last == "I've added that to your case as well, for our customer care team to see.", "\(text): \(reply.texts)")
            }
        }
        let open = try await engine.tickets()
        #expect(open.count == 1, "never a second ticket")
    }

    /// While a person is awaited, what the bot answers in writing is answered, then where the case stands; a
    /// vague question, a greeting or anything that needs a person or a backend only hears where the case stands.
    @Test func whileAPersonIsAwaitedAWrittenAnswerIsStillGiven() async throws {
        let engine = try TestSupport.engine()
        let handoff = try #require(try await engine.say("agent please").handoff)
        let answered = try await engine.say("how long does delivery take to the islands?")
        #expect(answered.handoff == nil)
        #expect(answered.texts.count == 2)
        #expect(answered.texts.first?.hasPrefix("Standard delivery takes 2 to 4 working days") == true)
        #expect(answered.texts.last?.hasPrefix("Your case \(handoff.ticket) is with our customer care team") == true)
        // A question about the case hears where it stands; a greeting or anything that needs a person, that and
        // that it is in the case.
        let status = try await engine.say("how long will it take?")
        #expect(status.texts.count == 1)
        #expect(status.texts.last?.hasPrefix("Your case \(handoff.ticket) is with our customer care team") == true, "\(status.texts)")
        for text in ["hello", "I was charged twice this month"] {
            let reply = try await engine.say(text)
            #expect(reply.texts.count == 1, "\(text): \(reply.texts)")
            #expect(reply.texts.last?.hasPrefix("I've added") == true, "\(text): \(reply.texts)")
        }
        #expect(try await engine.tickets().count == 1, "never a second ticket")
    }

    /// While a person is awaited, what the bot does itself is done (an order's status), then where the case stands;
    /// a value turned down is not asked for again, and the case keeps its team.
    @Test func whileAPersonIsAwaitedTheBotStillLooksOrdersUp() async throws {
        let engine = try TestSupport.engine()
        let handoff = try #require(try await engine.say("agent please").handoff)
        let found = try await engine.say("meanwhile, where is my order 4471?")
        #expect(found.handoff == nil)
        #expect(found.isWaitingForHuman)
        #expect(found.texts.first?.hasPrefix("Order 4471 is") == true, "\(found.texts)")
        #expect(found.texts.last?.hasPrefix("Your case \(handoff.ticket) is with our customer care team") == true, "\(found.texts)")
        let missing = try await engine.say("and order 9999?")
        #expect(missing.texts.first == "I can't find an order with the number 9999 on your account.", "\(missing.texts)")
        #expect(!missing.texts.contains { $0.contains("What's your order number") || $0.contains("check the order number") }, "\(missing.texts)")
        #expect(missing.texts.last?.hasPrefix("Your case \(handoff.ticket)") == true, "\(missing.texts)")
        // Asked again without a number, the one turned down is the person's to check: no prompt for it.
        let again = try await engine.say("where is my order?")
        #expect(!again.texts.contains { $0.contains("order number") }, "\(again.texts)")
        #expect(try await engine.tickets().count == 1, "never a second ticket")
    }

    /// A place the customer said they are in is the clock of a time said later ("a las 9 de acá"), and a bare hour
    /// once the call's contact is known is the call's; "cancela lo de la llamada" calls it off.
    @Test func aTimeSaidLaterIsOnTheClockTheCustomerSaidTheyAreOn() async throws {
        let wednesdayNight = Transcript.parseDate("2026-01-14T21:30:00+01:00")!
        let engine = try TestSupport.engine(clock: ManualClock(wednesdayNight))
        let handoff = try #require(try await engine.say("quiero que me llame alguien de facturación").handoff)
        #expect(handoff.queue == "billing")
        _ = try await engine.say("yo estoy en México")
        let saved = try await engine.say("mi número es 5512345678")
        #expect(saved.texts.last == "Gracias. Te contactarán a través de 5512345678 cuando abran.", "\(saved.texts)")
        let timed = try await engine.say("a las 10 de acá por favor")
        #expect(timed.texts.last == "Gracias. Te contactarán a través de 5512345678 mañana jueves a las 10:00 (hora de Ciudad de México).",
                "\(timed.texts)")
        let withdrawn = try await engine.say("mejor cancela lo de la llamada")
        #expect(withdrawn.texts.first?.hasPrefix("De acuerdo: he cerrado tu caso \(handoff.ticket)") == true, "\(withdrawn.texts)")
    }

    @Test func aClosedQueueIsNeverPromisedAsOpen() async throws {
        let saturday = Transcript.parseDate("2026-01-10T11:00:00+01:00")!
        let engine = try TestSupport.engine(clock: ManualClock(saturday))
        _ = try await engine.say("my bill is wrong")
        let reply = try await engine.say("agent")
        #expect(reply.handoff?.queue == "billing")
        #expect(reply.handoff?.queueOpen == false)
        #expect(reply.texts.contains { $0.contains("it opens Monday at 09:00 (Madrid time)") })
        #expect(reply.texts.last == "If you'd like them to contact you when they open, leave a phone number or an email address here.")
        #expect(reply.handoff?.priority == .high, "first in line when the queue opens")
    }

    /// A waiting customer who asks for another team moves the case there: the stored ticket, its packet and the
    /// host's event say the new queue. A case an agent holds stays; so does every case of a bot without
    /// `case_transferred`.
    @Test func aWaitingCaseMovesToTheTeamTheCustomerAsksFor() async throws {
        let events = EventLog()
        let engine = try TestSupport.engine(delegate: events)
        let ticket = try #require(try await engine.say("where is my order 9999? I want to talk to someone").handoff)
        #expect(ticket.queue == "orders")
        let moved = try await engine.say("actually put me through to billing please")
        #expect(moved.handoff == nil)
        #expect(moved.texts == ["I've moved your case \(ticket.ticket) to our billing team. They'll see everything you've told me, so you won't need to repeat anything."])
        let stored = try await engine.ticket(ticket.ticket)
        #expect(stored.queue == "billing")
        #expect(try HandoffPacket.decode(stored.packet).queue == "billing")
        #expect(events.statuses == [.requested, .transferred])

        _ = try await engine.reply(ticket: ticket.ticket, agent: "marta", text: "Hi, Marta from billing here.")
        _ = try await engine.say("no wait, technical support please")
        #expect(try await engine.ticket(ticket.ticket).queue == "billing", "an agent holds it")

        var bot = TestSupport.defaultBot
        bot.messages[.caseTransferred] = nil
        let plain = try TestSupport.engine(bot: bot)
        let other = try #require(try await plain.say("I want to talk to someone about my order 9999").handoff)
        let kept = try await plain.say("put me through to billing")
        #expect(try await plain.ticket(other.ticket).queue == other.queue)
        #expect(kept.texts.first?.hasPrefix("I've added your message to your case.") == true)
    }

    /// A waiting customer who no longer needs a person closes the case: the stored ticket is resolved with a note,
    /// the host hears `withdrawn`, and the bot answers again. A case an agent holds stays open.
    @Test func aCustomerWithdrawsAWaitingCase() async throws {
        let events = EventLog()
        let engine = try TestSupport.engine(delegate: events)
        let ticket = try #require(try await engine.say("I want to talk to someone about my order 9999").handoff)
        let closed = try await engine.say("it works now, you can cancel the ticket")
        #expect(closed.texts == ["All right: I've closed your case \(ticket.ticket), as you no longer need it. I'm here if you need anything else."])
        #expect(!closed.isWaitingForHuman)
        let stored = try await engine.ticket(ticket.ticket)
        #expect(stored.status == .resolved)
        #expect(stored.note == "Withdrawn by the customer before an agent took it.")
        #expect(events.statuses == [.requested, .withdrawn])
        #expect(try await engine.say("how long does delivery take?").match.intent == "delivery_times")

        let held = try #require(try await engine.say("agent please").handoff)
        _ = try await engine.reply(ticket: held.ticket, agent: "marta", text: "Hi, Marta here.")
        _ = try await engine.say("never mind, it works now")
        #expect(try await engine.ticket(held.ticket).status == .claimed, "an agent holds it")
    }

    @Test func agentRepliesReachTheSessionAndResolvingResumesTheBot() async throws {
        let events = EventLog()
        let engine = try TestSupport.engine(delegate: events)
        let ticket = try #require(try await engine.say("operator").handoff?.ticket)
        let message = try await engine.reply(ticket: ticket, agent: "marta", text: "Hi, Marta here.")
        #expect(message.sender == .agent)
        #expect(try await engine.ticket(ticket).status == .claimed)
        let resolved = try await engine.resolve(ticket: ticket, note: "answered")
        #expect(resolved.text == "Our team has resolved your case \(ticket). I'm here if you need anything else.")
        let resumed = try await engine.say("how long does shipping take?")
        #expect(resumed.match.intent == "delivery_times")
        #expect(!resumed.isWaitingForHuman)
        #expect(events.statuses == [.requested, .accepted, .completed])
        let transcript = try await engine.transcript(ticket: ticket)
        #expect(transcript.contains { $0.role == .agent && $0.text == "Hi, Marta here." })
        await #expect(throws: AgentError.self) { try await engine.reply(ticket: ticket, agent: "marta", text: "again") }
        await #expect(throws: AgentError.self) { try await engine.claim(ticket: "R-0000", agent: "x") }
    }

    @Test func messagesOfOneCustomerAreProcessedInArrivalOrder() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask { _ = try? await engine.say("message \(index)", as: "same") }
                group.addTask { _ = try? await engine.say("hello \(index)", as: "other-\(index)") }
            }
        }
        let session = try #require(try await store.conversation(customer: "same").session)
        let turns = try store.turns(session: session.id).filter { $0.role == .customer }
        #expect(turns.count == 20)
        #expect(turns.map(\.turn) == Array(1...20))
    }
}

/// Records handoff statuses.
final class EventLog: HandoffDelegate {
    private let events = Mutex<[HandoffEvent.Status]>([])
    var statuses: [HandoffEvent.Status] { events.withLock { $0 } }
    func handoff(_ event: HandoffEvent) async { events.withLock { $0.append(event.status) } }
}

/// A store whose commits fail, for the `failed` handoff event.
final class FailingStore: ConversationStore {
    let inner = MemoryStore()
    struct Full: Error {}
    func conversation(customer: String, messageId: String?) throws -> StoredConversation {
        try inner.conversation(customer: customer, messageId: messageId)
    }
    func session(id: String) throws -> SessionRecord? { try inner.session(id: id) }
    func turns(session: String) throws -> [TurnRecord] { try inner.turns(session: session) }
    func commit(_ change: ConversationChange) throws { throw Full() }
    func ticket(number: String) throws -> TicketRecord? { try inner.ticket(number: number) }
    func tickets(statuses: Set<TicketRecord.Status>, queue: String?) throws -> [TicketRecord] { try inner.tickets(statuses: statuses, queue: queue) }
    func tickets(customer: String) throws -> [TicketRecord] { try inner.tickets(customer: customer) }
    func turns(customer: String, messageId: String) throws -> [TurnRecord] { try inner.turns(customer: customer, messageId: messageId) }
    func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?) throws -> QueueStanding {
        try inner.queueStanding(queue: queue, priority: priority, createdAt: createdAt, excluding: excluding)
    }
    func customerData(customer: String) throws -> CustomerData { try inner.customerData(customer: customer) }
    func erase(customer: String, at date: Date) throws -> ErasureRecord { try inner.erase(customer: customer, at: date) }
    func purge(before cutoff: Date, at date: Date) throws -> ErasureRecord { try inner.purge(before: cutoff, at: date) }
    func erasures() throws -> [ErasureRecord] { try inner.erasures() }
}

@Suite struct HandoffDelegateTests {
    @Test func aHandoffThatCannotBeStoredIsReportedAsFailed() async throws {
        let events = EventLog()
        let engine = try TestSupport.engine(store: FailingStore(), delegate: events)
        await #expect(throws: FailingStore.Full.self) { try await engine.say("agent") }
        #expect(events.statuses == [.failed])
    }
}

@Suite struct DialogueStateTests {
    @Test(arguments: [
        DialogueMode.idle, .closed, .confirming(intent: "account_access"), .fillingSlot(intent: "track_order", slot: "order_number"),
        .waitingForHuman(ticket: "R-1001"),
    ])
    func theStoredJSONDecodesToTheSameState(_ mode: DialogueMode) throws {
        var state = DialogueState()
        state.mode = mode
        state.language = .catalan
        state.consecutiveNotUnderstood = 1
        state.totalNotUnderstood = 2
        state.slotPrompts = ["order_number": 2, "email": 1]
        state.lastIntent = "track_order"
        state.channels = ["web", "sms \"quoted\""]
        state.frustrationLevel = 3
        state.lastMessage = "line\nbreak \\ \"quote\" \u{1} ñ 🙂"
        state.hasAnswered = true
        state.awaitingCallback = true
        let decoded = try #require(DialogueState.decode(state.json))
        #expect(decoded == state)
        let standard = JSONEncoder()
        standard.outputFormatting = .sortedKeys
        let reference = try JSONDecoder().decode(DialogueState.self, from: standard.encode(state))
        #expect(reference == decoded)
    }
}

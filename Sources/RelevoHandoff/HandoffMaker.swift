import Foundation
import Logging

/// The handoff step of a turn: for the dialogue's decision, the ticket, the packet agents see and what the
/// customer is told — honestly about the queue's hours, place in line and wait.
package struct HandoffMaker: Sendable {
    package let bot: Bot
    private let router: QueueRouter
    private let logger: Logger

    package init(bot: Bot, logger: Logger) {
        self.bot = bot
        self.router = QueueRouter(bot: bot)
        self.logger = logger
    }

    /// What a handoff adds to the turn.
    package struct Made: Sendable {
        package var handoff: Handoff
        package var ticket: TicketRecord
        package var packet: HandoffPacket
        /// The dialogue's outcome with the handoff's messages and the session waiting for a person.
        package var outcome: DialogueOutcome
    }

    /// Hands the conversation over.
    /// - Parameters:
    ///   - outcome: The dialogue's outcome, whose decision is carried out.
    ///   - session: The session, as it stands after this turn.
    ///   - earlier: The session's messages before this turn.
    ///   - message: This turn's customer message.
    ///   - loads: Each queue's held and waiting tickets.
    ///   - number: The new ticket's number.
    package func make(_ decision: DialogueTurn.HandoffDecision, outcome: DialogueOutcome, session: SessionRecord, earlier: [TurnRecord],
                      message: TurnRecord, loads: [String: QueueLoad], number: String, now: Date) -> Made {
        var outcome = outcome
        let language = outcome.state.language ?? bot.policy.defaultLanguage, formal = outcome.state.formal
        let intent = decision.intent.flatMap { bot.intents[$0] }
        // What the customer wrote in the session, read only for an intent whose queue or opening line depends on it.
        let readsSession = intent.map { !$0.queueWhen.isEmpty || !$0.handoffMessageWhen.isEmpty } ?? false
        let customerSaid = !readsSession ? [] : ([message] + earlier)
            .filter { $0.role == .customer && $0.sessionId == session.id }.map { TextNormalizer.normalize($0.text) }
        let queue = decision.queue.flatMap { bot.queues[$0] } ?? intent?.queue(after: customerSaid).flatMap { bot.queues[$0] }
            ?? bot.queue(for: decision.intent)!
        let status = router.status(of: queue, at: now, language: language)
        // A ticket taken while the queue is closed goes first when it opens.
        let priority = max(intent?.priority ?? .normal, decision.priority, status.isOpen ? .normal : .high)

        var values = ["ticket": number, "queue": router.displayName(of: queue, language: language), "timezone": queue.hours.timeZone.placeName]
        if let opens = status.opens { values["opens"] = opens }
        // The place in line, now or for when the queue opens; a wait only while someone is there to count it.
        let place = queue.place((loads[queue.name] ?? QueueLoad()).standingOfNewTicket(priority: priority))
        values["position"] = String(place.position)
        if status.isOpen { values["wait"] = String(place.waitMinutes) }
        var said: [String] = []
        func say(_ template: String, _ extra: [String: String]) {
            let slots = outcome.known.mapValues(\.value).merging(extra) { _, new in new }
            said.append(ResponseRenderer.render(template, slots))
        }
        let contact = CallbackPromise.contact(in: outcome.known)
        func callbackPromise(_ contact: String) -> String? {
            outcome.state.callbackTime.flatMap {
                CallbackPromise(bot: bot).message(to: contact, at: $0, queue: queue, now: now, language: language, formal: formal)
            }
        }
        let special = decision.reason == .humanOnlyIntent ? intent?.handoffMessage(after: customerSaid) : nil
        if status.isOpen {
            let opening = decision.opening.flatMap { bot.messages[$0] == nil ? nil : $0 } ?? Self.opening(decision.reason)
            say(special?.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal) ?? bot.message(opening, in: language, formal: formal), values)
            say(bot.message(.handoffQueueOpen, in: language, formal: formal), values)
            // A call asked for at a time with a way to reach the customer ("call me tomorrow afternoon at 666 777
            // 888") is promised for that time, not only the chat.
            if let contact, let promise = callbackPromise(contact) {
                said.append(promise)
            } else if decision.asksForCall {
                // "Que em truqui algú al mòbil": the call asked for is in the case, with the contact to use.
                if let contact, let noted = bot.messages[.contactNoted] {
                    say(noted.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), ["contact": contact])
                } else if let ask = bot.messages[.callbackRequestOpen] {
                    say(ask.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), [:])
                    outcome.state.callAsked = true
                }
            }
        } else {
            // Nothing promises a person now: the first thing the customer reads is that the team is closed, when
            // it opens and that the case is kept; the reason's opening line ("I'm passing you to a person now")
            // is not said.
            say(bot.message(.handoffQueueClosed, in: language, formal: formal), values)
            if let special { say(special.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), values) }
            if let contact {
                // "Call me tomorrow around 10": that time, if the team works then, else when it can.
                if let promise = callbackPromise(contact) {
                    said.append(promise)
                } else if CallbackPromise.contact(in: outcome.changedSlots) != contact, let known = bot.messages[.callbackContactKnown] {
                    // A number given earlier (the line with the fault, say) is no thanks-worthy news: said so that
                    // the customer may give another.
                    say(known.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), ["contact": contact])
                } else {
                    say(bot.message(.callbackSaved, in: language, formal: formal), ["contact": contact])
                }
            } else {
                say(bot.message(.callbackRequest, in: language, formal: formal), [:])
                outcome.state.awaitingCallback = true
            }
        }
        outcome.messages += said
        outcome.state.mode = .waitingForHuman(ticket: number)

        let replies = outcome.messages.map {
            TurnRecord(sessionId: session.id, customerId: session.customerId, turn: session.turnCount, role: .bot,
                       channel: session.channel, text: $0, createdAt: now)
        }
        let transcript = HandoffPacket.transcript(of: Array((earlier + [message]).suffix(HandoffPacket.recentMessages)) + replies)
        let slots = outcome.known.values.sorted { $0.name < $1.name }
            .map { HandoffPacket.Slot(name: $0.name, value: $0.value, turn: $0.sessionId == session.id ? $0.turn : 0) }
        var packet = HandoffPacket(
            version: HandoffPacket.currentVersion, ticket: number, customer: session.customerId, channel: session.channel,
            channels: outcome.state.channels, reason: decision.reason, intent: decision.intent, queue: queue.name,
            priority: priority, language: language, identityVerified: outcome.state.identityVerified,
            frustrationLevel: outcome.state.frustrationLevel, slots: slots,
            summary: summary(decision, queue: queue.name, slots: slots, customerMessages: session.turnCount, last: message,
                             state: outcome.state, language: language),
            transcript: transcript, createdAt: now)
        packet.firstTurn = 1
        packet.lastTurn = session.turnCount
        let ticket = TicketRecord(
            number: number, customerId: session.customerId, sessionId: session.id, reason: decision.reason,
            queue: queue.name, intent: decision.intent, priority: priority, status: .open, packet: packet.stored.json(),
            createdAt: now, updatedAt: now)
        logger.info("handoff", metadata: ["ticket": "\(number)", "reason": "\(decision.reason.rawValue)", "queue": "\(queue.name)"])
        return Made(handoff: Handoff(ticket: number, reason: decision.reason, queue: queue.name, priority: priority, queueOpen: status.isOpen),
                    ticket: ticket, packet: packet, outcome: outcome)
    }

    /// The first thing the customer reads for each reason.
    static func opening(_ reason: HandoffReason) -> MessageKey {
        switch reason {
        case .userRequest: .handoffUserRequest
        case .repeatedMisunderstanding: .handoffRepeatedMisunderstanding
        case .slotLoop, .backendError: .handoffSlotLoop
        case .humanOnlyIntent: .handoffHumanOnly
        case .frustration: .handoffFrustration
        case .answerNotHelpful: .handoffAnswerNotHelpful
        }
    }

    /// A few lines for the agent: why, what the customer wants, what is already known.
    func summary(_ decision: DialogueTurn.HandoffDecision, queue: String, slots: [HandoffPacket.Slot], customerMessages: Int, last: TurnRecord,
                 state: DialogueState, language: Language) -> String {
        let why: String = switch decision.reason {
        case .userRequest: "The customer asked for a person."
        case .repeatedMisunderstanding: "The bot did not understand the customer \(state.consecutiveNotUnderstood) times in a row (\(state.totalNotUnderstood) in the session)."
        case .frustration: "The customer is upset (frustration level \(state.frustrationLevel)): handle with care."
        case .answerNotHelpful: "The bot's answer did not help the customer."
        case .slotLoop: "The bot could not get a valid answer to its question after asking \(bot.policy.maxSlotPrompts) times."
        case .humanOnlyIntent: "Only a person can handle this request."
        case .backendError: "The backend failed while answering the customer."
        }
        let wants = decision.intent.map { "Intent: \($0)." } ?? "Intent: not identified."
        let known = slots.isEmpty ? "Nothing to re-ask: no details were given yet."
            : "Known (do not ask again): " + slots.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") + "."
        let lastMessage = HandoffPacket.transcript(of: [last])[0].text
        return "\(why) \(wants) \(known) \(customerMessages) customer message(s) on \(state.channels.joined(separator: ", ")) in \(language); queue \(queue). Last message: \"\(lastMessage)\"."
    }
}

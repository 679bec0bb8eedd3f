import Foundation

extension Engine {
    /// One customer turn, crossing the house once: the store's one read, understanding, dialogue, handoff, and
    /// the store's one commit.
    func process(_ message: IncomingMessage) async throws -> Reply {
        let now = clock.now()
        let stored = try await store.conversation(customer: message.customer, messageId: message.id)
        if !stored.delivered.isEmpty { return try await earlierReply(message, delivered: stored.delivered, stored: stored) }
        var (session, state, returning) = resume(stored, message: message, now: now)
        let followsBotIdentity = state.lastIntent.flatMap { bot.intents[$0]?.identifiesBot } ?? false
        let understood = understander.read(message.text, context: .init(
            language: state.language, languageTentative: state.languageTentative, followsBotIdentity: followsBotIdentity,
            topic: Self.topic(of: stored.turns, session: session.id, intent: state.lastIntent),
            caseIntents: stored.openTicket.flatMap { bot.queues[$0.queue]?.intents } ?? []))
        state.language = understood.language
        state.languageTentative = understood.languageTentative
        if let register = understood.register { state.formal = register == .formal }
        logger.debug("turn", metadata: [
            "customer": "\(message.customer)", "channel": "\(message.channel)", "text": "\(Redactor.mask(understood.text))",
            "intent": "\(understood.match.intent ?? "-")", "confidence": "\(understood.match.confidence)",
        ])
        var outcome = await dialogue.respond(understood, to: DialogueInput(
            customer: message.customer, sessionID: session.id, turn: session.turnCount, now: now, state: state,
            known: Dictionary(stored.slots.map { ($0.name, $0) }, uniquingKeysWith: { $1 }), openTicket: stored.openTicket,
            openTicketStanding: stored.openTicketStanding, returning: returning))
        let said = TurnRecord(sessionId: session.id, customerId: message.customer, turn: session.turnCount, role: .customer,
                              channel: message.channel, text: understood.text, intent: understood.match.intent, messageId: message.id, createdAt: now)
        let made = outcome.handoff.map {
            handoffs.make($0, outcome: outcome, session: session, earlier: stored.turns, message: said, loads: stored.queues,
                          number: ids.ticketNumber(), now: now)
        }
        if let made { outcome = made.outcome }
        // The waiting case, moved to another team or withdrawn by the customer.
        let waitingCase = outcome.transfer.flatMap { queue in stored.openTicket.map { Self.moving($0, to: queue, now: now) } }
            ?? (outcome.withdrawn ? stored.openTicket.map { Self.withdrawing($0, now: now) } : nil)
        session.state = Self.encode(outcome.state)
        try await commit(ConversationChange(
            session: session, turns: [said] + outcome.messages.map { said.reply($0) },
            slots: outcome.changedSlots.values.sorted { $0.name < $1.name }, removedSlots: outcome.removedSlots.sorted(),
            tickets: made.map { [$0.ticket] } ?? waitingCase.map { [$0] } ?? [], basis: .init(session: stored.session)), handoff: made)
        if let waitingCase {
            await delegate.handoff(HandoffEvent(status: outcome.withdrawn ? .withdrawn : .transferred, ticket: waitingCase.number,
                                                customer: waitingCase.customerId, queue: waitingCase.queue))
        }
        // Waiting too while the bot does something for the customer meanwhile (an order number asked for).
        let waiting = switch outcome.state.mode {
        case .waitingForHuman: true
        case .fillingSlot, .confirming: stored.openTicket != nil && !outcome.withdrawn && made == nil
        case .idle, .closed: false
        }
        var reply = Reply(
            messages: outcome.messages.map { Reply.Message(sender: .bot, text: $0) }, match: understood.match, handoff: made?.handoff,
            slots: outcome.known.mapValues(\.value), language: understood.language, sessionID: session.id, isWaitingForHuman: waiting)
        reply.outOfScope = understood.outOfScope
        return reply
    }

    /// How many messages of other intents after the topic's run are stepped over (a digression or two).
    static let steppedOverDigressions = 2

    /// The conversation's topic for a follow-up: the session's latest intent and the customer's message that set
    /// it — the first of the latest run of messages understood as it (messages not understood, such as a bare
    /// order number, do not end the run; another intent does, but up to two after the run are stepped over).
    static func topic(of turns: [TurnRecord], session: String, intent: String?) -> (intent: String, text: String)? {
        guard let intent else { return nil }
        var first: TurnRecord?
        var digressions = 0
        for turn in turns.reversed() where turn.sessionId == session && turn.role == .customer {
            guard let said = turn.intent else { continue }
            // A digression the dialogue answered without changing the topic ("wait, are you a bot?" while a reset
            // link waits for a yes) is stepped over; before it, the topic's latest run of messages. Only a short
            // one: a long session is not read back to its start at every turn.
            if said != intent {
                digressions += 1
                if first == nil, digressions <= Self.steppedOverDigressions { continue }
                break
            }
            first = turn
        }
        return first.map { (intent, $0.text) }
    }

    /// Stores the turn, then tells the host's delegate of its handoff (or that it could not be stored).
    private func commit(_ change: ConversationChange, handoff made: HandoffMaker.Made?) async throws {
        do {
            try await store.commit(change)
        } catch {
            // A read out of date stored nothing: the turn is worked out again (``Engine/serialized``).
            if let made, !(error is StoreConflict) {
                logger.error("handoff could not be stored", metadata: ["ticket": "\(made.ticket.number)", "error": "\(error)"])
                await delegate.handoff(HandoffEvent(status: .failed, ticket: made.ticket.number, customer: made.ticket.customerId, queue: made.ticket.queue))
            }
            throw error
        }
        if let made {
            await delegate.handoff(HandoffEvent(status: .requested, ticket: made.ticket.number, customer: made.ticket.customerId,
                                                queue: made.ticket.queue, packet: made.packet))
        }
    }

    /// The reply given the first time a message with this id was processed: a message delivered again is not
    /// processed twice. (Rare: the one path of a turn that reads the store a second time, for the ticket.)
    func earlierReply(_ message: IncomingMessage, delivered turns: [TurnRecord], stored: StoredConversation) async throws -> Reply {
        let first = turns[0]
        let state = stored.session.flatMap { self.state(of: $0) }
        let ticket = try await store.tickets(customer: message.customer)
            .first { $0.sessionId == first.sessionId && $0.createdAt == first.createdAt }
        let handoff = ticket.map {
            Handoff(ticket: $0.number, reason: $0.reason, queue: $0.queue,
                    priority: $0.priority, queueOpen: bot.queues[$0.queue]?.hours.isOpen(at: $0.createdAt) ?? true)
        }
        logger.info("message delivered again; not processed twice", metadata: ["customer": "\(message.customer)", "message": "\(message.id ?? "")"])
        return Reply(
            messages: turns.dropFirst().map { Reply.Message(sender: .bot, text: $0.text) },
            match: first.intent.map { IntentMatch(intent: $0, confidence: 1, source: .examples, language: state?.language) } ?? .notUnderstood,
            handoff: handoff, slots: Dictionary(stored.slots.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }),
            language: state?.language ?? bot.policy.defaultLanguage, sessionID: first.sessionId,
            isWaitingForHuman: stored.openTicket != nil)
    }

    /// Silence after which a message counts as a customer's return (greeted with the case's status).
    static let returnAfter: TimeInterval = 30 * 60

    /// The customer's session as this turn continues it — a new one when there is none, it ended, or it timed
    /// out — its state, and whether the customer comes back (new session, other channel, long silence).
    func resume(_ stored: StoredConversation, message: IncomingMessage, now: Date) -> (SessionRecord, DialogueState, returning: Bool) {
        var (session, state) = resume(stored, customer: message.customer, channel: message.channel, now: now)
        let returning = session.turnCount == 0 || session.channel != message.channel
            || now.timeIntervalSince(session.updatedAt) > Self.returnAfter
        session.turnCount += 1
        session.channel = message.channel
        session.updatedAt = now
        if !state.channels.contains(message.channel) { state.channels.append(message.channel) }
        return (session, state, returning)
    }

    /// A waiting ticket moved to `queue`, its packet saying so.
    /// A waiting ticket the customer withdrew: closed, with a note saying so for the team's records.
    static func withdrawing(_ ticket: TicketRecord, now: Date) -> TicketRecord {
        var closed = ticket
        closed.status = .resolved
        closed.note = "Withdrawn by the customer before an agent took it."
        closed.updatedAt = now
        return closed
    }

    static func moving(_ ticket: TicketRecord, to queue: String, now: Date) -> TicketRecord {
        var moved = ticket
        moved.queue = queue
        moved.updatedAt = now
        if var packet = try? HandoffPacket.decode(ticket.packet) {
            packet.queue = queue
            moved.packet = packet.stored.json()
        }
        return moved
    }

    /// The customer's current session and state, or a new session when there is none, it ended, or it timed out.
    func resume(_ stored: StoredConversation, customer: String, channel: String, now: Date) -> (SessionRecord, DialogueState) {
        let timeout = TimeInterval(bot.policy.sessionTimeoutMinutes * 60)
        if let session = stored.session, let state = state(of: session), state.mode != .closed,
           now.timeIntervalSince(session.updatedAt) < timeout || stored.openTicket != nil
        {
            var state = state
            if case .waitingForHuman = state.mode, stored.openTicket == nil { state.mode = .idle }
            return (session, state)
        }
        var state = DialogueState()
        let previous = stored.session.flatMap { self.state(of: $0) }
        state.language = previous?.language
        state.languageTentative = previous?.languageTentative ?? false
        state.formal = previous?.formal ?? false
        let session = SessionRecord(id: ids.sessionID(), customerId: customer, channel: channel,
                                    state: Self.encode(state), turnCount: 0, createdAt: now, updatedAt: now)
        return (session, state)
    }

    /// The session's state: the value it was written with, else decoded from its JSON (once per record read).
    func state(of session: SessionRecord) -> DialogueState? {
        session.state.value(as: DialogueState.self, decode: DialogueState.decode)
    }

    /// A state to store: its JSON is written only if the store asks for it.
    static func encode(_ state: DialogueState) -> SessionState {
        SessionState(state) { $0.json }
    }
}

extension TurnRecord {
    /// The bot's reply `text` to this customer message.
    func reply(_ text: String) -> TurnRecord {
        TurnRecord(sessionId: sessionId, customerId: customerId, turn: turn, role: .bot, channel: channel, text: text, createdAt: createdAt)
    }
}

import Foundation

extension Engine {
    /// The pipeline of one customer turn: session, normalization, understanding, dialogue, handoff, store.
    func process(_ message: IncomingMessage) async throws -> Reply {
        let now = clock.now()
        let stored = try store.conversation(customer: message.customer)
        var (session, state) = resume(stored, customer: message.customer, channel: message.channel, now: now)
        session.turnCount += 1
        session.channel = message.channel
        session.updatedAt = now
        if !state.channels.contains(message.channel) { state.channels.append(message.channel) }

        let text = message.text.precomposedStringWithCanonicalMapping
        let normalized = TextNormalizer.normalize(text)
        let match = normalized.isEmpty ? .notUnderstood : matcher.match(normalized, logger: logger)
        let language = chooseLanguage(text: text, normalized: normalized, match: match, current: state.language)
        state.language = language

        var dialogue = DialogueTurn(
            bot: bot, actions: actions, logger: logger, customer: message.customer, sessionID: session.id,
            turn: session.turnCount, now: now, language: language, state: state,
            known: Dictionary(stored.slots.map { ($0.name, $0) }, uniquingKeysWith: { $1 }))
        dialogue.extractSlots(text: text, normalized: normalized)

        var handoff: Handoff?
        var newTicket: TicketRecord?
        if let ticket = stored.openTicket {
            // A person holds the case: acknowledge, never pretend to answer.
            dialogue.state.mode = .waitingForHuman(ticket: ticket.number)
            dialogue.say(bot.message(.waitingForHuman, in: language), extra: ticketValues(ticket, language: language))
        } else if normalized.isEmpty {
            dialogue.say(bot.message(.emptyMessage, in: language))
        } else {
            await dialogue.respond(to: normalized, match: match, signals: CustomerSignals.read(raw: text, normalized: normalized))
        }

        var turns = [TurnRecord(sessionId: session.id, customerId: message.customer, turn: session.turnCount, role: .customer,
                                channel: message.channel, text: text, intent: match.intent, createdAt: now)]
        if let decision = dialogue.handoff {
            let made = try handOff(decision, dialogue: &dialogue, session: session, pending: turns, now: now)
            handoff = made.handoff
            newTicket = made.ticket
        }
        turns += dialogue.messages.map {
            TurnRecord(sessionId: session.id, customerId: message.customer, turn: session.turnCount, role: .bot,
                       channel: message.channel, text: $0, createdAt: now)
        }
        session.state = Self.encode(dialogue.state)
        try store.commit(ConversationChange(
            session: session, turns: turns, slots: dialogue.changedSlots.values.sorted { $0.name < $1.name },
            removedSlots: dialogue.removedSlots.sorted(), tickets: newTicket.map { [$0] } ?? []))
        if let newTicket, let packet = try? HandoffPacket.decode(newTicket.packet) {
            await delegate.handoff(HandoffEvent(status: .requested, ticket: newTicket.number, customer: newTicket.customerId, queue: newTicket.queue, packet: packet))
        }
        let waiting = if case .waitingForHuman = dialogue.state.mode { true } else { false }
        return Reply(
            messages: dialogue.messages.map { Reply.Message(sender: .bot, text: $0) }, match: match, handoff: handoff,
            slots: dialogue.slotValues, language: language, sessionID: session.id, isWaitingForHuman: waiting)
    }

    /// The reply language: strong marker evidence, else the matched example's language, else the session's.
    func chooseLanguage(text: String, normalized: String, match: IntentMatch, current: Language?) -> Language {
        let guess = LanguageGuesser.guess(raw: text, normalized: normalized, among: bot.languages)
        if let guess, guess.strength >= LanguageGuesser.strongEvidence { return guess.language }
        if match.source == .examples, let language = match.language { return language }
        return current ?? guess?.language ?? bot.policy.defaultLanguage
    }

    /// The customer's current session and state, or a new session when there is none, it ended, or it timed out.
    func resume(_ stored: StoredConversation, customer: String, channel: String, now: Date) -> (SessionRecord, DialogueState) {
        let timeout = TimeInterval(bot.policy.sessionTimeoutMinutes * 60)
        if let session = stored.session, let state = Self.decode(session.state), state.mode != .closed,
           now.timeIntervalSince(session.updatedAt) < timeout || stored.openTicket != nil
        {
            var state = state
            if case .waitingForHuman = state.mode, stored.openTicket == nil { state.mode = .idle }
            return (session, state)
        }
        var state = DialogueState()
        state.language = stored.session.flatMap { Self.decode($0.state) }?.language
        let session = SessionRecord(id: ids.sessionID(), customerId: customer, channel: channel,
                                    state: Self.encode(state), turnCount: 0, createdAt: now, updatedAt: now)
        return (session, state)
    }

    static func encode(_ state: DialogueState) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(state)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func decode(_ json: String) -> DialogueState? {
        try? JSONDecoder().decode(DialogueState.self, from: Data(json.utf8))
    }
}

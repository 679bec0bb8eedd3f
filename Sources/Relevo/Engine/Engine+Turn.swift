import Foundation

extension Engine {
    /// The pipeline of one customer turn: session, normalization, understanding, dialogue, handoff, store.
    func process(_ message: IncomingMessage) async throws -> Reply {
        if let id = message.id, let earlier = try await redelivered(message, id: id) { return earlier }
        let now = clock.now()
        let stored = try await store.conversation(customer: message.customer)
        var (session, state) = resume(stored, customer: message.customer, channel: message.channel, now: now)
        let returning = session.turnCount == 0 || session.channel != message.channel
            || now.timeIntervalSince(session.updatedAt) > Self.returnAfter
        session.turnCount += 1
        session.channel = message.channel
        session.updatedAt = now
        if !state.channels.contains(message.channel) { state.channels.append(message.channel) }

        let limit = bot.policy.maxMessageLength
        let cleaned = InputSanitizer.clean(message.text)
        // A text has at least as many UTF-8 bytes as characters: most messages skip counting characters.
        let tooLong = cleaned.utf8.count > limit && cleaned.count > limit
        // An oversized message is stored cut at the limit, answered politely, and counts toward nothing.
        let text = tooLong ? String(cleaned.prefix(limit)) + "…" : cleaned
        let normalized = tooLong ? "" : TextNormalizer.normalize(text)
        let match = normalized.isEmpty ? .notUnderstood : matcher.match(normalized, logger: logger)
        let language = chooseLanguage(text: text, normalized: normalized, match: match, current: state.language)
        state.language = language

        logger.debug("turn", metadata: [
            "customer": "\(message.customer)", "channel": "\(message.channel)", "text": "\(Redactor.mask(text))",
            "intent": "\(match.intent ?? "-")", "confidence": "\(match.confidence)",
        ])
        var dialogue = DialogueTurn(
            bot: bot, actions: actions, logger: logger, customer: message.customer, sessionID: session.id,
            turn: session.turnCount, now: now, language: language, state: state,
            known: Dictionary(stored.slots.map { ($0.name, $0) }, uniquingKeysWith: { $1 }))
        dialogue.extractSlots(text: text, normalized: normalized)

        var handoff: Handoff?
        var newTicket: TicketRecord?
        var newPacket: HandoffPacket?
        if let ticket = stored.openTicket {
            try await respondWhileWaiting(&dialogue, ticket: ticket, match: match, returning: returning, now: now)
        } else if tooLong {
            dialogue.say(bot.message(.messageTooLong, in: language), extra: ["limit": String(limit)])
        } else if normalized.isEmpty {
            dialogue.say(bot.message(.emptyMessage, in: language))
        } else if let name = match.intent, bot.intents[name]?.reportsCaseStatus == true {
            dialogue.say(bot.message(.caseStatusNone, in: language))
        } else {
            await dialogue.respond(to: normalized, match: match, signals: CustomerSignals.read(raw: text, normalized: normalized))
        }

        var turns = [TurnRecord(sessionId: session.id, customerId: message.customer, turn: session.turnCount, role: .customer,
                                channel: message.channel, text: text, intent: match.intent, messageId: message.id, createdAt: now)]
        if let decision = dialogue.handoff, stored.openTicket == nil {
            let made = try await handOff(decision, dialogue: &dialogue, session: session, pending: turns, now: now)
            handoff = made.handoff
            newTicket = made.ticket
            newPacket = made.packet
        }
        turns += dialogue.messages.map {
            TurnRecord(sessionId: session.id, customerId: message.customer, turn: session.turnCount, role: .bot,
                       channel: message.channel, text: $0, createdAt: now)
        }
        session.state = Self.encode(dialogue.state)
        let finalState = dialogue.state
        do {
            try await store.commit(ConversationChange(
                session: session, turns: turns, slots: dialogue.changedSlots.values.sorted { $0.name < $1.name },
                removedSlots: dialogue.removedSlots.sorted(), tickets: newTicket.map { [$0] } ?? []))
        } catch {
            if let handoff {
                logger.error("handoff could not be stored", metadata: ["ticket": "\(handoff.ticket)", "error": "\(error)"])
                await delegate.handoff(HandoffEvent(status: .failed, ticket: handoff.ticket, customer: message.customer, queue: handoff.queue))
            }
            throw error
        }
        remember(finalState, json: session.state, session: session.id)
        if let newTicket, let packet = newPacket {
            await delegate.handoff(HandoffEvent(status: .requested, ticket: newTicket.number, customer: newTicket.customerId, queue: newTicket.queue, packet: packet))
        }
        let waiting = if case .waitingForHuman = dialogue.state.mode { true } else { false }
        return Reply(
            messages: dialogue.messages.map { Reply.Message(sender: .bot, text: $0) }, match: match, handoff: handoff,
            slots: dialogue.slotValues, language: language, sessionID: session.id, isWaitingForHuman: waiting)
    }

    /// The reply given the first time a message with this id was processed, or `nil` if it was not.
    func redelivered(_ message: IncomingMessage, id: String) async throws -> Reply? {
        let turns = try await store.turns(customer: message.customer, messageId: id)
        guard let first = turns.first else { return nil }
        let stored = try await store.conversation(customer: message.customer)
        let state = stored.session.flatMap { self.state(of: $0) }
        let ticket = try await store.tickets(customer: message.customer)
            .first { $0.sessionId == first.sessionId && $0.createdAt == first.createdAt }
        let handoff = ticket.map {
            Handoff(ticket: $0.number, reason: HandoffReason(rawValue: $0.reason) ?? .userRequest, queue: $0.queue,
                    priority: $0.priority, queueOpen: bot.queues[$0.queue]?.hours.isOpen(at: $0.createdAt) ?? true)
        }
        logger.info("message delivered again; not processed twice", metadata: ["customer": "\(message.customer)", "message": "\(id)"])
        return Reply(
            messages: turns.dropFirst().map { Reply.Message(sender: .bot, text: $0.text) },
            match: first.intent.map { IntentMatch(intent: $0, confidence: 1, source: .examples, language: state?.language) } ?? .notUnderstood,
            handoff: handoff, slots: Dictionary(stored.slots.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }),
            language: state?.language ?? bot.policy.defaultLanguage, sessionID: first.sessionId,
            isWaitingForHuman: stored.openTicket != nil)
    }

    /// Silence after which a message counts as a customer's return (greeted with the case's status).
    static let returnAfter: TimeInterval = 30 * 60

    /// While a person holds the case the bot only acknowledges — with the case's status when asked or when the
    /// customer returns — and takes the callback contact once. New details are stored as the customer's slots,
    /// which ``Engine/packet(ticket:redact:)`` adds to the packet agents see.
    func respondWhileWaiting(_ dialogue: inout DialogueTurn, ticket: TicketRecord, match: IntentMatch, returning: Bool, now: Date) async throws {
        let language = dialogue.language
        dialogue.state.mode = .waitingForHuman(ticket: ticket.number)
        if dialogue.state.awaitingCallback {
            dialogue.state.awaitingCallback = false
            if let contact = ["phone", "email"].compactMap({ dialogue.changedSlots[$0]?.value }).first {
                dialogue.say(bot.message(.callbackSaved, in: language), extra: ["contact": contact])
            }
        }
        if let name = match.intent, bot.intents[name]?.reportsCaseStatus == true {
            dialogue.say(try await caseStatus(ticket, now: now, language: language))
        } else if returning {
            dialogue.say(bot.message(.welcomeBack, in: language), extra: ["status": try await caseStatus(ticket, now: now, language: language)])
        } else if dialogue.messages.isEmpty {
            dialogue.say(bot.message(.waitingForHuman, in: language), extra: ticketValues(ticket, language: language))
        }
    }

    /// The reply language: the session's unless the message clearly is in another (the matched example's language
    /// counts only when the message's own evidence agrees); a new session's from the message's evidence, else the
    /// default language.
    func chooseLanguage(text: String, normalized: String, match: IntentMatch, current: Language?) -> Language {
        LanguageGuesser.replyLanguage(text: text, match: match, current: current, languages: bot.languages,
                                      defaultLanguage: bot.policy.defaultLanguage)
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
        state.language = stored.session.flatMap { self.state(of: $0) }?.language
        let session = SessionRecord(id: ids.sessionID(), customerId: customer, channel: channel,
                                    state: Self.encode(state), turnCount: 0, createdAt: now, updatedAt: now)
        return (session, state)
    }

    /// The session's state, from the cache when the stored JSON is the one cached.
    func state(of session: SessionRecord) -> DialogueState? {
        if let cached = states.withLock({ $0[session.id] }), cached.json == session.state { return cached.state }
        guard let state = Self.decode(session.state) else { return nil }
        remember(state, json: session.state, session: session.id)
        return state
    }

    func remember(_ state: DialogueState, json: String, session: String) {
        states.withLock { cache in
            if cache.count >= Self.stateCacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[session] = (json, state)
        }
    }

    static func encode(_ state: DialogueState) -> String {
        state.json
    }

    static func decode(_ json: String) -> DialogueState? {
        try? JSONDecoder().decode(DialogueState.self, from: Data(json.utf8))
    }
}

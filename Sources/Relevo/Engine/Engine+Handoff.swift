import Foundation

extension Engine {
    /// Creates the ticket and packet for a handoff decision and tells the customer, honestly, what happens next.
    func handOff(_ decision: DialogueTurn.HandoffDecision, dialogue: inout DialogueTurn, session: SessionRecord, pending: [TurnRecord], now: Date) async throws -> (handoff: Handoff, ticket: TicketRecord, packet: HandoffPacket) {
        let language = dialogue.language
        let queue = bot.queue(for: decision.intent)!
        let status = router.status(of: queue, at: now, language: language)
        let number = ids.ticketNumber()
        // A ticket taken while the queue is closed goes first when it opens.
        let priority = max(decision.intent.flatMap { bot.intents[$0]?.priority } ?? .normal, decision.priority,
                           status.isOpen ? .normal : .high)

        let opening: MessageKey = switch decision.reason {
        case .userRequest: .handoffUserRequest
        case .repeatedMisunderstanding: .handoffRepeatedMisunderstanding
        case .slotLoop, .backendError: .handoffSlotLoop
        case .humanOnlyIntent: .handoffHumanOnly
        case .frustration: .handoffFrustration
        case .answerNotHelpful: .handoffAnswerNotHelpful
        }
        var values = ["ticket": number, "queue": router.displayName(of: queue, language: language), "timezone": queue.hours.timeZone.identifier]
        if let opens = status.opens { values["opens"] = opens }
        // The session's messages for the packet, and the queue's standing when it is open, in one read.
        let reads = try await store.handoffReads(session: session.id, standingIn: status.isOpen ? queue.name : nil, priority: priority)
        if let standing = reads.standing {
            let place = Self.place(standing, in: queue)
            values["position"] = String(place.position)
            values["wait"] = String(place.waitMinutes)
        }
        if let special = decision.intent.flatMap({ bot.intents[$0]?.handoffMessage }), decision.reason == .humanOnlyIntent {
            dialogue.say(special, extra: values)
        } else {
            dialogue.say(bot.message(opening, in: language), extra: values)
        }
        dialogue.say(bot.message(status.isOpen ? .handoffQueueOpen : .handoffQueueClosed, in: language), extra: values)
        if !status.isOpen {
            if let contact = ["phone", "email"].compactMap({ dialogue.known[$0]?.value }).first {
                dialogue.say(bot.message(.callbackSaved, in: language), extra: ["contact": contact])
            } else {
                dialogue.say(bot.message(.callbackRequest, in: language))
                dialogue.state.awaitingCallback = true
            }
        }
        dialogue.state.mode = .waitingForHuman(ticket: number)

        let earlier = reads.turns
        let replies = dialogue.messages.map {
            TurnRecord(sessionId: session.id, customerId: session.customerId, turn: session.turnCount, role: .bot,
                       channel: session.channel, text: $0, createdAt: now)
        }
        // Agents see contacts and order numbers, never card numbers or IBANs.
        let transcript = (earlier + pending + replies).map {
            HandoffPacket.Message(role: $0.role, text: Redactor.mask($0.text, kinds: Self.agentRedaction), channel: $0.channel, turn: $0.turn, at: $0.createdAt)
        }
        let slots = dialogue.known.values.sorted { $0.name < $1.name }
            .map { HandoffPacket.Slot(name: $0.name, value: $0.value, turn: $0.sessionId == session.id ? $0.turn : 0) }
        let packet = HandoffPacket(
            version: HandoffPacket.currentVersion, ticket: number, customer: session.customerId, channel: session.channel,
            channels: dialogue.state.channels, reason: decision.reason, intent: decision.intent, queue: queue.name,
            priority: priority, language: language, identityVerified: dialogue.state.identityVerified,
            frustrationLevel: dialogue.state.frustrationLevel, slots: slots,
            summary: summary(decision, queue: queue.name, slots: slots, transcript: transcript, state: dialogue.state, language: language),
            transcript: transcript, createdAt: now)
        let ticket = TicketRecord(
            number: number, customerId: session.customerId, sessionId: session.id, reason: decision.reason.rawValue,
            queue: queue.name, intent: decision.intent, priority: priority, status: .open, packet: packet.json(),
            createdAt: now, updatedAt: now)
        logger.info("handoff", metadata: ["ticket": "\(number)", "reason": "\(decision.reason.rawValue)", "queue": "\(queue.name)"])
        return (Handoff(ticket: number, reason: decision.reason, queue: queue.name, priority: priority, queueOpen: status.isOpen), ticket, packet)
    }

    /// Where a ticket of `priority` stands in `queue`'s waiting line, and the estimated wait from the queue's
    /// agents on shift, average handling time and the cases agents already hold.
    func place(in queue: QueueDefinition, priority: Priority, excluding ticket: TicketRecord?) async throws -> (position: Int, waitMinutes: Int) {
        Self.place(try await store.queueStanding(queue: queue.name, priority: priority, createdAt: ticket?.createdAt, excluding: ticket?.number), in: queue)
    }

    /// A place in line and its estimated wait, from the queue's standing.
    static func place(_ standing: QueueStanding, in queue: QueueDefinition) -> (position: Int, waitMinutes: Int) {
        let position = standing.ahead + 1
        let waves = Double(position - 1 + standing.held) / Double(max(queue.agentsOnShift, 1))
        return (position, max(1, Int((waves * Double(queue.averageHandlingMinutes)).rounded(.up))))
    }

    /// The status of an open ticket, in words: who holds it, or its place in line, or when its queue opens.
    func caseStatus(_ ticket: TicketRecord, now: Date, language: Language) async throws -> String {
        var values = ticketValues(ticket, language: language)
        guard let queue = bot.queues[ticket.queue] else {
            return ResponseRenderer.render(bot.message(.waitingForHuman, in: language), values)
        }
        let key: MessageKey
        if ticket.status == .claimed {
            key = .caseStatusClaimed
        } else if queue.hours.isOpen(at: now) {
            let place = try await self.place(in: queue, priority: ticket.priority, excluding: ticket)
            values["position"] = String(place.position)
            values["wait"] = String(place.waitMinutes)
            key = .caseStatusOpen
        } else {
            let status = router.status(of: queue, at: now, language: language)
            values["opens"] = status.opens ?? ""
            values["timezone"] = queue.hours.timeZone.identifier
            key = .caseStatusClosed
        }
        return ResponseRenderer.render(bot.message(key, in: language), values)
    }

    /// What agents never see in a packet: the rest (order numbers, callback numbers, emails) they need.
    static let agentRedaction: Set<Redactor.Kind> = [.card, .iban]

    /// A few lines for the agent: why, what the customer wants, what is already known.
    func summary(_ decision: DialogueTurn.HandoffDecision, queue: String, slots: [HandoffPacket.Slot], transcript: [HandoffPacket.Message], state: DialogueState, language: Language) -> String {
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
        let customerMessages = transcript.filter { $0.role == .customer }.count
        let last = transcript.last { $0.role == .customer }.map { " Last message: \"\(Redactor.mask($0.text, kinds: Self.agentRedaction))\"." } ?? ""
        return "\(why) \(wants) \(known) \(customerMessages) customer message(s) on \(state.channels.joined(separator: ", ")) in \(language); queue \(queue).\(last)"
    }

    /// Template values describing a ticket: number and queue name.
    func ticketValues(_ ticket: TicketRecord, language: Language) -> [String: String] {
        let queueName = bot.queues[ticket.queue].map { router.displayName(of: $0, language: language) } ?? ticket.queue
        return ["ticket": ticket.number, "queue": queueName, "agent": ticket.agent ?? ""]
    }
}

import Foundation

extension DialogueTurn {
    /// What the bot does itself while a person is awaited (see ``servesWhileWaiting(_:ticket:)``).
    package enum Serving: Equatable {
        /// Goes on with what it began while waiting: the answer to its question.
        case goOn
        /// Starts the intent's flow.
        case start(String)
    }

    /// Whether a message sent while a person is awaited asks for something the bot does itself — an order's
    /// status, a reset link ("while I wait, can you check order 5510?", "¿me reenvías el enlace?") — or goes on
    /// with such a thing begun while waiting (the order number asked for, the link to confirm). Not when the
    /// customer asks for a person, withdraws, is upset, or only tells the case's own matter again ("it's down
    /// again" while technicians have the case: no new value, no new lookup); not once an agent holds the case.
    func servesWhileWaiting(_ understood: Understood, ticket: TicketRecord) -> Serving? {
        let signals = understood.signals
        guard ticket.status == .open, understood.personRequest == nil, !signals.withdraws, !signals.letsGo, signals.frustration == 0,
              !understood.tooLong, !understood.normalized.isEmpty
        else { return nil }
        switch state.mode {
        case .fillingSlot, .confirming: return .goOn
        case .idle, .closed, .waitingForHuman: break
        }
        // "La comanda 7389 on està? I la podria tornar?": of two questions, the one the bot does itself.
        let match = understood.match.intent.flatMap { bot.intents[$0] }?.action == nil
            ? understood.alsoAsks.flatMap { other in other.intent.flatMap { bot.intents[$0] }?.action == nil ? nil : other } ?? understood.match
            : understood.match
        // "What about 4471?" follows up the latest intent, else the one intent that does something with what the
        // message gives (an order number), phone numbers and addresses aside.
        func onlyIntentGiven() -> String? {
            let given = bot.intents.values.filter { intent in
                intent.action != nil && intent.slots.contains { understood.entities[$0] != nil && !CallbackPromise.contactSlots.contains($0) }
            }
            return given.count == 1 ? given[0].name : nil
        }
        let followed = match.intent == nil && !understood.entities.isEmpty ? followedUp(understood) ?? onlyIntentGiven() : nil
        guard let name = match.intent ?? followed, let intent = bot.intents[name], intent.action != nil,
              !intent.requestsHuman, !intent.reportsCaseStatus, !intent.isHumanOnly(for: understood.normalized)
        else { return nil }
        // Surely asked: read by a pattern, clearly by the examples, or as a follow-up with a new value ("and
        // 5510?") — a phone number or an address is how to reach the customer ("call my mobile 655 231 908").
        let newValue = intent.slots.contains { understood.entities[$0] != nil && !CallbackPromise.contactSlots.contains($0) }
        let sure = followed != nil || match.source == .context ? newValue
            : match.source == .pattern || match.confidence >= Self.waitingAnswerConfidence
        // A value turned down before (and so in the case) is the person's to check: not asked for again.
        guard sure, ticket.intent != name || newValue,
              intent.slots.allSatisfy({ known[$0] != nil || state.rejectedValues[$0] == nil })
        else { return nil }
        return .start(name)
    }

    /// Does what ``servesWhileWaiting(_:ticket:)`` found asked, as it would without a case, then says where the
    /// case stands. What the flow would hand to a person (a value turned down twice, a backend error) is in the
    /// case already: the customer hears so, and the case keeps its team and place. A flow that asks something
    /// (the order number, "shall I send the link?") waits for the answer first.
    package mutating func serveWhileWaiting(_ serving: Serving, ticket: TicketRecord, understood: Understood, standing: QueueStanding?) async {
        servingWhileWaiting = true
        switch serving {
        case .goOn: await respond(to: understood)
        case .start(let name): await handle(intent: name)
        }
        // A person already has the case: no other handoff, and no offer of one.
        state.offeredPerson = nil
        if handoff != nil {
            handoff = nil
            state.mode = .waitingForHuman(ticket: ticket.number)
            var values = ticketValues(ticket)
            values["status"] = caseStatus(ticket, standing: standing)
            return say(bot.message(.waitingForHuman, in: language, formal: formal), extra: values)
        }
        switch state.mode {
        case .fillingSlot, .confirming:
            return
        case .idle, .closed, .waitingForHuman:
            state.mode = .waitingForHuman(ticket: ticket.number)
            say(caseStatus(ticket, standing: standing))
        }
    }
}

import Foundation

extension DialogueTurn {
    /// While a person holds the case the bot acknowledges — with the case's status when asked or when the
    /// customer returns — answers what its definitions answer in writing ("how long do deliveries take?"), and
    /// takes the callback contact once. New details are stored as the customer's slots,
    /// which the packet agents see carries. The acknowledgement may carry `{status}` (who holds the case, or its
    /// place and wait, or when its team opens), so that a question such as "when do you open?" while the case
    /// waits is answered truly whatever words it uses.
    ///
    /// A request for another team while the case waits for one ("millor passeu-me amb facturació") moves the case
    /// there when the bot says so (`case_transferred`); a case an agent already holds stays with them, who read
    /// the request. An upset customer hears an apology first (`waiting_sorry`), then where the case stands. A
    /// customer who no longer needs a person ("it works now, you can cancel the ticket") closes a case no agent
    /// has taken yet, when the bot says so (`case_withdrawn`), and the bot resumes.
    package mutating func respondWhileWaiting(_ ticket: TicketRecord, understood: Understood, standing: QueueStanding?, returning: Bool) {
        let match = understood.match, request = understood.personRequest, signals = understood.signals
        let upset = signals.frustration > 0
        let acknowledgedBefore = state.acknowledgedWaiting
        // "Hello?" while waiting asks where the case stands: no written answer, and the full acknowledgement.
        let greets = Understander.isGreeting(understood.words.joined(separator: " "))
        state.acknowledgedWaiting = false
        if signals.withdraws, request == nil, !upset, ticket.status == .open, let withdrawn = bot.messages[.caseWithdrawn] {
            self.withdrawn = true
            state.mode = .idle
            state.caseEnded()
            state.withdrawnQueue = ticket.queue
            return say(withdrawn, extra: ticketValues(ticket))
        }
        state.mode = .waitingForHuman(ticket: ticket.number)
        // A contact given is taken: for the callback asked for when the team was closed (until one is given), or,
        // given with a request to be called, noted in the case.
        let contact = CallbackPromise.contact(in: changedSlots)
        // "How long do deliveries take?", surely understood, has its written answer below — as has a question that
        // one of the intent's own answers is for ("¿y cuánto tarda un reembolso?"), understood at all.
        let answer: LocalizedText? = if request == nil, let name = match.intent, !greets,
            bot.intents[name]?.responseVariant(for: understood.normalized) != nil
                || match.source != .context && (match.source == .pattern || match.confidence >= Self.waitingAnswerConfidence)
        { writtenAnswer(name, normalized: understood.normalized, waiting: true) } else { nil }
        let asksWhereCaseStands = understood.asksQuestion && !upset && contact == nil && !(request?.asksForCall ?? false)
            && answer == nil && understood.words.contains(where: Self.statusQuestionWords.contains)
        // A question about where the case stands ("¿quién lleva mi caso? ¿cuánta gente hay delante?") moves nothing.
        let asksAboutTheCase = asksWhereCaseStands && understood.words.contains(where: Self.caseWords.contains)
        // A team only mentioned beside the request ("I didn't ask about invoices. Is there a manager I can speak to?")
        // is no request for that team: the case stays where it is.
        if !asksAboutTheCase, let request, !request.queueOnlyMentioned, let queue = request.queue, queue != ticket.queue,
           bot.queues[queue] != nil, ticket.status == .open,
           bot.messages[.caseTransferred] != nil
        {
            transfer = queue
            var moved = ticket
            moved.queue = queue
            return say(bot.message(.caseTransferred, in: language, formal: formal), extra: ticketValues(moved))
        }
        // "Call me tomorrow after 5 on 612 345 789", "around 10 not 9 pls": the time confirmed, truly to the hours.
        if promiseCallback(ticket, contact: contact) { return }
        // "¿Me van a llamar o me escriben por aquí?" while the team is open: the person replies here; a number left
        // is noted for a call (as after `callback_request_open`).
        // "Could someone just phone me", a request to be called, is answered so too.
        let asksToBeCalled = request.map { $0.asksForCall && $0.queue == nil }
            ?? (understood.asksQuestion && understood.words.contains(where: Self.beingCalledWords.contains))
        if asksToBeCalled, contact == nil, ticket.status == .open, bot.queues[ticket.queue]?.hours.isOpen(at: now) == true, let channel = bot.messages[.waitingChannel]
        {
            state.callAsked = CallbackPromise.contact(in: known) == nil
            state.acknowledgedWaiting = true
            return say(channel, extra: ticketValues(ticket))
        }
        if contact == nil, answerLeavingTheChat(ticket, understood: understood) { return }
        if let contact {
            if state.awaitingCallback {
                state.awaitingCallback = false
                confirmCall(to: contact, ticket: ticket)
            } else if request != nil || state.callAsked, let noted = bot.messages[.contactNoted] {
                state.callAsked = false
                // "Can you phone me instead? 963 221 457": a way to reach the customer, where "my line number is
                // 011 4567 8910 in case you need it" is a detail of the case.
                say(noted, extra: ["contact": contact])
                return say(caseStatus(ticket, standing: standing))
            } else if let queue = bot.queues[ticket.queue], !queue.hours.isOpen(at: now), ticket.status == .open,
                      CallbackPromise.contact(in: known) == contact
            {
                // "Wait, that's the landline. Call my mobile 655 231 908 instead": while the team is closed, the
                // number or address it will use when it opens is the one just given, and the customer hears so.
                return confirmCall(to: contact, ticket: ticket)
            }
        }
        // "How long until someone talks to me?", "¿quién lleva mi caso?", "quantes persones tinc davant?": a
        // question about the case, answered by where it stands (not as a request nobody can take before opening).
        if asksWhereCaseStands {
            state.acknowledgedWaiting = true
            return say(caseStatus(ticket, standing: standing))
        }
        // "I want a manager right now" while the team is closed: nobody can take the case before it opens (a call
        // asked for with a contact given is taken above).
        if let request, contact == nil, request.queue == nil || request.queue == ticket.queue, ticket.status == .open,
           let queue = bot.queues[ticket.queue], !queue.hours.isOpen(at: now), let closed = bot.messages[.waitingClosed]
        {
            // "Can you call me back instead?" is no transfer: the team calls when it opens, at the contact known or
            // at one asked for.
            if request.asksForCall {
                if let known = CallbackPromise.contact(in: self.known) {
                    confirmCall(to: known, ticket: ticket)
                } else {
                    state.awaitingCallback = true
                    return say(bot.message(.callbackRequest, in: language, formal: formal))
                }
            } else {
                say(closed, extra: ticketValues(ticket))
            }
            return say(caseStatus(ticket, standing: standing))
        }
        if noteAskedForSomeoneSenior(ticket, understood: understood, standing: standing) { return }
        var apologised = false
        if upset, let sorry = bot.messages[.waitingSorry] {
            say(sorry)
            apologised = true
        }
        // "Ok thanks, I'll wait", "gràcies, bon dia": the courtesy returned, not added to the case as news (nor "bon
        // dia" greeted); a goodbye alone is the goodbye's to answer, when understood.
        let closes = signals.closes && request == nil && !upset && contact == nil
        if closes, understood.words.contains(where: CustomerSignals.thanksWords.contains) { return thank(ticket, standing: standing, words: understood.words) }
        if let name = match.intent, bot.intents[name]?.reportsCaseStatus == true {
            say(caseStatus(ticket, standing: standing))
        } else if let answer, let name = match.intent {
            // "How long do deliveries take?" while a person is awaited: the answer, then where the case stands. Only
            // when surely understood on its own: "how long will it take?" is about the case, not about deliveries,
            // even after a question about them; "hello?" asks where the case stands.
            state.lastIntent = name
            say(answer)
            if returning {
                say(bot.message(.welcomeBack, in: language, formal: formal), extra: ["status": caseStatus(ticket, standing: standing)])
            } else {
                say(caseStatus(ticket, standing: standing))
            }
        } else if returning {
            say(bot.message(.welcomeBack, in: language, formal: formal), extra: ["status": caseStatus(ticket, standing: standing)])
        } else if messages.count == (apologised ? 1 : 0) {
            if closes { return thank(ticket, standing: standing, words: understood.words) }
            if !apologised, contact == nil, answerOutOfScopeWhileWaiting(understood, ticket: ticket) { return }
            var values = ticketValues(ticket)
            // "Is there an outage in my area?", "what's my bill total?": a question about the customer's matter that
            // the bot has no written answer for is said to be one, and to be in the case for the team ("what are
            // billing's hours?", read unsurely, is not: the bot can answer it). A question about the case
            // itself — "hello? anyone?", "how long will it take?", "did you note that?" — is answered by where the
            // case stands.
            // A question not understood at all is one too ("will it be cancelled before it ships tomorrow??").
            if request == nil, !upset, match.intent.map({ writtenAnswer($0, normalized: understood.normalized, waiting: true) == nil }) ?? true,
               understood.asksQuestion,
               !understood.words.contains(where: Self.caseQuestionWords.contains),
               !(understood.words.first.map { Understander.isGreeting($0) } ?? false),
               let question = bot.messages[.waitingQuestion]
            {
                state.acknowledgedWaiting = true
                return say(question, extra: values)
            }
            state.acknowledgedWaiting = true
            // Said once, where the case stands is not said again at every message ("added that as well") — but to
            // "hello?", to an upset customer or to a request for a person, it is.
            let asksWhere = request != nil || upset || greets
            if acknowledgedBefore, !asksWhere, let noted = bot.messages[.waitingNoted] { return say(noted, extra: values) }
            values["status"] = caseStatus(ticket, standing: standing)
            say(bot.message(.waitingForHuman, in: language, formal: formal), extra: values)
        }
    }

    /// The answer to a message that only thanks or says goodbye while the case waits (`waiting_goodbye` when it says
    /// goodbye, else `waiting_thanks`), else what any other message gets.
    private mutating func thank(_ ticket: TicketRecord, standing: QueueStanding?, words: [String]) {
        var values = ticketValues(ticket)
        values["status"] = caseStatus(ticket, standing: standing)
        let goodbye = words.contains(where: CustomerSignals.farewellWords.contains) ? bot.messages[.waitingGoodbye] : nil
        guard let thanks = goodbye ?? bot.messages[.waitingThanks] else {
            return say(bot.message(.waitingForHuman, in: language, formal: formal), extra: values)
        }
        say(thanks, extra: values)
    }

    /// The intent's own written answer, when it needs nothing from the customer or a backend: no slot, no
    /// confirmation, no action, no person — what can be said while something else is pending (a person awaited, a
    /// question to confirm). Not an answer that offers a person if it does not solve things
    /// (``Intent/offersHandoff``) — the offer is no answer then — but, while a person is `waiting`, the intent's
    /// words for that time (``Intent/waitingResponse``), if it has them. A goodbye is said; the case stays with its
    /// team.
    func writtenAnswer(_ name: String, normalized: String, waiting: Bool = false) -> LocalizedText? {
        guard let intent = bot.intents[name], intent.slots.isEmpty, intent.confirmation == nil, intent.action == nil,
              !intent.isHumanOnly(for: normalized), !intent.requestsHuman, !intent.reportsCaseStatus
        else { return nil }
        // A variant for what was asked ("how long does a refund take?") answers it, waiting or not.
        if let variant = intent.responseVariant(for: normalized) { return variant }
        guard intent.offersHandoff else { return intent.response }
        return waiting ? intent.waitingResponse : nil
    }

    /// Words of a question about the case rather than the matter: having noted something ("did you note that?",
    /// "heu apuntat també la de l'octubre?"), when and how long ("how long will it take?", "i quan hi podré parlar?").
    static let caseQuestionWords = Set<String>([
        "note", "noted", "notes", "write", "wrote", "written", "record", "recorded", "added", "add", "got", "apuntado",
        "apuntaste", "apuntat", "apuntar", "anotado", "anotaste", "anotat", "anotar", "anotas", "apuntas", "apuntes",
        "anadido", "anadiste", "afegit", "afegir", "guardado", "guardat", "entes", "entendido", "understood", "understand",
        "when", "long", "soon", "cuando", "tardan", "tardara", "tardaran", "quan", "triga", "trigara", "trigaran", "aviat",
        "anyone", "anybody", "someone", "alguien", "algu", "nadie", "ningu", "nobody",
    ]).union(statusQuestionWords)

    /// Words of being called ("will they call me?", "¿me llamarán?", "em trucaran?"): not `CustomerSignals.callWords`,
    /// which name a call or a visit the case promised, as a customer calls it off.
    static let beingCalledWords: Set<String> = [
        "call", "calling", "ring", "phone", "llamar", "llaman", "llamaran", "llamara", "llamarme", "llamen", "llamada", "llamado",
        "trucar", "trucaran", "trucara", "trucarme", "truquen", "truquin", "trucareu", "trucada",
    ]

    /// Words naming the case itself.
    static let caseWords: Set<String> = ["case", "ticket", "caso", "cas"]

    /// Words of a question about where the case stands: the case, the wait, the line, who handles it ("how long
    /// until someone talks to me?", "¿quién lleva mi caso?", "quantes persones tinc davant a la cua?").
    static let statusQuestionWords: Set<String> = [
        "case", "ticket", "caso", "cas", "long", "ahead", "queue", "handling", "wait", "davant", "delante", "cola", "cua",
        "lleva", "porta", "esperar", "espera", "desperar", "lespera", "tardaran", "tardara", "trigaran", "trigara",
        // "¿Cuánto falta para que me atiendan?", "quan m'atendreu?", "when will someone answer me?"
        "falta", "faltan", "atiendan", "atender", "atenderme", "atenderan", "atenguin", "atendre", "atendreu", "atendran",
        "answer", "reply", "contesten", "contestaran", "contestin", "contestareu",
        // "¿Cuánto queda?", "quant queda?"
        "queda", "quedan", "queden",
        // "Any news?", "¿alguna novedad?", "hi ha novetats?", "any update?"
        "news", "update", "updates", "progress", "novedad", "novedades", "noticias", "novetat", "novetats", "noticies",
    ]

    /// How sure the bot must be of a question asked while a person is awaited to answer it: "how long will it
    /// take?" (delivery times at 0.66) and "how long does it stay locked, like 24h?" (0.77) are about the case.
    static let waitingAnswerConfidence = 0.85

    /// A question about a case when the customer has none open here. The bot sees only its own cases (one opened
    /// by phone is not among them), so the message offers a person; asked again, a person takes over rather than
    /// the bot saying the same again.
    package mutating func caseStatusNone(_ name: String) {
        if state.offeredPerson == name {
            state.offeredPerson = nil
            state.lastIntent = name
            return handOff(.answerNotHelpful, intent: name)
        }
        say(bot.message(.caseStatusNone, in: language, formal: formal))
        state.offeredPerson = name
        state.offeredPersonOutright = true
    }

    /// The status of an open ticket, in words: who holds it, or its place in line, or when its queue opens.
    func caseStatus(_ ticket: TicketRecord, standing: QueueStanding?) -> String {
        var values = ticketValues(ticket)
        guard let queue = bot.queues[ticket.queue] else {
            values["status"] = ""
            return ResponseRenderer.render(bot.message(.waitingForHuman, in: language, formal: formal), values)
        }
        let key: MessageKey
        // The place in line, now or for when the queue opens.
        let place = queue.place(standing ?? QueueStanding(held: 0, ahead: 0))
        if ticket.status == .claimed {
            key = .caseStatusClaimed
        } else if queue.hours.isOpen(at: now) {
            values["position"] = String(place.position)
            values["wait"] = String(place.waitMinutes)
            // Waited longer than the estimate, with the team open all along: the estimate again would read as if
            // no time had passed.
            let waited = Int(now.timeIntervalSince(ticket.createdAt) / 60)
            if bot.messages[.caseStatusOverdue] != nil, waited > place.waitMinutes, queue.hours.isOpenThroughout(from: ticket.createdAt, to: now) {
                values["waited"] = String(waited)
                key = .caseStatusOverdue
            } else {
                key = .caseStatusOpen
            }
        } else if let time = state.callbackTime, let contact = CallbackPromise.contact(in: known),
                  let template = bot.messages[.caseStatusCallback],
                  case let call = CallbackPromise(bot: bot).call(to: contact, at: time, queue: queue, now: now, language: language), call.fits
        {
            // A call agreed for 19:00: "opens at 08:00, number 1 in line" would read as a call at 08:00.
            return ResponseRenderer.render(template.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), values.merging(call.values) { _, new in new })
        } else {
            let status = QueueRouter(bot: bot).status(of: queue, at: now, language: language)
            values["position"] = String(place.position)
            values["opens"] = status.opens ?? ""
            values["timezone"] = queue.hours.timeZone.placeName
            key = .caseStatusClosed
        }
        return ResponseRenderer.render(bot.message(key, in: language, formal: formal), values)
    }

    package func ticketValues(_ ticket: TicketRecord) -> [String: String] {
        QueueRouter(bot: bot).ticketValues(ticket, language: language)
    }
}

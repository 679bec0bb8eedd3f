import Foundation

extension DialogueTurn {
    /// Keeps the time the customer would like to be called at: said with a request to be called ("call me tomorrow
    /// at 10"), or, while a case waits, with the contact to call ("612 345 789, after 5pm please"), when the bot asked
    /// for a callback contact, or correcting a time already kept ("around 10 not 9 pls", read as no question of its
    /// own). "I tried to call you at 3pm", "my router died at 9pm" keep nothing. Out of a case a time lasts one turn:
    /// the handoff it asks for reads it.
    package mutating func noteCallbackTime(_ understood: Understood, waiting: Bool) {
        if !waiting { state.callbackTime = nil }
        if let zone = understood.customerZone { state.customerZone = zone }
        guard var time = understood.callbackTime else { return }
        // "Estoy en México" before, "llámenme a las 9 (de acá)" now: the customer's clock.
        if time.zone == nil { time.zone = state.customerZone }
        let asksForCall = understood.personRequest != nil && time.mentionsCall
        let contactGiven = CallbackPromise.contact(in: changedSlots) != nil
        let corrects = state.callbackTime != nil && !understood.match.isUnderstood && !understood.outOfScope
        // "A las 9 por favor" once the call's contact is known: an hour nearly alone, read as no question, is the
        // call's; "I tried to call you at 3pm and nobody answered" is a story.
        let forTheCall = time.kind != .day && understood.words.count <= 7 && !understood.match.isUnderstood
            && CallbackPromise.contact(in: known) != nil
        guard asksForCall || waiting && (contactGiven || state.awaitingCallback || corrects || forTheCall) else { return }
        // "Saturday?? the present is FOR saturday": a day alone, with no call, no contact and no time to correct, is
        // the customer's news.
        if time.kind == .day, !time.mentionsCall, !contactGiven, !corrects { return }
        state.callbackTime = waiting ? state.callbackTime.map(time.filling(from:)) ?? time : time
        callbackTimeGiven = true
    }

    /// A call to `contact` confirmed: at the time the customer asked for, if any, truly to the team's hours, else
    /// when the team opens (`callback_saved`). "Who will call me?" after "from 20:30" keeps 20:30.
    mutating func confirmCall(to contact: String, ticket: TicketRecord) {
        if let time = state.callbackTime, let queue = bot.queues[ticket.queue],
           let promise = CallbackPromise(bot: bot).message(to: contact, at: time, queue: queue, now: now, language: language, formal: formal)
        {
            say(promise)
        } else {
            say(bot.message(.callbackSaved, in: language, formal: formal), extra: ["contact": contact])
        }
    }

    /// While a person is awaited, a call asked for at a time: confirmed to the contact given now or known, truly to
    /// the team's hours (``CallbackPromise``). Without a contact, one is asked for when the team is closed (an open
    /// team's agent reads the message in the case). Whether the turn was answered so.
    mutating func promiseCallback(_ ticket: TicketRecord, contact: String?) -> Bool {
        guard callbackTimeGiven, let time = state.callbackTime, let queue = bot.queues[ticket.queue] else { return false }
        guard let contact = contact ?? CallbackPromise.contact(in: known) else {
            guard !queue.hours.isOpen(at: now), bot.messages[.callbackTimeSaved] != nil else { return false }
            state.awaitingCallback = true
            say(bot.message(.callbackRequest, in: language, formal: formal))
            return true
        }
        guard let promise = CallbackPromise(bot: bot).message(to: contact, at: time, queue: queue, now: now, language: language, formal: formal) else {
            return false
        }
        state.awaitingCallback = false
        say(promise)
        return true
    }
}

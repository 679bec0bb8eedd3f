import RelevoDefinitions

extension DialogueTurn {
    /// Answers a message that follows an offer of a person, when it takes the offer: the previous answer offered a
    /// person if it did not solve things (`offered`, ``Intent/offersHandoff``), or the bot offered one outright
    /// ("if you prefer, I can pass you to a person"). Returns whether it handed off.
    ///
    /// - An answer that offered a person keeps its word: a message that says no, not, still or already ("did that
    ///   twice already, still cutting out", "my internet still doesn't work"), understood as the same question or
    ///   not understood, is the customer telling it did not work. A message read as another intent, but not
    ///   surely, may still be about the answer ("no m'ha arribat res, ni a la brossa" after a reset link reads like
    ///   an order that did not arrive).
    /// - A yes takes the offer: "yes please", "sí, hazlo", "it was by phone, yes please"; after an outright offer,
    ///   "ok" and "vale" too (after "if it still doesn't work, tell me", "ok" only acknowledges).
    mutating func answersOffer(_ understood: Understood, offered: String?, outright: Bool) -> Bool {
        let match = understood.match, signals = understood.signals
        let unsure = match.source == .examples && match.confidence < Self.certainConfidence
        // A message the offered intent hands to a person itself ("y otra cosa, me cobraron el módem dos veces, no se
        // vale" after the invoices answer) is a new matter, not the answer failing: the intent's own handoff follows.
        let humanOnly = match.intent.flatMap { bot.intents[$0] }?.isHumanOnly(for: understood.normalized) == true
        // "No, I meant 6020" after an order's status asks about another one: a new value for the intent's slot is
        // a new question, not the answer failing.
        let offeredSlots = offered.flatMap { bot.intents[$0] }?.slots ?? []
        // "I've got another order too, 7389, that hasn't come" after the invoices answer: a value for another
        // intent's slot (not a way to reach the customer) is a new question, not the answer failing.
        let newValue = offeredSlots.contains { changedSlots[$0] != nil }
            || understood.entities.keys.contains { !offeredSlots.contains($0) && !CallbackPromise.contactSlots.contains($0) }
        // "Can you check my order status again?" asks the action's answer again: after an action's answer, only words
        // that say something did not happen ("I never got it", "it was supposed to come on Friday") are a failure.
        let asksActionAgain = offered.flatMap { bot.intents[$0] }?.action != nil && match.intent == offered
            && !understood.words.contains(where: Self.failureWords.contains)
        // "No, it works now. Never mind, I'll google it. Bye" lets the matter go: no failure to hand on.
        if let offered, understood.words.count >= 2, signals.negative, !humanOnly, !signals.withdraws, !signals.letsGo, !newValue, !asksActionAgain,
           match.intent == offered || (match.intent == nil && followedUp(understood) == nil) || unsure
        {
            handOff(.answerNotHelpful, intent: offered)
            return true
        }
        // "The reference is R-DXRHQ5" after "I can't see a case of yours here; I can pass you to a person who can look
        // it up": the case to look up, given to whoever can.
        let givesCaseToLookUp = offered.flatMap { bot.intents[$0] }?.reportsCaseStatus == true && understood.caseReference != nil
            && (match.intent == nil || match.intent == offered)
        if offered != nil || outright, !signals.negative, !signals.withdraws, !signals.letsGo, match.intent == nil || unsure || givesCaseToLookUp,
           givesCaseToLookUp || Self.accepts(understood.words, outright: outright)
        {
            if let offered { state.lastIntent = offered }
            handOff(.userRequest, intent: offered ?? state.lastIntent)
            return true
        }
        return false
    }

    /// After the intent's own answer (not an action's outcome, such as a known outage), notes the person it
    /// offers, if it does (``Intent/offersHandoff``).
    mutating func offerPerson(_ name: String) {
        if let intent = bot.intents[name], intent.offersHandoff, intent.response != nil { state.offeredPerson = name }
    }

    /// Whether words take an offer of a person: a yes ("yes", "sí", "hazlo", "fes-ho", "go ahead") in a short
    /// message, or "ok"/"vale"/"d'acord" after an outright offer.
    static func accepts(_ words: [String], outright: Bool) -> Bool {
        guard !words.isEmpty, words.count <= 12 else { return false }
        if words.contains(where: acceptance.contains) { return true }
        if words.count >= 2, zip(words, words.dropFirst()).contains(where: { acceptancePairs.contains([$0, $1]) }) { return true }
        // "Ok merci, adeu" takes its leave, not the offer.
        return outright && words.count <= 3 && words.contains(where: acknowledgement.contains)
            && !words.contains(where: CustomerSignals.farewellWords.contains)
    }

    /// Words that say something did not happen or work (not "again" or "still" alone, which also ask once more).
    static let failureWords: Set<String> = [
        "no", "not", "never", "nothing", "didnt", "havent", "hasnt", "dont", "doesnt", "isnt", "wasnt", "cant", "cannot",
        "nada", "nunca", "mai", "res", "sin", "sense", "tampoco", "tampoc", "supposed", "should", "shouldve", "meant",
        "tenia", "tenian", "deberia", "debia", "havia", "havien", "hauria",
    ]

    /// Words that take an offer; not "ok" or "vale", which also acknowledge advice ("ok, I'll try").
    static let acceptance: Set<String> = [
        "yes", "yeah", "yep", "yup", "sure", "si", "claro", "dale", "hazlo", "hagalo", "haganlo", "adelante", "endavant",
        "fesho",
    ]
    static let acceptancePairs: Set<[String]> = [["go", "ahead"], ["do", "it"], ["yes", "please"], ["fes", "ho"], ["please", "do"]]
    static let acknowledgement: Set<String> = ["ok", "okay", "okey", "vale", "dacord", "acord", "val", "please", "porfa", "sisplau", "siusplau"]
}

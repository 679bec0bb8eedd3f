import RelevoDefinitions

/// Short replies read in the light of what the bot just said: a report that nothing arrived, "and the other one?".
extension DialogueTurn {
    /// "And the other one?", "¿y el otro?", "i l'altra?" right after an action's answer asks about another order
    /// (or line) than the one just answered: its value is asked for, not the same answer given again.
    mutating func asksAboutAnother(_ name: String, _ understood: Understood) {
        guard name == state.lastIntent, understood.entities.isEmpty, understood.words.count <= Self.maximumAnotherWords,
              understood.words.contains(where: Self.anotherWords.contains),
              let intent = bot.intents[name], intent.action != nil, !intent.slots.isEmpty,
              intent.slots.allSatisfy({ known[$0] != nil })
        else { return }
        for slot in intent.slots { forget(slot) }
    }

    static let anotherWords: Set<String> = ["other", "another", "otro", "otra", "altra", "altre", "laltra", "laltre"]
    static let maximumAnotherWords = 6

    /// Whether words say that something did not arrive or work: a no-word or "nothing" followed, within a few words,
    /// by a word of arriving or working ("no me llegó nada", "no m'ha arribat res", "nothing came through", "no, I
    /// never got it").
    static func reportsNothingArrived(_ words: [String]) -> Bool {
        guard let first = words.firstIndex(where: { no.contains($0) || nothing.contains($0) || $0 == "never" }) else { return false }
        return words.indices[first...].prefix(5).contains { index in
            arrivalWords.contains(words[index]) && !words[max(first, index - 2)..<index].contains(where: arrivedWords.contains)
        }
    }

    static let nothing: Set<String> = ["nothing", "nada", "res", "cap", "nunca", "mai", "never"]
    /// Words that say it did arrive after all ("no gracias, ya me llegó").
    static let arrivedWords: Set<String> = ["ya", "ja", "already", "now", "ahora", "ara"]
    static let arrivalWords: Set<String> = [
        "arrived", "arrive", "came", "come", "received", "receive", "got", "get", "worked", "works",
        "llego", "llegado", "llega", "llegan", "llegaron", "recibi", "recibido", "recibo", "funciona", "funciono",
        "arribat", "arriba", "arriben", "rebut", "rebo", "va", "funcionat",
    ]

    /// Whether a message opens with a yes of its own ("Sí, por favor… no lo miro nunca", "yes please, and…",
    /// "si porfa."): a yes word followed by a pause, another yes or please — not "si no me llega" ("if") or "ok
    /// no".
    func saysYesFirst(_ understood: Understood) -> Bool {
        let words = understood.words
        guard let first = words.first, Self.strongYes.contains(first) else { return false }
        guard words.count > 1 else { return true }
        // "Vale, no", "ok, pero no": a no right after takes it back.
        guard words.dropFirst().prefix(3).allSatisfy({ !Self.no.contains($0) }) else { return false }
        if Self.yesFollowers.contains(words[1]) { return true }
        // A pause right after the word: a comma, a stop, dots.
        let rest = understood.normalized.drop { $0 == " " }.dropFirst(first.count)
        return rest.first.map { ",.!;:…".contains($0) } ?? false
    }

    /// Whether the message answers yes to the question the bot asked to confirm an action.
    func confirmsFirst(_ understood: Understood) -> Bool {
        guard case .confirming = state.mode else { return false }
        return saysYesFirst(understood)
    }

    static let strongYes: Set<String> = ["yes", "yeah", "yep", "sure", "si", "claro", "dale", "vale", "perfecto", "endavant", "entesos", "correct", "correcto", "exacte"]
    static let yesFollowers: Set<String> = ["please", "pls", "plz", "porfa", "porfavor", "por", "sisplau", "si", "yes", "claro", "thanks", "gracias", "gracies", "mandalo", "envialo", "send"]

    /// Answers the other question of a message that asks two ("where is order 4471 and how long do refunds take?"),
    /// after the first, when it can at once: a written answer, or an action whose values are all known. Its answer
    /// comes before a question the first left open (the order number asked), so that the question is the last
    /// thing said. Not when a person takes over.
    mutating func answerAlso(_ understood: Understood) async {
        guard handoff == nil, let other = understood.alsoAsks?.intent, other != state.lastIntent, understood.match.isUnderstood else { return }
        let asking: Bool
        switch state.mode {
        case .fillingSlot, .confirming: asking = true
        case .idle, .waitingForHuman: asking = false
        case .closed: return
        }
        if let answer = writtenAnswer(other, normalized: understood.normalized) {
            let at = asking ? max(messages.count - 1, 0) : messages.count
            say(answer)
            if at < messages.count - 1 { messages.insert(messages.removeLast(), at: at) }
        } else if !asking, answersAtOnce(other) {
            let latest = state.lastIntent
            await perform(other, askingAgain: false)
            // The conversation stays on the first question: "and the other?" follows it up.
            state.lastIntent = latest
        }
    }
}

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
}

/// A message read sentence by sentence where the whole misleads: thanks or an acknowledgement, then a question
/// (the question is what the message asks).
extension Understander {
    /// The match of what follows an opening sentence that only thanks or acknowledges ("Muchas gracias, muy amable.
    /// ¿Y hasta qué hora atienden?", "Ja l'he rebut, moltes gràcies. I quin horari té el servei tècnic?"), when the
    /// whole message was read as that opening (or not understood) and the rest reads alone as another intent.
    func afterCourtesy(_ normalized: String, match: IntentMatch) -> IntentMatch? {
        guard let cut = normalized.firstIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return nil }
        let opening = String(normalized[..<cut])
        let rest = normalized[normalized.index(after: cut)...].drop { $0 == " " || $0 == "." || $0 == "!" || $0 == "?" }
        guard !rest.isEmpty, CustomerSignals.onlyThanksOrAcknowledges(TextNormalizer.words(opening).map(String.init)) else { return nil }
        let openingMatch = matcher.match(opening, logger: logger)
        guard !match.isUnderstood || match.intent == openingMatch.intent else { return nil }
        let later = matcher.match(String(rest), logger: logger)
        return later.isUnderstood && later.intent != openingMatch.intent ? later : nil
    }
}

/// The one clear question of a message not understood as a whole.
extension Understander {
    /// The match of the question a message not understood as a whole asks, when read alone it is surely one
    /// intent: what comes before is the story ("doncs potser la va fer la meva parella amb el seu compte. Quant sol
    /// trigar un enviament normal?"), what comes after a word of context ("y a qué hora cierran? por si se corta",
    /// "i el diumenge també obriu? x si de cas"). Every sentence ending in a question mark is read alone; when they
    /// surely read as different intents the message asks more than one thing, and none is chosen.
    func clearQuestion(_ normalized: String) -> IntentMatch? {
        var sure: [IntentMatch] = []
        var start = normalized.startIndex
        for index in normalized.indices where normalized[index] == "." || normalized[index] == "!" || normalized[index] == "?" {
            defer { start = normalized.index(after: index) }
            guard normalized[index] == "?" else { continue }
            var question = normalized[start..<index].drop { $0 == " " || $0 == "¿" || $0 == "." || $0 == "!" || $0 == "?" }
            // "i el diumenge també obriu?": the "and" joins the question to what came before, and read alone it
            // only blurs the question.
            if let space = question.firstIndex(of: " "), Self.joiningWords.contains(String(question[..<space])) {
                question = question[question.index(after: space)...]
            }
            // A message that is one question was read as a whole already.
            guard start != normalized.startIndex || normalized.index(after: index) != normalized.endIndex,
                  TextNormalizer.words(String(question)).count >= 3 else { continue }
            // A request for a person is the detector's to see, in the whole message.
            let match = matcher.match(question + "?", excluding: humanIntents, logger: logger)
            if match.isUnderstood, match.confidence >= Self.clearQuestionConfidence { sure.append(match) }
        }
        guard let first = sure.first, sure.allSatisfy({ $0.intent == first.intent }) else { return nil }
        return sure.max { $0.confidence < $1.confidence }
    }

    /// How sure the reading of a question alone must be: a story around it that reads as nothing is no evidence
    /// either way, so only a question clear on its own stands for the message.
    static let clearQuestionConfidence = 0.9

    /// Words that join a question to what came before it: "and", "y", "i", "e".
    static let joiningWords: Set<String> = ["and", "y", "i", "e"]
}

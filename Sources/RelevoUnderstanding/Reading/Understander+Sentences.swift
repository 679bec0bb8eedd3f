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

/// A question closing a message not understood as a whole.
extension Understander {
    /// The match of the question that closes a message not understood as a whole ("doncs potser la va fer la meva
    /// parella amb el seu compte. Quant sol trigar un enviament normal?"), when read alone it is surely one intent:
    /// what comes before is the story, the question what the customer asks.
    func closingQuestion(_ normalized: String) -> IntentMatch? {
        guard normalized.last == "?" else { return nil }
        let body = normalized.dropLast()
        guard let cut = body.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return nil }
        let question = body[body.index(after: cut)...].drop { $0 == " " || $0 == "¿" }
        guard TextNormalizer.words(String(question)).count >= 3 else { return nil }
        let match = matcher.match(question + "?", logger: logger)
        return match.isUnderstood && match.confidence >= Self.closingQuestionConfidence ? match : nil
    }

    /// How sure the reading of a closing question alone must be: a story before it that reads as nothing is no
    /// evidence either way, so only a question clear on its own stands for the message.
    static let closingQuestionConfidence = 0.9
}

/// Thanks or an acknowledgement, then a question: the question is what the message asks.
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

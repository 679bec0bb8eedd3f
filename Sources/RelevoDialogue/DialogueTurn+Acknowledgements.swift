extension DialogueTurn {
    /// Answers a message that says what the bot suggested worked ("oh wait, it's in spam, got it", "ara sí que va"),
    /// not understood or read as the same question again: no failed answer, even with a "nothing yet" in it.
    /// Returns whether it answered.
    mutating func acknowledgesSuccess(_ understood: Understood) -> Bool {
        let match = understood.match, signals = understood.signals
        let unsure = match.source == .examples && match.confidence < Self.certainConfidence
        guard signals.resolves, signals.frustration == 0, understood.entities.isEmpty,
              match.intent == nil || match.intent == state.lastIntent || match.source == .context || unsure,
              let text = bot.messages[.acknowledged]
        else { return false }
        acknowledge(text)
        // It worked: the offer of a person if it did not is over ("no, I mean the shop in Palma" next is no failure).
        state.offeredPerson = nil
        return true
    }

    /// Answers a message not understood that only acknowledges, asks for a moment or says it no longer needs what
    /// it asked ("ok, I'll try that, brb", "it works now"): no misunderstanding. Returns whether it answered.
    mutating func acknowledgesOnly(_ understood: Understood) -> Bool {
        let signals = understood.signals
        guard signals.acknowledges || signals.withdraws || signals.letsGo || signals.asksToWait, understood.entities.isEmpty,
              let text = bot.messages[.acknowledged]
        else { return false }
        acknowledge(text)
        return true
    }

    /// Says the acknowledgement. An offer of a person the previous answer made stands for the next message ("still
    /// nothing" then hands off).
    private mutating func acknowledge(_ text: LocalizedText) {
        state.consecutiveNotUnderstood = 0
        state.offeredPerson = carriedOffer
        say(text)
    }
}

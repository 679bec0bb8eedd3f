import RelevoDefinitions

extension DialogueTurn {
    /// The same written answer as the turn before, again, where both messages say something (three words or
    /// more): the answer did not help, and a bot that repeats itself is a loop. A person takes over instead, with
    /// the answer's topic ("I was charged twice" → the billing answer; "two charges of 39.90 on my card" → the
    /// same answer again → the billing team). Only a team's written answers count (intents routed to a queue
    /// other than the default one, without an action). Not loops: a keyword then the question ("FACTURACION",
    /// then "tengo una duda de facturación"), small talk, an action's answer asked for again (an order's
    /// status), slot prompts (they have their own limit, `max_slot_prompts`).
    ///
    /// The customer wants more than the written answer has (after a follow-up such as "and to Mexico?", or the
    /// same question put another way): the opening line says so (`handoff_more_detail`), not that the customer
    /// found the answer unhelpful, which they did not say.
    mutating func handOffRepeatedAnswer(words: Int) {
        let previous = state.lastAnswer
        guard handoff == nil, state.mode == .idle, !messages.isEmpty, words >= 3, let name = state.lastIntent,
              let intent = bot.intents[name], intent.action == nil, bot.hasTeam(name)
        else {
            state.lastAnswer = nil
            return
        }
        var hasher = StableHasher()
        for message in messages { hasher.combine(message) }
        state.lastAnswer = hasher.value
        guard previous == hasher.value else { return }
        messages = []
        state.lastAnswer = nil
        handOff(.answerNotHelpful, intent: state.lastIntent, opening: .handoffMoreDetail)
    }
}

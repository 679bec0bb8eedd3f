extension DialogueTurn {
    /// A message out of the bot's scope ("can you recommend a restaurant?", "what's the weather like there?") is
    /// answered with what the bot can help with (`out_of_scope`), not with a request to put it another way: it was
    /// understood well enough to know it is no matter of this company's. It counts toward no handoff for
    /// misunderstanding, and the person the message offers is one "yes" away. Without the message, `false`: the
    /// message is not understood as any other.
    mutating func answerOutOfScope(_ understood: Understood) -> Bool {
        guard understood.outOfScope, let outOfScope = bot.messages[.outOfScope] else { return false }
        state.offeredPersonOutright = true
        say(outOfScope)
        return true
    }

    /// The same while a case waits (`waiting_out_of_scope`, with `{ticket}` and `{queue}`): the message is no detail
    /// of the case, and the case stays where it is.
    mutating func answerOutOfScopeWhileWaiting(_ understood: Understood, ticket: TicketRecord) -> Bool {
        guard understood.outOfScope, understood.personRequest == nil, understood.signals.frustration == 0,
              let outOfScope = bot.messages[.waitingOutOfScope]
        else { return false }
        say(outOfScope, extra: ticketValues(ticket))
        return true
    }
}

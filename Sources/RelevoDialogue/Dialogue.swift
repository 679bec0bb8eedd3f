import Foundation
import Logging

/// The dialogue step of a turn: from what the customer said (``Understood``) and where the conversation
/// stands (``DialogueInput``) to what the bot answers, what it learnt and whether a person takes over
/// (``DialogueOutcome``). It calls the host's ``ActionHandler``; it never reads the store.
package struct Dialogue: Sendable {
    package let bot: Bot
    package let actions: any ActionHandler
    package let logger: Logger

    package init(bot: Bot, actions: any ActionHandler, logger: Logger) {
        self.bot = bot
        self.actions = actions
        self.logger = logger
    }

    /// Answers one message.
    ///
    /// While a person holds the case, the bot acknowledges and answers what it can in writing (see ``DialogueTurn/respondWhileWaiting(_:understood:standing:returning:)``);
    /// otherwise an oversized or empty message gets its polite reply, a question about a case when there is
    /// none is answered so (unless the customer asks for a person too), and everything else goes through the
    /// state machine.
    package func respond(_ understood: Understood, to input: DialogueInput) async -> DialogueOutcome {
        var turn = DialogueTurn(
            bot: bot, actions: actions, logger: logger, customer: input.customer, sessionID: input.sessionID, turn: input.turn,
            now: input.now, language: understood.language, state: input.state, known: input.known)
        turn.take(understood.entities)
        turn.noteCallbackTime(understood, waiting: input.openTicket != nil)
        if let ticket = input.openTicket, let serving = turn.servesWhileWaiting(understood, ticket: ticket) {
            await turn.serveWhileWaiting(serving, ticket: ticket, understood: understood, standing: input.openTicketStanding)
        } else if let ticket = input.openTicket {
            // A flow begun while waiting and left (a person asked for, a question about the case) is dropped.
            turn.state.mode = .waitingForHuman(ticket: ticket.number)
            turn.respondWhileWaiting(ticket, understood: understood, standing: input.openTicketStanding, returning: input.returning)
        } else if understood.personRequest == nil, understood.signals.reopens, let queue = turn.state.withdrawnQueue {
            // "Ugh, it's dropped again. Put it back please": the case withdrawn goes back to its team.
            turn.askedForPerson(PersonRequest(queue: queue, evidence: "reopen"), match: understood.match)
        } else if understood.tooLong, let request = understood.personRequest {
            // A request for a person is never lost in an oversized message: it is read in its first part.
            turn.askedForPerson(request, match: understood.match)
        } else if understood.tooLong {
            turn.say(bot.message(.messageTooLong, in: understood.language), extra: ["limit": String(bot.policy.maxMessageLength)])
        } else if understood.normalized.isEmpty {
            turn.say(bot.message(.emptyMessage, in: understood.language))
        } else if understood.personRequest == nil, let name = understood.match.intent, bot.intents[name]?.reportsCaseStatus == true,
                  !turn.confirmsFirst(understood)
        {
            turn.caseStatusNone(name)
        } else {
            await turn.respond(to: understood)
            turn.handOffRepeatedAnswer(words: understood.words.count)
            await turn.answerAlso(understood)
        }
        if input.openTicket == nil { turn.apologiseFirst(understood) }
        // A new case: the one withdrawn before it is not brought back.
        if turn.handoff != nil { turn.state.withdrawnQueue = nil }
        return DialogueOutcome(
            messages: turn.messages, state: turn.state, known: turn.known, changedSlots: turn.changedSlots,
            removedSlots: turn.removedSlots, handoff: input.openTicket == nil ? turn.handoff : nil, transfer: turn.transfer,
            withdrawn: turn.withdrawn)
    }
}

/// Where the conversation stands when a message arrives, as the dialogue needs it.
package struct DialogueInput: Sendable {
    package var customer: String
    package var sessionID: String
    /// The turn's number in the session.
    package var turn: Int
    package var now: Date
    package var state: DialogueState
    /// Every slot the customer gave, in any session.
    package var known: [String: SlotRecord]
    /// The customer's open ticket: a person has or will have the case.
    package var openTicket: TicketRecord?
    /// Where that ticket stands in its queue.
    package var openTicketStanding: QueueStanding?
    /// Whether the customer comes back (a new session, another channel, or after a long silence).
    package var returning: Bool

    package init(customer: String, sessionID: String, turn: Int, now: Date, state: DialogueState, known: [String: SlotRecord],
                 openTicket: TicketRecord?, openTicketStanding: QueueStanding?, returning: Bool) {
        self.customer = customer
        self.sessionID = sessionID
        self.turn = turn
        self.now = now
        self.state = state
        self.known = known
        self.openTicket = openTicket
        self.openTicketStanding = openTicketStanding
        self.returning = returning
    }
}

/// What the dialogue made of a message.
package struct DialogueOutcome: Sendable {
    /// The bot's messages, in order.
    package var messages: [String]
    /// The session's state after the turn.
    package var state: DialogueState
    /// Every known slot after the turn.
    package var known: [String: SlotRecord]
    /// Slots the turn set.
    package var changedSlots: [String: SlotRecord]
    /// Slots the turn forgot (the backend said they were wrong).
    package var removedSlots: Set<String>
    /// A decision to hand the conversation to a person, if any.
    package var handoff: DialogueTurn.HandoffDecision?
    /// The queue the waiting case moves to, when the customer asked for another team.
    package var transfer: String? = nil
    /// Whether the customer withdrew the waiting case: it closes, and the bot resumes.
    package var withdrawn = false
}

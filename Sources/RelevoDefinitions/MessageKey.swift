/// The engine's own messages, which every bot defines in each of its languages (`messages:`), but for the optional
/// ones (``isRequired``).
///
/// Texts may use `{ticket}`, `{queue}`, `{opens}`, `{agent}` and any known slot as `{slot}`.
public enum MessageKey: String, Sendable, CaseIterable {
    /// A message that was not understood (not the last one before a handoff).
    case notUnderstood = "not_understood"
    /// A message with no words in it.
    case emptyMessage = "empty_message"
    /// A message longer than the policy's `max_message_length` (`{limit}`).
    case messageTooLong = "message_too_long"
    /// The customer declined a confirmation.
    case confirmationDeclined = "confirmation_declined"
    /// Handoff opening line when the customer asked for a person.
    case handoffUserRequest = "handoff_user_request"
    /// Handoff opening line after repeated misunderstanding.
    case handoffRepeatedMisunderstanding = "handoff_repeated_misunderstanding"
    /// Handoff opening line when a slot could not be filled.
    case handoffSlotLoop = "handoff_slot_loop"
    /// Handoff opening line when the customer is upset.
    case handoffFrustration = "handoff_frustration"
    /// Handoff opening line when an answer did not help.
    case handoffAnswerNotHelpful = "handoff_answer_not_helpful"
    /// Handoff opening line for an intent only a person may handle.
    case handoffHumanOnly = "handoff_human_only_intent"
    /// The ticket and queue when the queue is open now.
    case handoffQueueOpen = "handoff_queue_open"
    /// The ticket and queue when the queue is closed now (`{opens}`).
    case handoffQueueClosed = "handoff_queue_closed"
    /// After a closed-queue handoff with no contact known: ask once for a phone number or email.
    case callbackRequest = "callback_request"
    /// The contact the team will use when it opens (`{contact}`).
    case callbackSaved = "callback_saved"
    /// Answer to any message while a person holds the case (`{status}`: the case's status, as `case_status_*` say it).
    case waitingForHuman = "waiting_for_human"
    /// First message of a returning customer with an open case (`{status}`).
    case welcomeBack = "welcome_back"
    /// Case status: waiting in an open queue (`{position}`, `{wait}`).
    case caseStatusOpen = "case_status_open"
    /// Case status: an agent has it (`{agent}`).
    case caseStatusClaimed = "case_status_claimed"
    /// Case status: the queue is closed (`{opens}`).
    case caseStatusClosed = "case_status_closed"
    /// Case status: the customer has no open case.
    case caseStatusNone = "case_status_none"
    /// Told when a person resolves the case and the bot resumes.
    case caseResolved = "case_resolved"
    /// Optional: the answer to "hold on, let me find it" while a question is open; without it the question is
    /// asked again (without an apology).
    case slotWait = "slot_wait"

    /// Optional: the opening line of a handoff when the customer's next message ("and to Mexico?", the same question
    /// put another way) would get the same written answer again; without it, `handoff_answer_not_helpful`'s.
    case handoffMoreDetail = "handoff_more_detail"

    /// Optional: told when a customer waiting for a person asks for another team ("better put me through to
    /// billing") and the case moves to it (`{ticket}`, `{queue}`: the new team); without it the case stays where
    /// it is and the request is added to it.
    case caseTransferred = "case_transferred"

    /// Optional: said before the acknowledgement when a customer waiting for a person is upset ("20 minutes?? I'm
    /// fed up"); without it the acknowledgement alone.
    case waitingSorry = "waiting_sorry"

    /// Optional: told when a customer waiting for a person no longer needs one ("it works now, you can cancel the
    /// ticket") and the case, not yet taken by an agent, is closed (`{ticket}`); without it the message is added to
    /// the case, which stays open.
    case caseWithdrawn = "case_withdrawn"

    /// Optional: the answer to a message that only acknowledges or says it worked ("ok, I'll try that", "vale, lo
    /// pruebo", "me llegó, ya pude"), which is no misunderstanding; without it, `not_understood`.
    case acknowledged = "acknowledged"

    /// Optional: told when a customer waiting for a person asks to be called and gives a phone number or an email
    /// address that nothing asked for ("can you phone me instead? 963 221 457") (`{contact}`), before where the
    /// case stands; without it the message is added to the case like any other.
    case contactNoted = "contact_noted"

    /// Optional: told when a customer whose case waits for a closed team asks for a person now ("I want a manager
    /// right now"), before where the case stands: nobody can take it before the team opens; without it the
    /// request is added to the case like any other message.
    case waitingClosed = "waiting_closed"

    /// Optional: confirms a call the customer asked for at a time the team works ("call me tomorrow around 10am")
    /// (`{contact}`, `{when}`: the time in words, "tomorrow around 10:00", `{queue}`, `{timezone}`); without it the
    /// bot says what it says of a contact without a time (`callback_saved`, `contact_noted`).
    case callbackTimeSaved = "callback_time_saved"

    /// Optional: told when the customer asks for a call at a time the team does not work ("after 7pm" to a team that
    /// closes at 6) (`{contact}`, `{when}`, `{queue}`, `{opens}`: the first time it can call, `{timezone}`); without
    /// it, as for `callback_time_saved`.
    case callbackTimeClosed = "callback_time_closed"

    /// Optional: told when the customer asks for a call at a time already over ("this morning" said at 4pm, "today
    /// at 9" at noon) (`{contact}`, `{when}`, `{queue}`, `{opens}`: the first time it can call, `{timezone}`), so that
    /// a time past is neither confirmed nor said to be outside the team's hours; without it, as for
    /// `callback_time_saved`.
    case callbackTimePassed = "callback_time_passed"

    /// Optional: said instead of `waiting_for_human` when the bot's previous message already was it, so that where
    /// the case stands is not repeated message after message ("Added that to your case as well."; `{ticket}`,
    /// `{queue}`); without it, `waiting_for_human` again.
    case waitingNoted = "waiting_noted"

    /// Optional: at a handoff to a closed team, the contact it will use when that contact was given before this
    /// turn (`{contact}`), so that the customer may give another ("if you'd rather another number…"); without it,
    /// `callback_saved`.
    case callbackContactKnown = "callback_contact_known"

    /// Optional: while a case waits for a person, the answer to a message that only thanks, acknowledges or says
    /// goodbye ("ok, thanks, I'll wait", "gràcies, bon dia") (`{status}`: where the case stands, `{ticket}`,
    /// `{queue}`); without it the message is added to the case like any other.
    case waitingThanks = "waiting_thanks"

    /// Optional: while a case waits for a person, the answer to such a message that says goodbye ("ok thx. bye",
    /// "moltes gràcies, adéu") (`{status}`, `{ticket}`, `{queue}`); without it, `waiting_thanks`.
    case waitingGoodbye = "waiting_goodbye"

    /// Optional: while a case waits for a person, the answer to a question the bot has no written answer for ("is
    /// there an outage in my area?", "what's my bill total?"): that it cannot answer it and that the question is in
    /// the case for the team (`{ticket}`, `{queue}`); without it, `waiting_for_human` / `waiting_noted`.
    case waitingQuestion = "waiting_question"

    /// Optional: where a case stands once a call at a time has been agreed and its team is closed now ("Your case
    /// R-1 is with our billing team; they will contact you at 612345789 on Tuesday after 18:00 (Madrid time).")
    /// (`{ticket}`, `{queue}`, `{contact}`, `{when}`, `{timezone}`), so that "opens at 08:00" is not read as the
    /// time of the call; without it, `case_status_closed`.
    case caseStatusCallback = "case_status_callback"

    /// Optional: said first to an upset customer ("this is the 3rd time this month!!") whose message the bot
    /// answers or hands off for another reason than the upset itself ("I'm sorry you've had this trouble."); the
    /// openings that apologise already (frustration, misunderstanding, a loop, an answer that did not help) and
    /// the wait (`waiting_sorry`) go without it.
    case upsetSorry = "upset_sorry"

    /// Optional: said after the handoff's lines when the customer asked to be called and the team is open, with
    /// no contact known ("You asked for a call: leave a phone number here and I'll add it to your case."); the
    /// number given next is noted for the agent (`contact_noted`). Without it, nothing more is said.
    case callbackRequestOpen = "callback_request_open"

    /// Optional: while a case waits for an open team, the answer to "will they call me or write here?": the person
    /// replies here, and a phone number left is noted for a call (`{ticket}`, `{queue}`); without it the question is
    /// added to the case like any other message.
    case waitingChannel = "waiting_channel"

    /// Optional: where the case stands once the customer has waited, with the team open all along, longer than the
    /// estimated wait for their place in line ("You've been waiting about 12 min, longer than we estimated: I'm
    /// sorry. You're number 1 in the queue now…"; `{ticket}`, `{queue}`, `{position}`, `{waited}`), so that the
    /// same short estimate is not said again as if no time had passed; without it, `case_status_open`.
    case caseStatusOverdue = "case_status_overdue"

    /// Optional: while a case waits for an open team that has not taken it, the answer to a request for someone
    /// senior ("I want a manager, not another agent"): the wish is noted in the case for whoever takes it, and the
    /// bot cannot put a manager on itself (`{ticket}`, `{queue}`); where the case stands follows. Without it, the
    /// request is acknowledged as any other message.
    case waitingManager = "waiting_manager"

    /// Optional: while a case waits, the answer to "if I close the chat, do I lose my place?": the case keeps its
    /// place and the person replies here (`{ticket}`, `{queue}`). Without it, the question is added to the case.
    case waitingLeave = "waiting_leave"

    /// Optional: the answer to a message the bot reads as out of its scope ("what's the weather like there?",
    /// "recommend me a restaurant"), which says what it can help with rather than that it did not understand. It
    /// counts toward no handoff for misunderstanding; a person is one request away. Without it, `not_understood`.
    case outOfScope = "out_of_scope"

    /// Optional: `out_of_scope` while a case waits (`{ticket}`, `{queue}`): the message is not added to the case.
    /// Without it, the message is acknowledged as any other.
    case waitingOutOfScope = "waiting_out_of_scope"

    /// Whether every bot must define the message.
    public var isRequired: Bool {
        ![.slotWait, .handoffMoreDetail, .caseTransferred, .waitingSorry, .caseWithdrawn, .acknowledged, .contactNoted, .waitingClosed,
          .callbackTimeSaved, .callbackTimeClosed, .callbackTimePassed, .waitingNoted, .callbackContactKnown, .waitingThanks,
          .waitingQuestion, .caseStatusCallback, .waitingGoodbye, .upsetSorry, .callbackRequestOpen,
          .waitingChannel, .caseStatusOverdue, .waitingManager, .waitingLeave, .outOfScope, .waitingOutOfScope].contains(self)
    }
}

/// Why the bot handed a conversation to a person.
public enum HandoffReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The customer asked for a person.
    case userRequest = "user_request"
    /// Too many messages in a row were not understood.
    case repeatedMisunderstanding = "repeated_misunderstanding"
    /// A slot would have been asked once more than the policy allows.
    case slotLoop = "slot_loop"
    /// The customer is upset: anger, shouting, threats to leave or to go to a regulator. Always high priority.
    case frustration
    /// The customer repeated a message or said the answer did not help.
    case answerNotHelpful = "answer_not_helpful"
    /// Only a person may handle the intent.
    case humanOnlyIntent = "human_only_intent"
    /// The host's backend failed to answer an action.
    case backendError = "backend_error"
}

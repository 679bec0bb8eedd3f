/// Where a session's conversation stands.
public enum DialogueMode: Codable, Sendable, Hashable {
    /// Waiting for anything.
    case idle
    /// Asked the customer for `slot` of `intent`.
    case fillingSlot(intent: String, slot: String)
    /// Asked the customer to confirm `intent`.
    case confirming(intent: String)
    /// A person holds the case; the bot only acknowledges.
    case waitingForHuman(ticket: String)
    /// The customer said goodbye; the next message starts a new session.
    case closed
}

/// The state a session keeps between turns (stored as JSON with the session).
struct DialogueState: Codable, Sendable, Hashable {
    var mode: DialogueMode = .idle
    var language: Language?
    var consecutiveNotUnderstood = 0
    var totalNotUnderstood = 0
    /// How many times each slot was asked in this session.
    var slotPrompts: [String: Int] = [:]
    /// The latest understood intent, for routing a later request for a person.
    var lastIntent: String?
    /// Every channel the session used, in order of first use.
    var channels: [String] = []
}

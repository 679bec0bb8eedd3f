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

/// The state a session keeps between turns (stored as JSON with the session, see `DialogueState+JSON.swift`).
/// A new member needs only its declaration with a default value: the JSON is its `Codable` form, and a state
/// stored before the member existed reads it as the default.
package struct DialogueState: Codable, Sendable, Hashable {
    package var mode: DialogueMode = .idle
    package var language: Language?
    /// Whether `language` is a guess no message has given evidence for (see ``Understood/languageTentative``).
    package var languageTentative = false
    /// Whether the customer addresses the bot formally (usted, vostè): its texts' formal forms are said then.
    package var formal = false
    package var consecutiveNotUnderstood = 0
    package var totalNotUnderstood = 0
    /// How many times each slot was asked in this session.
    package var slotPrompts: [String: Int] = [:]
    /// The latest understood intent, for routing a later request for a person.
    package var lastIntent: String?
    /// An intent left for another question while the bot waited for one of its slots: a value for that slot
    /// given later resumes it.
    var pendingIntent: String?
    /// Every channel the session used, in order of first use.
    package var channels: [String] = []
    /// Frustration points so far in the session (see ``CustomerSignals``).
    package var frustrationLevel = 0
    /// The previous customer message, normalized, to notice a repeated one.
    var lastMessage: String?
    /// Whether the bot has answered something in this session (a response, not a question).
    var hasAnswered = false
    /// The intent whose answer, the turn before, offered a person if it did not solve things (``Intent/offersHandoff``).
    var offeredPerson: String?
    /// Whether the bot's previous message offered a person outright ("if you prefer, I can pass you to a person"):
    /// "ok", "vale" or "yes please" then takes the offer.
    var offeredPersonOutright = false
    /// A digest of the bot's previous answer (``StableHasher``), to notice it about to repeat itself.
    var lastAnswer: UInt64?
    /// Whether the host's backend confirmed who the customer is.
    package var identityVerified = false
    /// A closed queue's handoff asked for a callback contact; the next message may hold it (asked once).
    package var awaitingCallback = false
    /// The customer asked to be called while the team was open, and no contact was known: the one given while the
    /// case waits is noted for the agent (`contact_noted`).
    package var callAsked = false
    /// When the customer would like to be called about the case ("call me tomorrow after 5pm"), once said.
    package var callbackTime: CallbackTime?
    /// The time zone the customer said they are in ("estoy en México"): a time said later without one is on it.
    var customerZone: String?
    /// Whether the bot's previous message, while a person is awaited, was the full acknowledgement with where the
    /// case stands: the next one is shorter (`waiting_noted`).
    var acknowledgedWaiting = false
    /// The team of the case the customer withdrew in this session, until another begins: "put it back" reopens it.
    var withdrawnQueue: String?
    /// The latest value the backend turned down for each slot: the same one given again goes to a person.
    var rejectedValues: [String: String] = [:]

    package init(mode: DialogueMode = .idle, language: Language? = nil, slotPrompts: [String: Int] = [:], lastIntent: String? = nil, channels: [String] = [], lastMessage: String? = nil) {
        self.mode = mode
        self.language = language
        self.slotPrompts = slotPrompts
        self.lastIntent = lastIntent
        self.channels = channels
        self.lastMessage = lastMessage
    }
}

extension DialogueState {
    /// A case ended (an agent resolved it): the signals that led to it start over — frustration, messages not
    /// understood, questions asked, the repeated message — while what the customer told us (slots, language,
    /// channels) stays.
    package mutating func caseEnded() {
        consecutiveNotUnderstood = 0
        totalNotUnderstood = 0
        frustrationLevel = 0
        slotPrompts = [:]
        lastMessage = nil
        hasAnswered = false
        awaitingCallback = false
        callAsked = false
        callbackTime = nil
    }
}

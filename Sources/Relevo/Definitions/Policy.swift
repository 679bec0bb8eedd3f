/// The handoff policy: thresholds that can be tightened but never switched off.
public struct Policy: Sendable, Hashable {
    /// Consecutive not-understood turns before handing off; the last of them is the handoff.
    public var maxConsecutiveNotUnderstood: Int
    /// Not-understood turns in one session before handing off, consecutive or not.
    public var maxTotalNotUnderstood: Int
    /// Frustration points in one session that hand off (a strong phrase is 2; shouting, `!!!`, anger words 1).
    public var frustrationThreshold: Int
    /// How many times a slot may be asked; the next ask is a handoff instead.
    public var maxSlotPrompts: Int
    /// Classifier confidence below which a message is not understood.
    public var confidenceThreshold: Double
    /// The queue for handoffs whose intent no queue lists.
    public var defaultQueue: String
    /// Minutes without a message after which a new session starts (slots and tickets stay).
    public var sessionTimeoutMinutes: Int
    /// The language used when a message's language cannot be told.
    public var defaultLanguage: Language
    /// Longest message, in characters, the engine reads; a longer one gets a polite reply and counts toward nothing.
    public var maxMessageLength: Int

    /// Mandatory bounds of each threshold.
    public static let consecutiveNotUnderstoodBounds = 1...3
    public static let slotPromptBounds = 1...2
    public static let totalNotUnderstoodBounds = 1...3
    public static let frustrationBounds = 1...3
    public static let confidenceBounds = 0.05...0.95
    public static let sessionTimeoutBounds = 1...10_080
    public static let messageLengthBounds = 20...100_000

    /// The default policy.
    public init(
        maxConsecutiveNotUnderstood: Int = 2,
        maxTotalNotUnderstood: Int = 3,
        frustrationThreshold: Int = 2,
        maxSlotPrompts: Int = 2,
        confidenceThreshold: Double = 0.5,
        defaultQueue: String = "general",
        sessionTimeoutMinutes: Int = 720,
        defaultLanguage: Language = .english,
        maxMessageLength: Int = 2_000
    ) {
        self.maxConsecutiveNotUnderstood = maxConsecutiveNotUnderstood
        self.maxTotalNotUnderstood = maxTotalNotUnderstood
        self.frustrationThreshold = frustrationThreshold
        self.maxSlotPrompts = maxSlotPrompts
        self.confidenceThreshold = confidenceThreshold
        self.defaultQueue = defaultQueue
        self.sessionTimeoutMinutes = sessionTimeoutMinutes
        self.defaultLanguage = defaultLanguage
        self.maxMessageLength = maxMessageLength
    }
}

extension Policy {
    /// The policy's values that are outside their mandatory bounds, as messages (empty when valid).
    public var boundViolations: [String] {
        var problems: [String] = []
        func check(_ name: String, _ value: Int, _ bounds: ClosedRange<Int>) {
            if !bounds.contains(value) {
                problems.append("policy '\(name)' must be from \(bounds.lowerBound) to \(bounds.upperBound): handoff thresholds can be tightened, never switched off (got \(value))")
            }
        }
        check("max_consecutive_not_understood", maxConsecutiveNotUnderstood, Self.consecutiveNotUnderstoodBounds)
        check("max_total_not_understood", maxTotalNotUnderstood, Self.totalNotUnderstoodBounds)
        check("frustration_threshold", frustrationThreshold, Self.frustrationBounds)
        check("max_slot_prompts", maxSlotPrompts, Self.slotPromptBounds)
        check("session_timeout_minutes", sessionTimeoutMinutes, Self.sessionTimeoutBounds)
        check("max_message_length", maxMessageLength, Self.messageLengthBounds)
        if !Self.confidenceBounds.contains(confidenceThreshold) {
            problems.append("policy 'confidence_threshold' must be a number from \(Self.confidenceBounds.lowerBound) to \(Self.confidenceBounds.upperBound) (got \(confidenceThreshold))")
        }
        return problems
    }
}

/// Thrown by ``Engine/init(bot:store:clock:ids:actions:delegate:logger:)`` for a policy outside its mandatory bounds.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One message per value out of bounds.
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

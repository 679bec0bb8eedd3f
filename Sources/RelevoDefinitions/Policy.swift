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
    /// Longest message, in characters, the engine reads; a longer one gets a polite reply and counts toward nothing
    /// (its first part is still checked for a request for a person). At least 500: a limit that ordinary
    /// messages reach would turn requests for a person into "too long".
    public var maxMessageLength: Int
    /// Whether customers' card numbers, IBANs, security codes and expiry dates are stored as written. By default
    /// (`false`) they are masked before anything is stored (`[card ••••0004]`, `[cvv]`); a host that must keep
    /// them sets `store_unmasked_payment_data: true`. Either way they are never slot values, and packets,
    /// logs, recordings and exports mask them.
    public var storeUnmaskedPaymentData: Bool
    /// Days a closed conversation (no open ticket) is kept after its last activity; `nil` keeps it until erased.
    /// ``Engine/purge(olderThan:)`` and `relevo purge` remove what is older.
    public var retentionDays: Int?

    /// Mandatory bounds of each threshold.
    public static let consecutiveNotUnderstoodBounds = 1...3
    public static let slotPromptBounds = 1...2
    public static let totalNotUnderstoodBounds = 1...3
    public static let frustrationBounds = 1...3
    public static let confidenceBounds = 0.05...0.95
    public static let sessionTimeoutBounds = 1...10_080
    public static let messageLengthBounds = 500...100_000

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
        maxMessageLength: Int = 2_000,
        storeUnmaskedPaymentData: Bool = false,
        retentionDays: Int? = nil
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
        self.storeUnmaskedPaymentData = storeUnmaskedPaymentData
        self.retentionDays = retentionDays
    }
}

extension Policy {
    /// A whole-number setting with mandatory bounds, by its name in the definitions.
    struct BoundedSetting {
        var key: String
        var value: WritableKeyPath<Policy, Int>
        var bounds: ClosedRange<Int>
    }

    /// Every whole-number setting with its bounds: read by the loader, checked by the engine.
    static var boundedSettings: [BoundedSetting] {
        [
            BoundedSetting(key: "max_consecutive_not_understood", value: \.maxConsecutiveNotUnderstood, bounds: consecutiveNotUnderstoodBounds),
            BoundedSetting(key: "max_total_not_understood", value: \.maxTotalNotUnderstood, bounds: totalNotUnderstoodBounds),
            BoundedSetting(key: "frustration_threshold", value: \.frustrationThreshold, bounds: frustrationBounds),
            BoundedSetting(key: "max_slot_prompts", value: \.maxSlotPrompts, bounds: slotPromptBounds),
            BoundedSetting(key: "session_timeout_minutes", value: \.sessionTimeoutMinutes, bounds: sessionTimeoutBounds),
            BoundedSetting(key: "max_message_length", value: \.maxMessageLength, bounds: messageLengthBounds),
        ]
    }

    /// The message for a value outside a setting's bounds.
    static func boundMessage(_ key: String, _ bounds: ClosedRange<Int>, got: String) -> String {
        "policy '\(key)' must be from \(bounds.lowerBound) to \(bounds.upperBound): handoff thresholds can be tightened, never switched off (got \(got))"
    }

    /// The policy's values that are outside their mandatory bounds, as messages (empty when valid).
    public var boundViolations: [String] {
        var problems = Self.boundedSettings.filter { !$0.bounds.contains(self[keyPath: $0.value]) }
            .map { Self.boundMessage($0.key, $0.bounds, got: String(self[keyPath: $0.value])) }
        if !Self.confidenceBounds.contains(confidenceThreshold) {
            problems.append("policy 'confidence_threshold' must be a number from \(Self.confidenceBounds.lowerBound) to \(Self.confidenceBounds.upperBound) (got \(confidenceThreshold))")
        }
        if let days = retentionDays, !Self.retentionBounds.contains(days) {
            problems.append(Self.retentionMessage(got: String(days)))
        }
        return problems
    }
}

/// Thrown by ``Engine/init(bot:store:clock:ids:actions:delegate:logger:)`` for a policy outside its mandatory bounds.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One message per value out of bounds.
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }

    package init(problems: [String]) {
        self.problems = problems
    }
}

/// What the matcher made of a message.
public struct IntentMatch: Sendable, Hashable {
    /// How the intent was found.
    public enum Source: String, Sendable, Hashable {
        case pattern
        case examples
        /// An elliptical follow-up ("and express?") read as continuing the conversation's topic.
        case context
        case none
    }

    /// The understood intent, or `nil` when the message was not understood.
    public var intent: String?
    /// Confidence from 0 to 1 (1 for a pattern match).
    public var confidence: Double
    /// How the intent was found.
    public var source: Source
    /// The language of the best-matching example, if any.
    public var language: Language?

    /// Whether the message was understood.
    public var isUnderstood: Bool { intent != nil }

    package static let notUnderstood = IntentMatch(intent: nil, confidence: 0, source: .none, language: nil)

    package init(intent: String? = nil, confidence: Double, source: Source, language: Language? = nil) {
        self.intent = intent
        self.confidence = confidence
        self.source = source
        self.language = language
    }
}

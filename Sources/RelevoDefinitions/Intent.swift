/// An intent: something a customer may want, how to recognise it and how to answer it.
public struct Intent: Sendable {
    /// The intent's name, unique in the bot (`track_order`).
    public var name: String
    /// Example utterances per language, used to train the matcher.
    public var examples: [Language: [String]]
    /// High-precision patterns (PCRE2), matched against normalized text.
    public var patterns: [Pattern]
    /// Slots the intent needs, asked one at a time in this order.
    public var slots: [String]
    /// A question to confirm before acting, per language (`{slot}` interpolated).
    public var confirmation: LocalizedText?
    /// The host action to call once every slot is known.
    public var action: String?
    /// The answer per language (`{slot}` and action values interpolated).
    public var response: LocalizedText?
    /// Answers that replace ``response`` for a message their pattern matches, the first that matches winning
    /// (`response_when`).
    public var responseWhen: [TextVariant] = []
    /// Answers for named action outcomes (such as `not_found`).
    public var outcomes: [String: LocalizedText]
    /// Only a person may handle this intent: recognising it hands off.
    public var humanOnly: Bool
    /// The customer asks for a person: recognising it hands off in the same turn.
    public var requestsHuman: Bool
    /// Handoffs for this intent are prioritised.
    public var priority: Priority
    /// Ends the conversation after the answer.
    public var endsSession: Bool
    /// The customer asks about their case: the engine answers with the open ticket's status.
    public var reportsCaseStatus: Bool
    /// The answer says the bot is a bot: a following "then find me one" asks for a person.
    public var identifiesBot: Bool = false
    /// The opening line of this intent's handoff, replacing the reason's (for example, condolences).
    public var handoffMessage: LocalizedText?
    /// Opening lines that replace ``handoffMessage`` when their pattern matches one of the customer's messages of
    /// the session, the first that matches winning (condolences only when a death was mentioned).
    public var handoffMessageWhen: [TextVariant] = []
    /// Patterns (on normalized text) that make a message of this intent one only a person can handle ("I was
    /// charged twice" is a billing question a person must sort out, where "where is my invoice?" is answered).
    public var humanOnlyWhen: [Pattern] = []
    /// The answer (``response``, not an outcome's) offers a person when it did not solve things ("if it still
    /// doesn't work, tell me and I'll pass you to a technician"): the next message, understood as this intent again
    /// or not understood, that says no, not, still or already hands off to the intent's team (reason
    /// `answer_not_helpful`).
    public var offersHandoff: Bool = false
    /// The answer while a person is awaited (`waiting_response`), for an intent whose ``response`` offers a person
    /// ("if something looks wrong, tell me and I'll pass you…") and so is not said then: "can I download the invoice
    /// myself?" while the billing team has the case gets where invoices are, without an offer already taken up.
    public var waitingResponse: LocalizedText?
    /// Queues for some messages of this intent, instead of the queue that lists it: the first whose pattern matches
    /// one of the customer's messages of the session wins ("cancel my fibre contract" is a cancellation the
    /// customer-care team handles, where "cancel my order" goes to the orders team).
    public var queueWhen: [QueueVariant] = []
    /// Where the intent is defined.
    public var location: SourceLocation

    /// The answer to `normalized`, a message of this intent: the first `response_when` variant whose pattern
    /// matches it ("how long does a refund take?" gets the answer about refunds), else ``response``.
    public func response(for normalized: String) -> LocalizedText? {
        responseVariant(for: normalized) ?? response
    }

    /// The first `response_when` variant whose pattern matches `normalized`, if any.
    public func responseVariant(for normalized: String) -> LocalizedText? {
        responseWhen.first { $0.pattern.regex.matches(normalized) }?.message
    }

    /// Whether only a person may handle `normalized`, a message of this intent.
    public func isHumanOnly(for normalized: String) -> Bool {
        humanOnly || humanOnlyWhen.contains { $0.regex.matches(normalized) }
    }

    /// A text said when a pattern matches what the customer wrote: a handoff's opening line, an answer.
    public struct TextVariant: Sendable {
        public var pattern: Pattern
        public var message: LocalizedText
    }

    /// The opening line of this intent's handoff for a conversation whose customer messages (normalized) are
    /// `said`: the first variant whose pattern matches one of them, else ``handoffMessage``.
    public func handoffMessage(after said: [String]) -> LocalizedText? {
        handoffMessageWhen.first { variant in said.contains { variant.pattern.regex.matches($0) } }?.message ?? handoffMessage
    }

    /// A queue for the messages a pattern matches.
    public struct QueueVariant: Sendable {
        public var pattern: Pattern
        /// The queue's name, checked against the bot's queues when the definitions load.
        public var queue: String
    }

    /// The queue of this intent's handoff for a conversation whose customer messages (normalized) are `said`: the
    /// first variant whose pattern matches one of them, else nil (the queue that lists the intent).
    public func queue(after said: [String]) -> String? {
        queueWhen.first { variant in said.contains { variant.pattern.regex.matches($0) } }?.queue
    }

    /// A compiled pattern with its source position.
    public struct Pattern: Sendable {
        public var source: String
        public var regex: PCRE2Regex
        public var location: SourceLocation
    }
}

/// How urgent a handoff is.
public enum Priority: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case normal
    case high

    private var rank: Int { self == .high ? 1 : 0 }
    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

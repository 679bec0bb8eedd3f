/// A customer's request to talk to a person, as the library recognises it whatever the bot defines: in English,
/// Spanish or Catalan, direct ("agent please") or indirect ("is anyone real there?"), by role ("el encargado"),
/// by department ("put me through to billing") or as a call-back ("truca'm").
public struct PersonRequest: Sendable, Hashable {
    /// The queue of the department the customer named, or `nil` when they named none.
    public var queue: String?
    /// What recognised it, for logs: the rule and its words (`request: talk to > human`), `phrasing` for a
    /// phrasing the library ships, or the bot's intent.
    public var evidence: String
    /// Another queue the department named may mean ("accounts department": billing, or the accounts team), which
    /// what the message is about may choose instead of ``queue``.
    package var alternativeQueue: String?
    /// Whether ``queue`` comes only from a department word elsewhere in the message, not from the request itself
    /// ("…I get your invoices at that email. Can I talk to someone?"): what the message is about, when sure,
    /// outranks it.
    package var queueOnlyMentioned = false

    /// Whether the customer asks to be called or contacted ("call me back", "que me llamen", "truqueu-me") rather
    /// than to talk now.
    public var asksForCall: Bool { evidence.hasPrefix(Self.callBackEvidence) }

    /// How ``evidence`` opens for a request to be called.
    package static let callBackEvidence = "call back"

    public init(queue: String?, evidence: String) {
        self.queue = queue
        self.evidence = evidence
    }

    package init(queue: String?, alternativeQueue: String?, evidence: String) {
        self.init(queue: queue, evidence: evidence)
        self.alternativeQueue = alternativeQueue
    }
}

import Foundation

/// A bot's validated definitions: intents, slots, policy, queues and messages. Read-only once loaded.
public struct Bot: Sendable {
    /// The languages every response must be written in.
    public var languages: [Language]
    /// The intents by name.
    public var intents: [String: Intent]
    /// The slots by name.
    public var slots: [String: SlotDefinition]
    /// The handoff policy.
    public var policy: Policy
    /// The queues by name.
    public var queues: [String: QueueDefinition]
    /// The engine's own messages.
    public var messages: [MessageKey: LocalizedText]
    /// A digest of the definitions' text, for caches.
    public var digest: String

    /// Loads and validates the definitions in the `*.yaml` files of `directory`.
    ///
    /// - Throws: ``DefinitionErrors`` listing every problem.
    public static func load(directory: String) throws -> Bot {
        try BotLoader().load(directory: directory)
    }

    /// The engine message `key` in `language`, in its formal form when `formal` and the message has one.
    public func message(_ key: MessageKey, in language: Language, formal: Bool = false) -> String {
        messages[key]?.text(in: language, fallback: policy.defaultLanguage, formal: formal) ?? ""
    }

    /// The queue that handles `intent`, or the policy's default queue.
    public func queue(for intent: String?) -> QueueDefinition? {
        // The first queue by name that lists the intent, found without sorting or copying the queues: this is
        // asked several times a turn.
        if let intent {
            var first: String?
            for (name, queue) in queues where queue.intents.contains(intent) && first.map({ name < $0 }) ?? true { first = name }
            if let first { return queues[first] }
        }
        return queues[policy.defaultQueue]
    }

    /// Whether `intent` is handled by a team of its own, not the default queue's: what lets a message's topic route
    /// a handoff ("a real person, my router is down" goes to the technicians).
    public func hasTeam(_ intent: String?) -> Bool {
        guard let intent else { return false }
        return queue(for: intent)?.name != policy.defaultQueue
    }

    /// What would break a mandatory handoff, as messages (empty when nothing does): a policy value outside its
    /// bounds, a queue that never opens. ``Engine`` refuses such a bot even when it is built in code.
    public var handoffViolations: [String] {
        policy.boundViolations + queues.values.filter(\.hours.neverOpens).map(\.name).sorted().map(QueueDefinition.neverOpensMessage)
    }

    /// Number of example utterances over all intents and languages.
    public var exampleCount: Int {
        intents.values.reduce(0) { $0 + $1.examples.values.reduce(0) { $0 + $1.count } }
    }
}

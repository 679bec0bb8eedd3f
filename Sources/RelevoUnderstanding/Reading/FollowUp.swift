/// An elliptical follow-up to the conversation's topic: "and express?" after delivery times, "i quan arribarà?"
/// after an order's status, "how long until it's fixed?" after a fault. Alone such a message says too little to
/// be understood; read after the customer's message that set the topic, it continues it.
///
/// A message is read as a follow-up only when it is short, opens like one (a conjunction, "what about", or a
/// question word) and does not lean out of scope on its own ("and who won the match?"); and only to continue the
/// topic's own intent, never to find another.
package enum FollowUp {
    /// The longest follow-up, in words.
    static let maximumWords = 8

    /// How much of the topic message's confidence must remain when the follow-up is read after it.
    static let keptConfidence = 0.8

    /// How confident an understanding of the message alone may be and still give way to the topic.
    static let overridableConfidence = 0.9
    /// The same, for a message that opens with "and" ("I QUAN ARRIBARAN?" after an order's status reads as delivery
    /// times alone at 0.97): the conjunction ties it to what came before.
    static let overridableAfterAnd = 0.99

    /// How clearly the topic must read, after the topic's message, to take over a message understood alone.
    static let clearConfidence = 0.95

    /// Whether a match of the message alone may give way to the topic: not understood, or understood from the
    /// examples with less than ``overridableConfidence`` (``overridableAfterAnd`` when the `words` open with "and").
    static func mayContinue(_ match: IntentMatch, words: [String] = []) -> Bool {
        let bound = words.first.map(ands.contains) == true ? overridableAfterAnd : overridableConfidence
        return !match.isUnderstood || (match.source == .examples && match.confidence < bound)
    }

    /// "And" in the bot's languages.
    static let ands: Set<String> = ["and", "y", "i", "e"]

    /// Openings of a follow-up, as normalized words: conjunctions and "what about" in English, Spanish and Catalan.
    static let continuations: [[String]] = [
        ["and"], ["y"], ["i"], ["e"], ["also"], ["so"], ["what", "about"], ["how", "about"], ["and", "what", "about"],
        ["tambien"], ["tambe"], ["y", "que", "hay", "de"], ["i", "que", "hi", "ha", "de"], ["entonces"], ["llavors"],
        ["aleshores"], ["doncs"], ["pues"],
    ]

    /// Question words that open a follow-up ("when will it arrive?", "¿cuánto va a tardar?", "on és ara?").
    static let questions: Set<String> = [
        "when", "where", "how", "what", "which", "will", "is", "can", "does", "cuando", "donde", "como", "cuanto",
        "cuanta", "cuantos", "cuantas", "que", "cual", "a", "quan", "on", "com", "quant", "quants", "quanta", "quin",
        "quina", "per", "para", "por",
    ]

    /// Words that may come before the opening ("ok and when…", "vale, ¿y…").
    static let fillers: Set<String> = ["ok", "okay", "vale", "val", "dacord", "bueno", "be", "right", "fine", "oh", "ah", "hmm", "si", "yes"]

    /// Whether the normalized `words` open like a follow-up and are short enough to be one.
    static func opens(_ words: [String]) -> Bool {
        guard words.count <= maximumWords else { return false }
        let rest = Array(words.drop { fillers.contains($0) })
        guard let first = rest.first else { return false }
        if continuations.contains(where: { rest.starts(with: $0) }) { return true }
        return questions.contains(first)
    }
}

import Logging

/// Decides which intent a message expresses: PCRE2 patterns first (high precision), then example similarity,
/// with an explicit *not understood* result below the policy's confidence threshold.
struct IntentMatcher: Sendable {
    private let patternIntents: [Intent]
    private let scorer: ExampleScorer
    private let threshold: Double

    init(bot: Bot) {
        // Requests for a person are checked first, then human-only intents, then the rest by name.
        func rank(_ intent: Intent) -> Int { intent.requestsHuman ? 0 : intent.humanOnly ? 1 : 2 }
        patternIntents = bot.intents.values.filter { !$0.patterns.isEmpty }
            .sorted { (rank($0), $0.name) < (rank($1), $1.name) }
        scorer = ExampleScorer(bot: bot)
        threshold = bot.policy.confidenceThreshold
    }

    /// Matches already normalized text.
    func match(_ normalized: String, logger: Logger) -> IntentMatch {
        for intent in patternIntents {
            for pattern in intent.patterns {
                switch pattern.regex.match(normalized) {
                case .match:
                    return IntentMatch(intent: intent.name, confidence: 1, source: .pattern, language: nil)
                case .noMatch:
                    continue
                case .limitExceeded(let error):
                    logger.warning("pattern hit a PCRE2 limit; counted as no match", metadata: [
                        "intent": "\(intent.name)", "location": "\(pattern.location)", "error": "\(error)",
                    ])
                }
            }
        }
        guard let best = scorer.rank(normalized).first, best.similarity >= threshold else {
            return .notUnderstood
        }
        return IntentMatch(intent: best.intent, confidence: min(best.similarity, 1), source: .examples, language: best.language)
    }
}

import Logging

/// Decides which intent a message expresses: PCRE2 patterns first (high precision), then example similarity,
/// with an explicit *not understood* result below the policy's confidence threshold.
struct IntentMatcher: Sendable {
    private let patternIntents: [Intent]
    private let scorer: ExampleScorer
    private let threshold: Double
    private let corrector: SpellingCorrector

    init(bot: Bot) {
        // Requests for a person are checked first, then human-only intents, then the rest by name.
        func rank(_ intent: Intent) -> Int { intent.requestsHuman ? 0 : intent.humanOnly ? 1 : 2 }
        patternIntents = bot.intents.values.filter { !$0.patterns.isEmpty }
            .sorted { (rank($0), $0.name) < (rank($1), $1.name) }
        scorer = ExampleScorer(bot: bot)
        threshold = bot.policy.confidenceThreshold
        corrector = SpellingCorrector(words: Self.vocabulary(of: bot))
    }

    /// Every word of the examples, and the literal words written in patterns.
    static func vocabulary(of bot: Bot) -> [String] {
        var words: [String] = []
        for intent in bot.intents.values {
            for examples in intent.examples.values {
                for example in examples { words += TextNormalizer.words(TextNormalizer.normalize(example)).map(String.init) }
            }
            for pattern in intent.patterns {
                // Letters outside escapes: `\bhuman\b` gives "human"; `\w` and `\d` give nothing.
                let unescaped = pattern.source.replacing(/\\[a-zA-Z]/, with: " ")
                words += TextNormalizer.words(TextNormalizer.normalize(unescaped)).map(String.init)
            }
        }
        return words
    }

    /// The example scorer's ranking, best first, for explaining a decision.
    func ranking(_ normalized: String) -> [(intent: String, similarity: Double)] {
        scorer.rank(corrector.correct(normalized)).map { ($0.intent, $0.similarity) }
    }

    /// Matches already normalized text, as written and with typos corrected.
    func match(_ normalized: String, logger: Logger) -> IntentMatch {
        let corrected = corrector.correct(normalized)
        if let match = matchPatterns(normalized, logger: logger) { return match }
        if corrected != normalized, let match = matchPatterns(corrected, logger: logger) { return match }
        guard let best = scorer.rank(corrected).first, best.similarity >= threshold else {
            return .notUnderstood
        }
        return IntentMatch(intent: best.intent, confidence: min(best.similarity, 1), source: .examples, language: best.language)
    }

    private func matchPatterns(_ normalized: String, logger: Logger) -> IntentMatch? {
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
        return nil
    }
}

import Foundation

/// A first statistical scorer: TF-IDF cosine similarity between a message and each example utterance,
/// over word unigrams, word bigrams and character trigrams (which tolerate typos).
struct ExampleScorer: Sendable {
    struct Example: Sendable {
        var intent: String
        var language: Language
    }

    /// A scored intent: the best similarity of any of its examples.
    struct Score: Sendable {
        var intent: String
        var similarity: Double
        var language: Language
    }

    private var examples: [Example] = []
    private var postings: [UInt64: [(example: Int, weight: Double)]] = [:]
    private var idf: [UInt64: Double] = [:]
    private var unseenIDF: Double = 1

    init(bot: Bot) {
        var vectors: [[UInt64: Double]] = []
        var documentFrequency: [UInt64: Int] = [:]
        for name in bot.intents.keys.sorted() {
            let intent = bot.intents[name]!
            for language in intent.examples.keys.sorted() {
                for text in intent.examples[language]! {
                    let counts = Self.features(TextNormalizer.normalize(text))
                    guard !counts.isEmpty else { continue }
                    examples.append(Example(intent: name, language: language))
                    vectors.append(counts)
                    for feature in counts.keys { documentFrequency[feature, default: 0] += 1 }
                }
            }
        }
        let documents = Double(max(examples.count, 1))
        for (feature, frequency) in documentFrequency {
            idf[feature] = log((documents + 1) / (Double(frequency) + 1)) + 1
        }
        unseenIDF = log(documents + 1) + 1
        for (index, counts) in vectors.enumerated() {
            let weighted = counts.mapValues { $0 } .reduce(into: [UInt64: Double]()) { $0[$1.key] = $1.value * idf[$1.key]! }
            let norm = sqrt(weighted.values.reduce(0) { $0 + $1 * $1 })
            for (feature, weight) in weighted { postings[feature, default: []].append((index, weight / norm)) }
        }
    }

    /// Intents ranked by similarity to `normalized` text, best first.
    func rank(_ normalized: String) -> [Score] {
        let counts = Self.features(normalized)
        guard !counts.isEmpty else { return [] }
        var query: [UInt64: Double] = [:]
        for (feature, count) in counts { query[feature] = count * (idf[feature] ?? unseenIDF) }
        let norm = sqrt(query.values.reduce(0) { $0 + $1 * $1 })
        var dots = [Double](repeating: 0, count: examples.count)
        for (feature, weight) in query {
            guard let list = postings[feature] else { continue }
            for posting in list { dots[posting.example] += posting.weight * weight / norm }
        }
        var best: [String: Score] = [:]
        for (index, dot) in dots.enumerated() where dot > 0 {
            let example = examples[index]
            if dot > best[example.intent]?.similarity ?? 0 {
                best[example.intent] = Score(intent: example.intent, similarity: dot, language: example.language)
            }
        }
        return best.values.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.intent < $1.intent }
    }

    /// Weighted feature counts: words (1.0), word bigrams (0.7), character trigrams of words (0.3).
    static func features(_ normalized: String) -> [UInt64: Double] {
        var counts: [UInt64: Double] = [:]
        let words = TextNormalizer.words(normalized)
        for (index, word) in words.enumerated() {
            counts[hash("w", word), default: 0] += 1
            if index > 0 { counts[hash("b", words[index - 1] + " " + word), default: 0] += 0.7 }
            let padded = Array("^\(word)$")
            if padded.count >= 3 {
                for start in 0...(padded.count - 3) {
                    counts[hash("c", String(padded[start..<start + 3])), default: 0] += 0.3
                }
            }
        }
        return counts
    }

    /// A stable 64-bit FNV-1a hash of a feature, independent of the process.
    private static func hash(_ kind: String, _ text: some StringProtocol) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in kind.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}

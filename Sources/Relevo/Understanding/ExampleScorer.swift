import Foundation

/// A first statistical scorer: TF-IDF cosine similarity between a message and each example utterance
/// and each intent's centroid, over word unigrams, word bigrams and character trigrams (which tolerate typos).
/// Function words weigh little, so "what is the meaning of life" does not look like "what is the status of my order".
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
    /// Each intent's normalized centroid, as postings: feature → (intent index, weight).
    private var intentNames: [String] = []
    private var centroidPostings: [UInt64: [(intent: Int, weight: Double)]] = [:]
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
        var centroids: [String: [UInt64: Double]] = [:]
        for (index, counts) in vectors.enumerated() {
            let weighted = counts.reduce(into: [UInt64: Double]()) { $0[$1.key] = $1.value * idf[$1.key]! }
            let norm = sqrt(weighted.values.reduce(0) { $0 + $1 * $1 })
            for (feature, weight) in weighted {
                postings[feature, default: []].append((index, weight / norm))
                centroids[examples[index].intent, default: [:]][feature, default: 0] += weight / norm
            }
        }
        intentNames = centroids.keys.sorted()
        for (intentIndex, name) in intentNames.enumerated() {
            let centroid = centroids[name]!
            let norm = sqrt(centroid.values.reduce(0) { $0 + $1 * $1 })
            for (feature, weight) in centroid { centroidPostings[feature, default: []].append((intentIndex, weight / norm)) }
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
        var centroidDots = [Double](repeating: 0, count: intentNames.count)
        for (feature, weight) in query {
            guard let list = centroidPostings[feature] else { continue }
            for posting in list { centroidDots[posting.intent] += posting.weight * weight / norm }
        }
        var best: [String: Score] = [:]
        for (index, dot) in dots.enumerated() where dot > 0 {
            let example = examples[index]
            if dot > best[example.intent]?.similarity ?? 0 {
                best[example.intent] = Score(intent: example.intent, similarity: dot, language: example.language)
            }
        }
        for (index, dot) in centroidDots.enumerated() {
            let name = intentNames[index]
            if var score = best[name], dot > score.similarity {
                score.similarity = dot
                best[name] = score
            }
        }
        return best.values.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.intent < $1.intent }
    }

    /// Weighted feature counts: words (1.0, function words 0.15), word bigrams (0.7), character trigrams of
    /// content words (0.3).
    static func features(_ normalized: String) -> [UInt64: Double] {
        var counts: [UInt64: Double] = [:]
        let words = TextNormalizer.words(normalized)
        for (index, word) in words.enumerated() {
            let isFunctionWord = functionWords.contains(String(word))
            counts[hash("w", word), default: 0] += isFunctionWord ? 0.15 : 1
            if index > 0 { counts[hash("b", words[index - 1] + " " + word), default: 0] += isFunctionWord ? 0.3 : 0.7 }
            if isFunctionWord { continue }
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

    /// Words that carry little meaning on their own, in English, Spanish and Catalan (accent-free).
    static let functionWords: Set<String> = [
        "a", "an", "the", "is", "are", "was", "be", "to", "of", "in", "on", "at", "for", "with", "and", "or", "it", "its",
        "this", "that", "my", "your", "me", "i", "im", "you", "we", "what", "how", "can", "could", "do", "does", "did",
        "please", "so", "very", "just", "again", "about", "some", "any", "there", "has", "have", "will", "would", "tell",
        "not", "no", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "hasnt", "havent", "ive", "id", "ill", "if",
        "el", "la", "los", "las", "lo", "le", "un", "una", "unos", "de", "del", "al", "y", "o", "que", "en", "con", "por",
        "para", "mi", "mis", "tu", "su", "me", "te", "se", "es", "esta", "este", "esto", "muy", "ya", "como", "pero",
        "els", "les", "i", "amb", "per", "meu", "meva", "teu", "seu",
    ]
}

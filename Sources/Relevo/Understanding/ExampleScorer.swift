import Foundation

/// A first statistical scorer: TF-IDF cosine similarity between a message and each example utterance
/// and each intent's centroid, over word unigrams, word bigrams and character trigrams (which tolerate typos).
/// Function words weigh little, so "what is the meaning of life" does not look like "what is the status of my order".
struct ExampleScorer: Sendable {
    struct Example: Sendable {
        var intentIndex: Int
        var language: Language
    }

    /// A scored intent: the best similarity of any of its examples.
    struct Score: Sendable {
        var intent: String
        var similarity: Double
        var language: Language
    }

    private var examples: [Example] = []
    /// The intents with examples, by index; each one's normalized centroid is in `centroidPostings`.
    private var intentNames: [String] = []
    private var centroidPostings: [UInt64: [(intent: Int, weight: Double)]] = [:]
    private var postings: [UInt64: [(example: Int, weight: Double)]] = [:]
    private var idf: [UInt64: Double] = [:]
    private var unseenIDF: Double = 1

    /// An estimate of the model's size in memory: postings, centroids and weights.
    var modelBytes: Int {
        let postingBytes = postings.values.reduce(0) { $0 + $1.count } * 16 + postings.count * 24
        let centroidBytes = centroidPostings.values.reduce(0) { $0 + $1.count } * 16 + centroidPostings.count * 24
        return postingBytes + centroidBytes + idf.count * 16 + examples.count * 24
    }

    /// A labelled utterance to learn from.
    struct Row: Sendable {
        var text: String
        var intent: String
        var language: Language
    }

    init(bot: Bot) {
        var rows: [Row] = []
        for name in bot.intents.keys.sorted() {
            let intent = bot.intents[name]!
            for language in intent.examples.keys.sorted() {
                rows += intent.examples[language]!.map { Row(text: $0, intent: name, language: language) }
            }
        }
        self.init(rows: rows)
    }

    /// Learns from labelled rows.
    init(rows: [Row]) {
        var vectors: [[UInt64: Double]] = []
        var documentFrequency: [UInt64: Int] = [:]
        intentNames = Array(Set(rows.map(\.intent))).sorted()
        let indexOf = Dictionary(uniqueKeysWithValues: intentNames.enumerated().map { ($1, $0) })
        for row in rows {
            let counts = Self.features(TextNormalizer.normalize(row.text))
            guard !counts.isEmpty else { continue }
            examples.append(Example(intentIndex: indexOf[row.intent]!, language: row.language))
            vectors.append(counts)
            for feature in counts.keys { documentFrequency[feature, default: 0] += 1 }
        }
        let documents = Double(max(examples.count, 1))
        for (feature, frequency) in documentFrequency {
            idf[feature] = log((documents + 1) / (Double(frequency) + 1)) + 1
        }
        unseenIDF = log(documents + 1) + 1
        var centroids = [[UInt64: Double]](repeating: [:], count: intentNames.count)
        for (index, counts) in vectors.enumerated() {
            let weighted = counts.reduce(into: [UInt64: Double]()) { $0[$1.key] = $1.value * idf[$1.key]! }
            let norm = Self.norm(weighted)
            for (feature, weight) in weighted {
                postings[feature, default: []].append((index, weight / norm))
                centroids[examples[index].intentIndex][feature, default: 0] += weight / norm
            }
        }
        for (intentIndex, centroid) in centroids.enumerated() {
            let norm = Self.norm(centroid)
            guard norm > 0 else { continue }
            for (feature, weight) in centroid { centroidPostings[feature, default: []].append((intentIndex, weight / norm)) }
        }
    }

    /// Intents ranked by similarity to `normalized` text, best first.
    func rank(_ normalized: String) -> [Score] {
        let counts = Self.features(normalized)
        guard !counts.isEmpty else { return [] }
        var query: [(feature: UInt64, weight: Double)] = []
        query.reserveCapacity(counts.count)
        var squares = 0.0
        // A fixed order (dictionaries iterate differently per instance): the same text, the same scores to the bit.
        for (feature, count) in counts.sorted(by: { $0.key < $1.key }) {
            let weight = count * (idf[feature] ?? unseenIDF)
            query.append((feature, weight))
            squares += weight * weight
        }
        let norm = sqrt(squares)
        // Dot products only for the examples a feature reaches; the best per intent, then the centroids.
        var dots = [Double](repeating: 0, count: examples.count)
        var touched: [Int] = []
        for (feature, weight) in query {
            guard let list = postings[feature] else { continue }
            let scaled = weight / norm
            for posting in list {
                if dots[posting.example] == 0 { touched.append(posting.example) }
                dots[posting.example] += posting.weight * scaled
            }
        }
        var best = [Double](repeating: 0, count: intentNames.count)
        var language = [Language?](repeating: nil, count: intentNames.count)
        for index in touched {
            let example = examples[index]
            if dots[index] > best[example.intentIndex] {
                best[example.intentIndex] = dots[index]
                language[example.intentIndex] = example.language
            }
        }
        var centroidDots = [Double](repeating: 0, count: intentNames.count)
        for (feature, weight) in query {
            guard let list = centroidPostings[feature] else { continue }
            for posting in list { centroidDots[posting.intent] += posting.weight * weight / norm }
        }
        var scores: [Score] = []
        for index in intentNames.indices where best[index] > 0 {
            scores.append(Score(intent: intentNames[index], similarity: max(best[index], centroidDots[index]), language: language[index]!))
        }
        return scores.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.intent < $1.intent }
    }

    /// The Euclidean norm, summed in feature order so that it does not depend on dictionary order.
    static func norm(_ vector: [UInt64: Double]) -> Double {
        sqrt(vector.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * $1.value })
    }

    /// Weighted feature counts: words (1.0, function words 0.15), word bigrams (0.7), character trigrams of
    /// content words (0.3). Features are hashed straight from the text's scalars, without building strings.
    static func features(_ normalized: String) -> [UInt64: Double] {
        var counts: [UInt64: Double] = [:]
        var previous: [UInt32] = []
        var scalars: [UInt32] = []
        for word in TextNormalizer.words(normalized) {
            scalars.removeAll(keepingCapacity: true)
            for scalar in word.unicodeScalars { scalars.append(scalar.value) }
            let wordHash = hash(kind: 0x77, scalars[...])
            let isFunctionWord = functionWordHashes.contains(wordHash)
            counts[wordHash, default: 0] += isFunctionWord ? 0.15 : 1
            if !previous.isEmpty {
                var bigram = hash(kind: 0x62, previous[...])
                bigram = mix(bigram, 0x20)
                for value in scalars { bigram = mix(bigram, value) }
                counts[bigram, default: 0] += isFunctionWord ? 0.3 : 0.7
            }
            swap(&previous, &scalars)
            if isFunctionWord { continue }
            // Trigrams of "^word$".
            let padded = [0x5E] + previous + [0x24]
            if padded.count >= 3 {
                for start in 0...(padded.count - 3) {
                    counts[hash(kind: 0x63, padded[start..<start + 3]), default: 0] += 0.3
                }
            }
        }
        return counts
    }

    /// A stable 64-bit FNV-1a hash of a feature kind and a run of scalars, independent of the process.
    private static func hash(kind: UInt32, _ values: ArraySlice<UInt32>) -> UInt64 {
        var value = mix(0xcbf2_9ce4_8422_2325, kind)
        for scalar in values { value = mix(value, scalar) }
        return value
    }

    private static func mix(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        var hash = hash
        var rest = scalar
        repeat {
            hash = (hash ^ UInt64(rest & 0xFF)) &* 0x100_0000_01b3
            rest >>= 8
        } while rest != 0
        return hash
    }

    static let functionWordHashes: Set<UInt64> = Set(functionWords.map { word in
        hash(kind: 0x77, Array(word.unicodeScalars.map(\.value))[...])
    })

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

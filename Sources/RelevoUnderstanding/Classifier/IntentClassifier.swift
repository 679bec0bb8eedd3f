import Foundation

/// A trained linear intent classifier: one-vs-rest L2-loss support vector machines over TF-IDF weighted
/// ``TextFeatures`` and the sum of the message's ``WordVectors``, with a softmax confidence over the class
/// scores for the out-of-scope decision.
///
/// Weights are stored feature-major (`rows × labels` floats), so classifying a message adds one contiguous row
/// per known feature: a few microseconds for 150 intents. The weights learnt for the word vectors' dimensions
/// are folded into one row per known word when training ends, so a message's meaning costs one row per word
/// too, and the vectors themselves are not needed to classify.
package struct IntentClassifier: Sendable {
    /// A classification: the best label, its raw score and the confidence in it.
    package struct Prediction: Sendable, Equatable {
        package var label: Int
        var score: Float
        /// From 0 to 1: see ``IntentClassifier/confidences(_:)``.
        package var confidence: Double
    }

    /// The settings training reads; part of the model cache's key.
    package struct Settings: Sendable, Hashable {
        /// The SVM's cost: larger fits the examples more closely.
        var cost: Double = 1
        /// How much character n-grams weigh against word n-grams.
        var characterWeight: Float = 1
        /// How much the word vectors weigh against word n-grams (0: not used).
        var wordVectorWeight: Float = 1.5
        /// The softmax temperature of the confidence: lower is more decisive.
        var temperature: Float = 0.1
        /// The score at which a label's evidence is one half, and how steeply it rises: a message unlike every
        /// example has low scores everywhere, however they compare.
        var evidenceMidpoint: Float = 0.1
        var evidenceSlope: Float = 8
        /// The most passes coordinate descent makes over the examples, for a model of up to `epochBudget` (examples
        /// and variants) × labels; a larger one gets fewer, down to `minEpochs`. A small bot's model needs the
        /// passes to converge: after 10, one example more changed other messages' confidence by up to 0.12 (the
        /// solver's visiting order had moved), after 30 by 0.01 — and 7 fewer misses over the evaluation sets.
        /// CLINC150's full set (15,000 × 150) keeps 10: 30 gave the same accuracy in 1.7 s of training, not 1.3.
        var maxEpochs: Int = 30
        var minEpochs: Int = 10
        var epochBudget: Int = 12_000_000
        /// Dual coordinate descent stops when the projected gradient's spread falls below this.
        var tolerance: Double = 0.1
        /// The most variants in carrier phrases (``ExampleAugmenter``) an example gets, and the budget of
        /// (examples and their variants) × labels that decides how many it gets: a bot with a few examples per
        /// intent gets the most, CLINC150's 15,000 examples of 150 intents none (training time stays as it was).
        var carrierVariants: Int = 10
        var augmentationBudget: Int = 450_000
        /// What a variant counts for against a written example. Ten variants at full weight would be the example
        /// ten times over: a costlier fit, surer of words the examples only share by chance ("the capital of peru
        /// is lima" came out as an order question in a six-intent bot).
        var variantWeight: Float = 0.3

        /// These settings for a model of `examples` (with their variants) and `labels`: as many passes as the epoch
        /// budget allows, between `minEpochs` and `maxEpochs`.
        func fitted(to examples: Int, labels: Int) -> Settings {
            var fitted = self
            fitted.maxEpochs = min(maxEpochs, max(minEpochs, epochBudget / max(1, examples * labels)))
            return fitted
        }
    }

    /// The labels, by index.
    let labels: [String]
    let settings: Settings
    /// The bucket of each weight row, in row order.
    let rowBuckets: [Int32]
    /// Each row's inverse document frequency.
    let idf: [Float]
    /// Each row's weights for every label, in `lanes` vectors per row (the last one padded with zeros), as
    /// bfloat16: the upper half of each `Float`'s bits. Half the bytes of `Float` weights to read per message,
    /// and widened back by a shift; the 8-bit mantissa does not change a prediction's accuracy measurably.
    let weights: [SIMD8<UInt16>]
    /// One bias per label.
    let bias: [Float]
    /// The words that have vectors, and each one's weights for every label (`lanes` bfloat16 vectors per word,
    /// as `weights`): the word's vector times the weights learnt for the vectors. Empty without word vectors.
    let wordIndex: WordIndex
    let wordWeights: [SIMD8<UInt16>]
    /// The row of each bucket, or -1: built from `rowBuckets`.
    let rowOfBucket: [Int32]

    /// The number of vectors of eight weights per row.
    var lanes: Int { Self.lanes(labels.count) }

    static func lanes(_ labelCount: Int) -> Int { (labelCount + 7) / 8 }

    init(labels: [String], settings: Settings, rowBuckets: [Int32], idf: [Float], weights: [SIMD8<UInt16>], bias: [Float],
         wordIndex: WordIndex = .empty, wordWeights: [SIMD8<UInt16>] = []) {
        self.labels = labels
        self.wordIndex = wordIndex
        self.wordWeights = wordWeights
        self.settings = settings
        self.rowBuckets = rowBuckets
        self.idf = idf
        self.weights = weights
        self.bias = bias
        var rowOfBucket = [Int32](repeating: -1, count: TextFeatures.bucketCount)
        for (row, bucket) in rowBuckets.enumerated() { rowOfBucket[Int(bucket)] = Int32(row) }
        self.rowOfBucket = rowOfBucket
    }

    /// `Float` weights as bfloat16, rounded to the nearest (ties to even).
    static func brainFloats(_ weights: [SIMD8<Float>]) -> [SIMD8<UInt16>] {
        weights.map { vector in
            let bits = unsafeBitCast(vector, to: SIMD8<UInt32>.self)
            let rounded = bits &+ 0x7FFF &+ ((bits &>> 16) & 1)
            return SIMD8<UInt16>(truncatingIfNeeded: rounded &>> 16)
        }
    }

    /// bfloat16 weights back to `Float`: each one's bits become the upper half.
    @inline(__always)
    static func widen(_ weights: SIMD8<UInt16>) -> SIMD8<Float> {
        unsafeBitCast(SIMD8<UInt32>(truncatingIfNeeded: weights) &<< 16, to: SIMD8<Float>.self)
    }

    /// The model's size in memory, in bytes.
    package var modelBytes: Int {
        (weights.count + wordWeights.count) * 16 + (idf.count + bias.count + rowBuckets.count + rowOfBucket.count) * 4
            + wordIndex.bytes
            + labels.reduce(0) { $0 + $1.utf8.count + 16 }
    }

    /// The best label for already normalized text, or `nil` when no feature of it was seen in training.
    package func predict(_ normalized: String) -> Prediction? {
        let scores = scores(TextFeatures(normalized), words: words(in: normalized))
        guard !scores.isEmpty else { return nil }
        return prediction(from: scores)
    }

    /// The words of normalized text that the model has weights for.
    func words(in normalized: String) -> [Int32] {
        wordWeights.isEmpty ? [] : wordIndex.words(in: normalized)
    }

    /// Whether the model knows one of the message's words (as a word of its examples, or by its word vector):
    /// without one, only letter sequences would speak for a label, and "grrr fffp" would find one.
    func knowsAWord(_ features: TextFeatures, words: [Int32]) -> Bool {
        if !words.isEmpty, !wordWeights.isEmpty { return true }
        return features.words.contains { rowOfBucket[Int($0.bucket)] >= 0 }
    }

    /// All labels' scores for a message's `features` and known `words`; empty when none of them is known.
    func scores(_ features: TextFeatures, words: [Int32]) -> [Float] {
        let vector = weightedVector(features)
        let usesWords = !words.isEmpty && !wordWeights.isEmpty
        guard !vector.isEmpty || usesWords else { return [] }
        let lanes = self.lanes
        var sums = [SIMD8<Float>](repeating: .zero, count: lanes)
        sums.withUnsafeMutableBufferPointer { sums in
            weights.withUnsafeBufferPointer { weights in
                // Four rows at a time: their loads from scattered places in the model overlap rather than wait in turn.
                var index = 0
                while index + 4 <= vector.count {
                    let (a, b, c, d) = (vector[index], vector[index + 1], vector[index + 2], vector[index + 3])
                    let (baseA, baseB, baseC, baseD) = (Int(a.row) * lanes, Int(b.row) * lanes, Int(c.row) * lanes, Int(d.row) * lanes)
                    for lane in 0..<lanes {
                        sums[lane] += a.value * Self.widen(weights[baseA + lane]) + b.value * Self.widen(weights[baseB + lane])
                            + c.value * Self.widen(weights[baseC + lane]) + d.value * Self.widen(weights[baseD + lane])
                    }
                    index += 4
                }
                while index < vector.count {
                    let (row, value) = vector[index]
                    let base = Int(row) * lanes
                    for lane in 0..<lanes { sums[lane] += value * Self.widen(weights[base + lane]) }
                    index += 1
                }
            }
            guard usesWords else { return }
            // The words' vectors are summed and divided by √count in training: the same, one row per word.
            let factor = 1 / Float(words.count).squareRoot()
            wordWeights.withUnsafeBufferPointer { weights in
                var index = 0
                while index + 4 <= words.count {
                    let (baseA, baseB, baseC, baseD) = (Int(words[index]) * lanes, Int(words[index + 1]) * lanes,
                                                        Int(words[index + 2]) * lanes, Int(words[index + 3]) * lanes)
                    for lane in 0..<lanes {
                        sums[lane] += factor * (Self.widen(weights[baseA + lane]) + Self.widen(weights[baseB + lane])
                            + Self.widen(weights[baseC + lane]) + Self.widen(weights[baseD + lane]))
                    }
                    index += 4
                }
                while index < words.count {
                    let base = Int(words[index]) * lanes
                    for lane in 0..<lanes { sums[lane] += factor * Self.widen(weights[base + lane]) }
                    index += 1
                }
            }
        }
        var scores = bias
        for label in scores.indices { scores[label] += sums[label / 8][label % 8] }
        return scores
    }

    /// Each label's confidence: its softmax probability at the settings' temperature (how it compares with
    /// the other labels) times the logistic evidence of its own score (how much the message looks like it at all).
    func confidences(_ scores: [Float]) -> [Double] {
        let top = scores.max() ?? 0
        let sum = softmaxDenominator(scores, top: top)
        return scores.map { score in Double(exp((score - top) / settings.temperature) / sum * evidence(score)) }
    }

    /// The best-scoring label with its confidence.
    func prediction(from scores: [Float]) -> Prediction {
        prediction(from: scores, excluding: nil)
    }

    /// The best-scoring label other than `excluded`, with its confidence against every label (`excluded` too).
    func prediction(from scores: [Float], excluding excluded: Int?) -> Prediction {
        prediction(from: scores) { $0 == excluded }
    }

    /// The best-scoring label that is not `excluded`, with its confidence against every label (excluded ones too).
    @inline(__always)
    func prediction(from scores: [Float], excluding excluded: (Int) -> Bool) -> Prediction {
        guard var best = scores.indices.first(where: { !excluded($0) }) else { return Prediction(label: 0, score: 0, confidence: 0) }
        for index in scores.indices where !excluded(index) && scores[index] > scores[best] { best = index }
        let top = scores.max() ?? scores[best]
        let confidence = evidence(scores[best]) * exp((scores[best] - top) / settings.temperature) / softmaxDenominator(scores, top: top)
        return Prediction(label: best, score: scores[best], confidence: Double(confidence))
    }

    /// Σ exp((score − top) / temperature); scores more than 20 temperatures below the top add less than 2e-9
    /// each and are skipped.
    private func softmaxDenominator(_ scores: [Float], top: Float) -> Float {
        let floor = top - 20 * settings.temperature
        var sum: Float = 0
        for score in scores where score > floor { sum += exp((score - top) / settings.temperature) }
        return sum
    }

    /// How much a message looks like a label at all, from its score: a logistic curve.
    private func evidence(_ score: Float) -> Float {
        1 / (1 + exp(-settings.evidenceSlope * (score - settings.evidenceMidpoint)))
    }

    /// The known features as (row, value): sublinear term frequency times IDF, each group scaled to unit length,
    /// character n-grams then weighted by `settings.characterWeight`.
    func weightedVector(_ features: TextFeatures) -> [(row: Int32, value: Float)] {
        let capacity = features.words.count + features.characters.count
        return [(row: Int32, value: Float)](unsafeUninitializedCapacity: capacity) { vector, count in
            count = 0
            rowOfBucket.withUnsafeBufferPointer { rowOfBucket in
                idf.withUnsafeBufferPointer { idf in
                    for (group, scale) in [(features.words, Float(1)), (features.characters, settings.characterWeight)] {
                        let start = count
                        var squares: Float = 0
                        for feature in group {
                            let row = rowOfBucket[Int(feature.bucket)]
                            guard row >= 0 else { continue }
                            let value = (feature.count == 1 ? 1 : 1 + log(Float(feature.count))) * idf[Int(row)]
                            vector.initializeElement(at: count, to: (row, value))
                            count += 1
                            squares += value * value
                        }
                        guard squares > 0 else { continue }
                        let factor = scale / squares.squareRoot()
                        for index in start..<count { vector[index].value *= factor }
                    }
                }
            }
        }
    }
}

import Foundation

extension IntentClassifier {
    /// A labelled example to learn from: normalized text and its label's index.
    package struct Example: Sendable {
        var normalized: String
        var label: Int
        /// The language it is written in, when known: its variants' carrier phrases are in that language.
        var language: Language?
        /// How much it counts: the SVM's cost for it is the settings' cost times this.
        var weight: Float
        /// Whether it gets variants in carrier phrases. The library's out-of-scope messages do not: "hi, what's
        /// the capital of peru" taught the out-of-scope label the carriers' words, and "hi" came out not understood.
        var takesCarriers: Bool

        package init(normalized: String, label: Int, language: Language? = nil, weight: Float = 1, takesCarriers: Bool = true) {
            self.normalized = normalized
            self.label = label
            self.language = language
            self.weight = weight
            self.takesCarriers = takesCarriers
        }
    }

    /// Trains on `examples` (labels index into `labels`) and their variants in carrier phrases
    /// (``ExampleAugmenter``, as many as `settings` allow for this many examples and labels): TF-IDF features and,
    /// with `vectors`, the sum of each example's word vectors, then one L2-regularized L2-loss SVM per label by
    /// dual coordinate descent (Hsieh et al., 2008, as in LIBLINEAR), labels spread over all cores.
    /// The same examples, settings and vectors give the same model to the bit.
    package static func train(labels: [String], examples: [Example], settings: Settings = Settings(), vectors: WordVectors? = nil)
        -> IntentClassifier
    {
        let augmenter = ExampleAugmenter(variantsPerExample: ExampleAugmenter.variantsPerExample(
            examples: examples.count, labels: labels.count, limit: settings.carrierVariants, budget: settings.augmentationBudget),
            weight: settings.variantWeight)
        // One random order, fixed by a seed, in memory: the solver then reads examples in blocks of neighbours.
        var examples = examples + augmenter.variants(of: examples)
        var random = SplitMix64(seed: 0x5EED)
        examples.shuffle(using: &random)
        let features = examples.concurrentMap { TextFeatures($0.normalized) }
        // Rows in order of first appearance; document frequencies for the IDF.
        var rowOfBucket = [Int32](repeating: -1, count: TextFeatures.bucketCount)
        var rowBuckets: [Int32] = []
        var documentFrequency: [Int32] = []
        for example in features {
            for feature in example.words + example.characters {
                var row = rowOfBucket[Int(feature.bucket)]
                if row < 0 {
                    row = Int32(rowBuckets.count)
                    rowOfBucket[Int(feature.bucket)] = row
                    rowBuckets.append(feature.bucket)
                    documentFrequency.append(0)
                }
                documentFrequency[Int(row)] += 1
            }
        }
        let documents = Float(examples.count)
        let idf = documentFrequency.map { log((1 + documents) / (1 + Float($0))) + 1 }
        let unweighted = IntentClassifier(labels: labels, settings: settings, rowBuckets: rowBuckets, idf: idf, weights: [], bias: [])
        let rows = rowBuckets.count
        // The word vectors are the last columns, after the n-gram rows.
        let vectors = settings.wordVectorWeight > 0 ? vectors : nil
        let meanings = vectors.map { vectors in
            examples.concurrentMap { vectors.vector(of: vectors.index.words(in: $0.normalized), weight: settings.wordVectorWeight) }
        }
        let matrix = TrainingMatrix(sparse: features.concurrentMap { unweighted.weightedVector($0) }, dense: meanings, sparseWidth: rows)
        let targets = examples.map(\.label)
        let costs = examples.map(\.weight)
        let settings = settings.fitted(to: examples.count, labels: labels.count)

        let columns = matrix.width
        let width = labels.count
        let lanes = IntentClassifier.lanes(width)
        var weights = [SIMD8<Float>](repeating: .zero, count: columns * lanes)
        var bias = [Float](repeating: 0, count: width)
        weights.withUnsafeMutableBufferPointer { vectors in
            bias.withUnsafeMutableBufferPointer { bias in
                vectors.withMemoryRebound(to: Float.self) { weights in
                    // Each label writes only its own lane of `weights` and its own bias.
                    let (weights, bias) = (UnsafeSendableBuffer(weights), UnsafeSendableBuffer(bias))
                    DispatchQueue.concurrentPerform(iterations: width) { label in
                        let solution = matrix.solveBinarySVM(positive: label, targets: targets, costs: costs, settings: settings)
                        for column in 0..<columns { weights.buffer[column * lanes * 8 + label] = solution.weights[column] }
                        bias.buffer[label] = solution.bias
                    }
                }
            }
        }
        let wordWeights = vectors.map { vectors in
            Self.wordWeights(vectors, dimensionWeights: Array(weights[(rows * lanes)..<((rows + vectors.dimensions) * lanes)]),
                             lanes: lanes, settings: settings)
        }
        return IntentClassifier(labels: labels, settings: settings, rowBuckets: rowBuckets, idf: idf,
                                weights: brainFloats(Array(weights[..<(rows * lanes)])), bias: bias,
                                wordIndex: vectors?.index ?? .empty, wordWeights: wordWeights ?? [])
    }

    /// Every word's weights for every label: its vector (times the settings' word-vector weight) times the
    /// weights learnt for the vectors' dimensions (`dimensions × lanes`), so that classifying needs no vector.
    private static func wordWeights(_ vectors: WordVectors, dimensionWeights: [SIMD8<Float>], lanes: Int, settings: Settings)
        -> [SIMD8<UInt16>]
    {
        let dimensions = vectors.dimensions
        var result = [SIMD8<Float>](repeating: .zero, count: vectors.count * lanes)
        let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
        result.withUnsafeMutableBufferPointer { result in
            let output = UnsafeSendableBuffer(result)
            dimensionWeights.withUnsafeBufferPointer { dimensionWeights in
                let dimensionWeights = UnsafeSendableBuffer(UnsafeMutableBufferPointer(mutating: dimensionWeights))
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    // Each chunk writes only its own words' rows.
                    vectors.values.withUnsafeBufferPointer { values in
                        for word in vectors.count * chunk / chunks..<vectors.count * (chunk + 1) / chunks {
                            let base = word * lanes
                            for dimension in 0..<dimensions {
                                let value = Float(values[word * dimensions + dimension])
                                guard value != 0 else { continue }
                                let row = dimension * lanes
                                for lane in 0..<lanes { output.buffer[base + lane] += value * dimensionWeights.buffer[row + lane] }
                            }
                            let factor = vectors.scales[word] * settings.wordVectorWeight
                            for lane in 0..<lanes { output.buffer[base + lane] *= factor }
                        }
                    }
                }
            }
        }
        return brainFloats(result)
    }
}

/// A buffer shared by parallel tasks that read it, or write separate indices of it.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// A small, fast, seedable generator: the same seed gives the same training order on every machine.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

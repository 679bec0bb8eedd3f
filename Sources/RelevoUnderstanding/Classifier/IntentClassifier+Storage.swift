import Foundation

extension IntentClassifier {
    /// Bump when features, training or the file layout change: older cached models are then retrained.
    static let formatVersion: UInt32 = 6
    static let magic: UInt32 = 0x4D56_4C52  // "RLVM"

    /// A stable 64-bit key of everything training reads: the code's format version, the settings, the word
    /// vectors' content id (0 without them), the labels and every example in order.
    static func cacheKey(labels: [String], examples: [Example], settings: Settings, vectorsID: UInt64) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(formatVersion)
        hasher.combine("\(settings.cost) \(settings.characterWeight) \(settings.wordVectorWeight) \(settings.maxEpochs) \(settings.minEpochs) \(settings.epochBudget) \(settings.tolerance) "
            + "\(settings.carrierVariants) \(settings.augmentationBudget) \(settings.variantWeight)")
        hasher.combine(String(vectorsID, radix: 16))
        hasher.combine(UInt32(labels.count))
        for label in labels { hasher.combine(label) }
        hasher.combine(UInt32(examples.count))
        for example in examples {
            hasher.combine(UInt32(example.label))
            hasher.combine(example.normalized)
            hasher.combine(example.language?.rawValue ?? "")
            if !example.takesCarriers { hasher.combine("no carriers") }
            if example.weight != 1 { hasher.combine("weight \(example.weight)") }
        }
        return hasher.value
    }

    /// The model as bytes: a header with the key, then the labels and the arrays.
    func encoded(key: UInt64) -> Data {
        var data = Data()
        func append<T: BitwiseCopyable>(_ value: T) { withUnsafeBytes(of: value) { data.append(contentsOf: $0) } }
        func append<T: BitwiseCopyable>(_ array: [T]) {
            append(UInt64(array.count))
            array.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        append(Self.magic)
        append(Self.formatVersion)
        append(key)
        append(UInt64(labels.count))
        for label in labels { append(Array(label.utf8)) }
        append(settings.cost)
        append(settings.characterWeight)
        append(settings.wordVectorWeight)
        append(settings.temperature)
        append(Int64(settings.maxEpochs))
        append(settings.tolerance)
        append(rowBuckets)
        append(idf)
        append(weights)
        append(bias)
        append(wordIndex.hashes)
        append(wordWeights)
        return data
    }

    /// Reads a model written by ``encoded(key:)``; `nil` when the bytes are not a complete model of this
    /// format with this key, or their sizes do not agree.
    init?(decoding data: Data, key: UInt64) {
        var reader = ByteReader(data: data)
        guard reader.read(UInt32.self) == Self.magic, reader.read(UInt32.self) == Self.formatVersion,
              reader.read(UInt64.self) == key, let labelCount = reader.read(UInt64.self), labelCount < 1 << 20
        else { return nil }
        var labels: [String] = []
        for _ in 0..<labelCount {
            guard let bytes = reader.readArray(UInt8.self) else { return nil }
            labels.append(String(decoding: bytes, as: UTF8.self))
        }
        guard let cost = reader.read(Double.self), let characterWeight = reader.read(Float.self),
              let wordVectorWeight = reader.read(Float.self), let temperature = reader.read(Float.self), let maxEpochs = reader.read(Int64.self),
              let tolerance = reader.read(Double.self), let rowBuckets = reader.readArray(Int32.self),
              let idf = reader.readArray(Float.self), let weights = reader.readArray(SIMD8<UInt16>.self),
              let bias = reader.readArray(Float.self), let wordHashes = reader.readArray(UInt64.self),
              let wordWeights = reader.readArray(SIMD8<UInt16>.self), reader.isAtEnd,
              wordWeights.count == wordHashes.count * Self.lanes(labels.count),
              idf.count == rowBuckets.count, bias.count == labels.count,
              weights.count == rowBuckets.count * Self.lanes(labels.count),
              rowBuckets.allSatisfy({ $0 >= 0 && Int($0) < TextFeatures.bucketCount })
        else { return nil }
        let settings = Settings(cost: cost, characterWeight: characterWeight, wordVectorWeight: wordVectorWeight, temperature: temperature,
                                maxEpochs: Int(maxEpochs), tolerance: tolerance)
        self.init(labels: labels, settings: settings, rowBuckets: rowBuckets, idf: idf, weights: weights, bias: bias,
                  wordIndex: WordIndex(hashes: wordHashes), wordWeights: wordWeights)
    }
}

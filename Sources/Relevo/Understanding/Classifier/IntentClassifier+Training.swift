import Foundation

extension IntentClassifier {
    /// A labelled example to learn from: normalized text and its label's index.
    struct Example: Sendable {
        var normalized: String
        var label: Int
    }

    /// Trains on `examples` (labels index into `labels`): TF-IDF features, then one L2-regularized L2-loss SVM
    /// per label by dual coordinate descent (Hsieh et al., 2008, as in LIBLINEAR), labels spread over all cores.
    /// The same examples and settings give the same model to the bit.
    static func train(labels: [String], examples: [Example], settings: Settings = Settings()) -> IntentClassifier {
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
        let matrix = SparseMatrix(features.concurrentMap { unweighted.weightedVector($0) })
        let targets = examples.map(\.label)

        let rows = rowBuckets.count
        let width = labels.count
        let lanes = IntentClassifier.lanes(width)
        var weights = [SIMD8<Float>](repeating: .zero, count: rows * lanes)
        var bias = [Float](repeating: 0, count: width)
        weights.withUnsafeMutableBufferPointer { vectors in
            bias.withUnsafeMutableBufferPointer { bias in
                vectors.withMemoryRebound(to: Float.self) { weights in
                    // Each label writes only its own lane of `weights` and its own bias.
                    let output = DisjointWrites(weights: weights, bias: bias)
                    DispatchQueue.concurrentPerform(iterations: width) { label in
                        let solution = matrix.solveBinarySVM(positive: label, targets: targets, columns: rows, settings: settings)
                        for row in 0..<rows { output.weights[row * lanes * 8 + label] = solution.weights[row] }
                        output.bias[label] = solution.bias
                    }
                }
            }
        }
        return IntentClassifier(labels: labels, settings: settings, rowBuckets: rowBuckets, idf: idf, weights: brainFloats(weights), bias: bias)
    }
}

/// The output buffers of parallel training, where every task writes a separate set of indices.
private struct DisjointWrites: @unchecked Sendable {
    let weights: UnsafeMutableBufferPointer<Float>
    let bias: UnsafeMutableBufferPointer<Float>
}

/// Training examples as compressed sparse rows.
struct SparseMatrix: Sendable {
    var offsets: [Int] = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    /// Each example's squared norm, with the bias feature's 1.
    var squaredNorms: [Float] = []

    init(_ vectors: [[(row: Int32, value: Float)]]) {
        for vector in vectors {
            var squares: Float = 1
            for (row, value) in vector {
                columns.append(row)
                values.append(value)
                squares += value * value
            }
            offsets.append(columns.count)
            squaredNorms.append(squares)
        }
    }

    var count: Int { squaredNorms.count }

    /// The matrix's arrays as buffers, for the solver's inner loops.
    private struct Buffers {
        let offsets: UnsafeBufferPointer<Int>
        let columns: UnsafeBufferPointer<Int32>
        let values: UnsafeBufferPointer<Float>
        let squaredNorms: UnsafeBufferPointer<Float>
    }

    private func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    squaredNorms.withUnsafeBufferPointer { squaredNorms in
                        body(Buffers(offsets: offsets, columns: columns, values: values, squaredNorms: squaredNorms))
                    }
                }
            }
        }
    }

    /// w·xᵢ over one example's entries, in four running sums: one sum would wait for each addition before the
    /// next (the solver's hottest loop).
    @inline(__always)
    private static func dot(_ weights: UnsafeMutableBufferPointer<Float>, _ matrix: Buffers, _ entries: Range<Int>) -> Float {
        var sums = SIMD4<Float>.zero
        var entry = entries.lowerBound
        while entry + 4 <= entries.upperBound {
            sums[0] += weights[Int(matrix.columns[entry])] * matrix.values[entry]
            sums[1] += weights[Int(matrix.columns[entry + 1])] * matrix.values[entry + 1]
            sums[2] += weights[Int(matrix.columns[entry + 2])] * matrix.values[entry + 2]
            sums[3] += weights[Int(matrix.columns[entry + 3])] * matrix.values[entry + 3]
            entry += 4
        }
        while entry < entries.upperBound {
            sums[0] += weights[Int(matrix.columns[entry])] * matrix.values[entry]
            entry += 1
        }
        return sums.sum()
    }

    /// Dual coordinate descent with shrinking for `min ½|w|² + C Σ max(0, 1 − yᵢ w·xᵢ)²`, where yᵢ is +1 for
    /// examples of `positive` and −1 for the rest; the bias is a feature of constant value 1.
    func solveBinarySVM(positive: Int, targets: [Int], columns width: Int, settings: IntentClassifier.Settings)
        -> (weights: [Float], bias: Float)
    {
        let count = self.count
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: width)
        let alpha = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
        let sign = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
        let order = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        defer {
            weights.deallocate()
            alpha.deallocate()
            sign.deallocate()
            order.deallocate()
        }
        weights.initialize(repeating: 0)
        alpha.initialize(repeating: 0)
        for example in 0..<count {
            sign[example] = targets[example] == positive ? 1 : -1
            order[example] = example
        }
        let diagonal = Float(1 / (2 * settings.cost))
        var bias: Float = 0
        var active = count
        var random = SplitMix64(seed: UInt64(positive) &+ 0x5EED)
        var largestOld = Float.infinity
        withBuffers { matrix in
            for _ in 0..<settings.maxEpochs {
                var largest = -Float.infinity, smallest = Float.infinity
                for index in stride(from: active - 1, to: 0, by: -1) {
                    order.swapAt(index, Int(random.next() % UInt64(index + 1)))
                }
                var position = 0
                while position < active {
                    let example = order[position]
                    let entries = matrix.offsets[example]..<matrix.offsets[example + 1]
                    let dot = bias + Self.dot(weights, matrix, entries)
                    let gradient = sign[example] * dot - 1 + alpha[example] * diagonal
                    var projected = gradient
                    if alpha[example] == 0 {
                        // Shrinking: an example well outside the margin leaves the active set until convergence.
                        if gradient > largestOld {
                            active -= 1
                            order.swapAt(position, active)
                            continue
                        }
                        projected = min(gradient, 0)
                    }
                    largest = max(largest, projected)
                    smallest = min(smallest, projected)
                    if abs(projected) > 1e-12 {
                        let previous = alpha[example]
                        alpha[example] = max(previous - gradient / (matrix.squaredNorms[example] + diagonal), 0)
                        let step = (alpha[example] - previous) * sign[example]
                        for entry in entries { weights[Int(matrix.columns[entry])] += step * matrix.values[entry] }
                        bias += step
                    }
                    position += 1
                }
                if Double(largest - smallest) <= settings.tolerance {
                    // Converged on the active set: check every example once more before stopping.
                    if active == count { break }
                    active = count
                    largestOld = .infinity
                    continue
                }
                largestOld = largest > 0 ? largest : .infinity
            }
        }
        return (Array(weights), bias)
    }
}

/// A small, fast, seedable generator: the same seed gives the same training order on every machine.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

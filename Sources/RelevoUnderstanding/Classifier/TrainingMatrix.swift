/// Training examples: n-gram features as compressed sparse rows, then optionally the same number of dense
/// columns for every example (its word vector), which the solver reads eight at a time.
///
/// The dense columns are kept as int8 with one scale per example: a quarter of the bytes of `Float`, so the
/// examples stay in the processor's cache while the solver visits them in random order (with 15,000 examples
/// of 256 `Float`s, training took twice as long, waiting on memory).
struct TrainingMatrix: Sendable {
    var offsets: [Int] = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    /// The sparse columns' count: dense column `d` is column `sparseWidth + d`.
    let sparseWidth: Int
    /// Dense columns per example (a multiple of eight, zero-padded), and their values, example-major, as int8
    /// times each example's scale.
    let denseWidth: Int
    var dense: [Int8] = []
    var denseScales: [Float] = []
    /// Each example's squared norm, with the bias feature's 1.
    var squaredNorms: [Float] = []

    /// Examples' sparse vectors and, when given, one dense vector each (all of one length).
    init(sparse: [[(row: Int32, value: Float)]], dense: [[Float]]?, sparseWidth: Int) {
        precondition(dense == nil || dense!.count == sparse.count, "one dense vector per example")
        self.sparseWidth = sparseWidth
        let length = dense?.first?.count ?? 0
        denseWidth = (length + 7) / 8 * 8
        dense?.forEach { precondition($0.count == length, "dense vectors of one length") }
        for (index, vector) in sparse.enumerated() {
            var squares: Float = 1
            for (row, value) in vector {
                columns.append(row)
                values.append(value)
                squares += value * value
            }
            if let dense {
                let scale = max(dense[index].map(abs).max() ?? 0, .leastNormalMagnitude) / 127
                for value in dense[index] {
                    let quantized = Int8((value / scale).rounded())
                    self.dense.append(quantized)
                    squares += Float(quantized) * Float(quantized) * scale * scale
                }
                self.dense += repeatElement(0, count: denseWidth - length)
                denseScales.append(scale)
            }
            offsets.append(columns.count)
            squaredNorms.append(squares)
        }
    }

    var count: Int { squaredNorms.count }

    /// All columns: the weight vector's length.
    var width: Int { sparseWidth + denseWidth }

    /// The matrix's arrays as buffers, for the solver's inner loops.
    struct Buffers {
        let offsets: UnsafeBufferPointer<Int>
        let columns: UnsafeBufferPointer<Int32>
        let values: UnsafeBufferPointer<Float>
        let dense: UnsafeBufferPointer<Int8>
        let denseScales: UnsafeBufferPointer<Float>
        let squaredNorms: UnsafeBufferPointer<Float>
    }

    func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    dense.withUnsafeBufferPointer { dense in
                        denseScales.withUnsafeBufferPointer { denseScales in
                            squaredNorms.withUnsafeBufferPointer { squaredNorms in
                                body(Buffers(offsets: offsets, columns: columns, values: values, dense: dense,
                                             denseScales: denseScales, squaredNorms: squaredNorms))
                            }
                        }
                    }
                }
            }
        }
    }

    /// w·xᵢ: the sparse entries in four running sums (one sum would wait for each addition before the next:
    /// the solver's hottest loop), the dense columns eight at a time.
    @inline(__always)
    func dot(_ weights: UnsafeMutableBufferPointer<Float>, _ matrix: Buffers, example: Int) -> Float {
        var sums = SIMD4<Float>.zero
        var entry = matrix.offsets[example]
        let end = matrix.offsets[example + 1]
        while entry + 4 <= end {
            sums[0] += weights[Int(matrix.columns[entry])] * matrix.values[entry]
            sums[1] += weights[Int(matrix.columns[entry + 1])] * matrix.values[entry + 1]
            sums[2] += weights[Int(matrix.columns[entry + 2])] * matrix.values[entry + 2]
            sums[3] += weights[Int(matrix.columns[entry + 3])] * matrix.values[entry + 3]
            entry += 4
        }
        while entry < end {
            sums[0] += weights[Int(matrix.columns[entry])] * matrix.values[entry]
            entry += 1
        }
        guard denseWidth > 0 else { return sums.sum() }
        let denseWeights = UnsafeRawPointer(weights.baseAddress! + sparseWidth)
        let values = UnsafeRawPointer(matrix.dense.baseAddress! + example * denseWidth)
        var denseSums = SIMD8<Float>.zero
        for block in 0..<denseWidth / 8 {
            denseSums += denseWeights.loadUnaligned(fromByteOffset: block * 32, as: SIMD8<Float>.self)
                * Self.widen(values.loadUnaligned(fromByteOffset: block * 8, as: SIMD8<Int8>.self))
        }
        return sums.sum() + denseSums.sum() * matrix.denseScales[example]
    }

    /// w += step · xᵢ.
    @inline(__always)
    func add(_ step: Float, times example: Int, to weights: UnsafeMutableBufferPointer<Float>, _ matrix: Buffers) {
        for entry in matrix.offsets[example]..<matrix.offsets[example + 1] {
            weights[Int(matrix.columns[entry])] += step * matrix.values[entry]
        }
        guard denseWidth > 0 else { return }
        let denseWeights = UnsafeMutableRawPointer(weights.baseAddress! + sparseWidth)
        let values = UnsafeRawPointer(matrix.dense.baseAddress! + example * denseWidth)
        let scaledStep = step * matrix.denseScales[example]
        for block in 0..<denseWidth / 8 {
            let updated = denseWeights.loadUnaligned(fromByteOffset: block * 32, as: SIMD8<Float>.self)
                + scaledStep * Self.widen(values.loadUnaligned(fromByteOffset: block * 8, as: SIMD8<Int8>.self))
            denseWeights.storeBytes(of: updated, toByteOffset: block * 32, as: SIMD8<Float>.self)
        }
    }

    @inline(__always)
    private static func widen(_ values: SIMD8<Int8>) -> SIMD8<Float> {
        SIMD8<Float>(SIMD8<Int32>(truncatingIfNeeded: values))
    }

    /// The solver visits examples in blocks of this many neighbours (in memory order), the blocks in random
    /// order: as good as visiting examples in random order, and twice as fast, since the processor fetches a
    /// block's rows ahead of need instead of waiting for each from memory.
    static let blockSize = 16

    /// Dual coordinate descent with shrinking for `min ½|w|² + C Σ cᵢ max(0, 1 − yᵢ w·xᵢ)²`, where yᵢ is +1 for
    /// examples of `positive` and −1 for the rest and cᵢ is each example's cost factor (`costs`); the bias is a
    /// feature of constant value 1.
    func solveBinarySVM(positive: Int, targets: [Int], costs: [Float], settings: IntentClassifier.Settings)
        -> (weights: [Float], bias: Float)
    {
        let count = self.count
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: width)
        let alpha = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
        let sign = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
        let order = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        let shrunk = UnsafeMutableBufferPointer<Bool>.allocate(capacity: count)
        defer {
            weights.deallocate()
            alpha.deallocate()
            sign.deallocate()
            order.deallocate()
            shrunk.deallocate()
        }
        weights.initialize(repeating: 0)
        alpha.initialize(repeating: 0)
        shrunk.initialize(repeating: false)
        for example in 0..<count {
            sign[example] = targets[example] == positive ? 1 : -1
            order[example] = example
        }
        // The L2 loss's diagonal term, 1 / (2 C cᵢ), per example.
        let diagonals = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
        defer { diagonals.deallocate() }
        for example in 0..<count { diagonals[example] = Float(1 / (2 * settings.cost * Double(costs[example]))) }
        var bias: Float = 0
        var active = count
        var random = SplitMix64(seed: UInt64(positive) &+ 0x5EED)
        var largestOld = Float.infinity
        let blockSize = Self.blockSize
        // The active examples stay in memory order; each pass visits their blocks in a new random order.
        var blockOrder = [Int](repeating: 0, count: (count + blockSize - 1) / blockSize)
        withBuffers { matrix in
            for _ in 0..<settings.maxEpochs {
                var largest = -Float.infinity, smallest = Float.infinity
                let blocks = (active + blockSize - 1) / blockSize
                for block in 0..<blocks { blockOrder[block] = block }
                for index in stride(from: blocks - 1, to: 0, by: -1) {
                    blockOrder.swapAt(index, Int(random.next() % UInt64(index + 1)))
                }
                for block in blockOrder[0..<blocks] {
                    for position in block * blockSize..<min(block * blockSize + blockSize, active) {
                        let example = order[position]
                        let dot = bias + self.dot(weights, matrix, example: example)
                        let diagonal = diagonals[example]
                        let gradient = sign[example] * dot - 1 + alpha[example] * diagonal
                        var projected = gradient
                        if alpha[example] == 0 {
                            // Shrinking: an example well outside the margin leaves the active set until convergence.
                            if gradient > largestOld {
                                shrunk[example] = true
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
                            add(step, times: example, to: weights, matrix)
                            bias += step
                        }
                    }
                }
                var kept = 0
                for position in 0..<active where !shrunk[order[position]] {
                    order[kept] = order[position]
                    kept += 1
                }
                active = kept
                if Double(largest - smallest) <= settings.tolerance {
                    // Converged on the active set: check every example once more before stopping.
                    if active == count { break }
                    active = count
                    for example in 0..<count { order[example] = example }
                    shrunk.update(repeating: false)
                    largestOld = .infinity
                    continue
                }
                largestOld = largest > 0 ? largest : .infinity
            }
        }
        return (Array(weights), bias)
    }
}


import Foundation
import Logging

/// Trains the intent classifier on labelled rows, chooses the out-of-scope threshold on validation rows, and
/// scores test rows: the measurements behind `relevo eval`.
public struct IntentEvaluation: Sendable {
    /// What was measured. Encoded with the JSON keys of `relevo eval --json` (the confusions are for the
    /// readable report).
    public struct Result: Sendable, Encodable {
        public var inScopeAccuracy: Double
        public var oosRecall: Double
        public var oosPrecision: Double
        public var threshold: Double
        public var trainSeconds: Double
        public var classifyMicrosecondsMedian: Double
        public var trainCount: Int
        public var testCount: Int
        public var modelBytes: Int
        /// The most confused (expected, predicted) intent pairs on the test rows, most frequent first.
        public var confusions: [Confusion]

        public struct Confusion: Sendable, Codable, Hashable {
            public var expected: String
            public var predicted: String
            public var count: Int
        }

        enum CodingKeys: String, CodingKey {
            case inScopeAccuracy = "in_scope_accuracy", oosRecall = "oos_recall", oosPrecision = "oos_precision", threshold
            case trainSeconds = "train_seconds", classifyMicrosecondsMedian = "classify_us_median", trainCount = "n_train"
            case testCount = "n_test", modelBytes = "model_bytes"
        }
    }

    public var train: [LabelledRow]
    public var validation: [LabelledRow]
    public var test: [LabelledRow]
    /// The intent label of out-of-scope rows.
    public var oosLabel: String

    public init(train: [LabelledRow], validation: [LabelledRow], test: [LabelledRow], oosLabel: String = "oos") {
        self.train = train
        self.validation = validation
        self.test = test
        self.oosLabel = oosLabel
    }

    /// Trains from a bot's examples instead of rows.
    public init(bot: Bot, validation: [LabelledRow], test: [LabelledRow], oosLabel: String = "oos") {
        var rows: [LabelledRow] = []
        for name in bot.intents.keys.sorted() {
            for examples in bot.intents[name]!.examples.values { rows += examples.map { LabelledRow(text: $0, intent: name) } }
        }
        self.init(train: rows, validation: validation, test: test, oosLabel: oosLabel)
    }

    /// The same evaluation trained on at most `shots` rows per intent, drawn at random with `seed` from the
    /// training rows: the few-shot regime of a real bot (5–30 examples per intent). The same rows, shots and
    /// seed always draw the same rows, on every machine: each intent's rows are shuffled by a generator seeded
    /// with `seed` and the intent's name, so an intent's draw does not depend on the other intents; the drawn
    /// rows keep their order in the file. Out-of-scope rows are never trained on and are left out.
    public func sampling(shots: Int, seed: UInt64) -> IntentEvaluation {
        var copy = self
        copy.train = Self.sample(train, shots: shots, seed: seed, oosLabel: oosLabel)
        return copy
    }

    /// At most `shots` in-scope rows per intent of `rows`, as ``sampling(shots:seed:)`` draws them.
    static func sample(_ rows: [LabelledRow], shots: Int, seed: UInt64, oosLabel: String) -> [LabelledRow] {
        var positions: [String: [Int]] = [:]
        for (position, row) in rows.enumerated() where row.intent != oosLabel { positions[row.intent, default: []].append(position) }
        var chosen: [Int] = []
        for (intent, intentPositions) in positions {
            var hasher = StableHasher()
            hasher.combine(intent)
            var random = SplitMix64(seed: seed ^ hasher.value)
            var shuffled = intentPositions
            // Fisher–Yates with the generator's own numbers: `shuffle(using:)` may change between Swift versions.
            for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
                shuffled.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            chosen += shuffled.prefix(max(shots, 0))
        }
        return chosen.sorted().map { rows[$0] }
    }

    /// Trains, chooses the threshold and scores; `logger` hears of missing word vectors.
    public func run(logger: Logger) -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        // Training never sees out-of-scope rows.
        let inScopeRows = train.filter { $0.intent != oosLabel }
        let labels = Array(Set(inScopeRows.map(\.intent))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let classifier = IntentClassifier.train(labels: labels, examples: inScopeRows.map {
            IntentClassifier.Example(normalized: TextNormalizer.normalize($0.text), label: labelIndex[$0.intent]!)
        }, vectors: WordVectors.loaded(logger: logger))
        let trainSeconds = Self.seconds(started.duration(to: clock.now))
        func predict(_ text: String) -> (intent: String?, score: Double) {
            guard let best = classifier.predict(TextNormalizer.normalize(text)) else { return (nil, 0) }
            return (labels[best.label], best.confidence)
        }
        let threshold = chooseThreshold(validation.map { (row: $0, prediction: predict($0.text)) })

        var correct = 0, inScope = 0, oos = 0, oosRejected = 0, rejected = 0
        var confusions: [String: Int] = [:]
        for row in test {
            let prediction = predict(row.text)
            let accepted = prediction.intent != nil && prediction.score >= threshold
            if !accepted { rejected += 1 }
            if row.intent == oosLabel {
                oos += 1
                if !accepted { oosRejected += 1 }
            } else {
                inScope += 1
                if accepted, prediction.intent == row.intent {
                    correct += 1
                } else {
                    confusions["\(row.intent)\u{0}\(accepted ? prediction.intent ?? oosLabel : oosLabel)", default: 0] += 1
                }
            }
        }
        let wrongRejections = rejected - oosRejected
        // One utterance at a time, one thread, after a warm-up. Three passes over the sample, each utterance once
        // per pass; the fastest pass's median counts, so that a busy neighbour on a shared machine does not.
        let sample = Array(test.prefix(2_000))
        for row in sample.prefix(200) { _ = predict(row.text) }
        var medians: [Double] = []
        for _ in 0..<3 {
            var times: [Double] = []
            times.reserveCapacity(sample.count)
            for row in sample {
                let start = clock.now
                _ = predict(row.text)
                times.append(Self.seconds(start.duration(to: clock.now)) * 1e6)
            }
            times.sort()
            if !times.isEmpty { medians.append(times[times.count / 2]) }
        }
        let top = confusions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10).map { pair in
            let parts = pair.key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            return Result.Confusion(expected: parts[0], predicted: parts[1], count: pair.value)
        }
        return Result(
            inScopeAccuracy: inScope == 0 ? 0 : Double(correct) / Double(inScope),
            oosRecall: oos == 0 ? 0 : Double(oosRejected) / Double(oos),
            oosPrecision: rejected == 0 ? 0 : Double(oosRejected) / Double(oosRejected + wrongRejections),
            threshold: threshold, trainSeconds: trainSeconds,
            classifyMicrosecondsMedian: medians.min() ?? 0,
            trainCount: train.filter { $0.intent != oosLabel }.count, testCount: test.count,
            modelBytes: classifier.modelBytes, confusions: Array(top))
    }

    /// The threshold with the best in-scope accuracy among those whose out-of-scope recall on the validation
    /// rows makes a recall of at least 50% on new rows 95% sure (``lowerBound(_:count:)``); failing that (too
    /// few such rows), among those that reject half of them; without such rows, the best in-scope accuracy.
    func chooseThreshold(_ scored: [(row: LabelledRow, prediction: (intent: String?, score: Double))]) -> Double {
        let candidates = Set(scored.map(\.prediction.score)).sorted()
        guard !candidates.isEmpty else { return 0.5 }
        let oosCount = scored.filter { $0.row.intent == oosLabel }.count
        // Best: recall sure to reach 50% on new rows; then: 50% on these rows; then any.
        var best: (threshold: Double, tier: Int, accuracy: Double)?
        for threshold in [0] + candidates.map({ $0 + 1e-9 }) {
            var correct = 0, inScope = 0, rejectedOOS = 0
            for (row, prediction) in scored {
                let accepted = prediction.intent != nil && prediction.score >= threshold
                if row.intent == oosLabel {
                    if !accepted { rejectedOOS += 1 }
                } else {
                    inScope += 1
                    if accepted, prediction.intent == row.intent { correct += 1 }
                }
            }
            let accuracy = inScope == 0 ? 0 : Double(correct) / Double(inScope)
            let recall = oosCount == 0 ? 1 : Double(rejectedOOS) / Double(oosCount)
            let tier = Self.lowerBound(recall, count: oosCount) >= 0.5 ? 2 : recall >= 0.5 ? 1 : 0
            if best == nil || (tier, accuracy) > (best!.tier, best!.accuracy) { best = (threshold, tier, accuracy) }
        }
        return best?.threshold ?? 0.5
    }

    /// The lower end of the one-sided 95% Wilson interval of a proportion measured on `count` rows: the
    /// out-of-scope recall that new rows will reach with 95% confidence. With 100 validation rows, a recall of
    /// 59% gives 50.8%: a threshold chosen at exactly 50% on validation rejects fewer than half of new
    /// out-of-scope messages about half of the time.
    static func lowerBound(_ proportion: Double, count: Int) -> Double {
        guard count > 0 else { return proportion }
        let z = 1.645, n = Double(count)
        let centre = proportion + z * z / (2 * n)
        let spread = z * (proportion * (1 - proportion) / n + z * z / (4 * n * n)).squareRoot()
        return (centre - spread) / (1 + z * z / n)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

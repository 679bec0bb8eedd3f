import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct IntentClassifierTests {
    static let labels = ["track", "refund", "hours", "billing", "password", "cancel"]

    static let training: [(String, Int)] = [
        ("where is my order", 0), ("track my parcel", 0), ("has my package shipped yet", 0), ("order status please", 0),
        ("when will my delivery arrive", 0), ("my parcel has not arrived", 0), ("dónde está mi pedido", 0),
        ("i want a refund", 1), ("give me my money back", 1), ("refund my purchase", 1), ("return this for a refund", 1),
        ("can i get reimbursed", 1), ("quiero un reembolso", 1), ("money back for a broken item", 1),
        ("what time do you open", 2), ("opening hours", 2), ("are you open on sunday", 2), ("when do you close", 2),
        ("are you open today", 2), ("horario de apertura", 2), ("what are your hours on saturday", 2),
        ("question about my invoice", 3), ("i was charged twice", 3), ("why is my bill so high", 3), ("factura incorrecta", 3),
        ("wrong amount on my invoice", 3), ("explain this charge", 3), ("billing problem", 3),
        ("i forgot my password", 4), ("reset my password", 4), ("cannot log in", 4), ("locked out of my account", 4),
        ("olvidé mi contraseña", 4), ("password not working", 4), ("help me sign in", 4),
        ("cancel my order", 5), ("i want to cancel", 5), ("stop my order please", 5), ("cancelar mi pedido", 5),
        ("do not send my order", 5), ("cancel the purchase", 5), ("call off my order", 5),
    ]

    /// Paraphrases not in the training rows.
    static let heldOut: [(String, Int)] = [
        ("where's my package", 0), ("track order", 0), ("when does my parcel arrive", 0),
        ("i would like my money back", 1), ("refund please", 1), ("reembolso", 1),
        ("are you open on monday", 2), ("what are the opening hours", 2), ("when do you open tomorrow", 2),
        ("my invoice is wrong", 3), ("i was charged too much", 3), ("a charge on my bill", 3),
        ("password reset", 4), ("i cannot sign in", 4), ("forgot password", 4),
        ("please cancel my order", 5), ("cancel purchase", 5), ("quiero cancelar", 5),
    ]

    /// The word vectors shipped with the library.
    static let vectors = try? WordVectors.bundled.get()

    static func train(_ rows: [(String, Int)] = training) -> IntentClassifier {
        IntentClassifier.train(labels: labels, examples: rows.map { IntentClassifier.Example(normalized: TextNormalizer.normalize($0.0), label: $0.1) },
                               vectors: vectors)
    }

    @Test func learnsASmallFixedSplitAboveAFloor() throws {
        let model = Self.train()
        var correct = 0
        for (text, label) in Self.heldOut where model.predict(TextNormalizer.normalize(text))?.label == label { correct += 1 }
        #expect(Double(correct) / Double(Self.heldOut.count) >= 0.85, "\(correct) of \(Self.heldOut.count)")
        // Every training row is learnt.
        for (text, label) in Self.training { #expect(model.predict(TextNormalizer.normalize(text))?.label == label, "\(text)") }
    }

    @Test func confidenceIsLowForWhatLooksLikeNoLabel() throws {
        let model = Self.train()
        let known = try #require(model.predict(TextNormalizer.normalize("where is my parcel")))
        let unlike = model.predict(TextNormalizer.normalize("the capital of peru is lima"))
        #expect(known.confidence > 0.5)
        #expect((unlike?.confidence ?? 0) < known.confidence / 2)
        #expect(model.predict("zzqx vvbk") == nil || model.predict("zzqx vvbk")!.confidence < 0.2)
    }

    @Test func wordVectorsCarryMeaningThatNoExampleShares() throws {
        let labels = ["weather", "flight"]
        let rows = [
            ("is it going to rain today", 0), ("what is the forecast", 0), ("how hot will it be", 0), ("is it sunny outside", 0),
            ("book a flight to paris", 1), ("i need a plane ticket", 1), ("reserve seats on an airplane", 1), ("fly me to rome", 1),
        ]
        let examples = rows.map { IntentClassifier.Example(normalized: TextNormalizer.normalize($0.0), label: $0.1) }
        let withVectors = IntentClassifier.train(labels: labels, examples: examples, vectors: try WordVectors.bundled.get())
        let without = IntentClassifier.train(labels: labels, examples: examples)
        // No word of these is in an example: the words' meaning makes the right label surer.
        for (text, label) in [("snowstorm warning tonight", 0), ("airline booking", 1), ("jet departure", 1)] {
            let sure = try #require(withVectors.predict(TextNormalizer.normalize(text)))
            #expect(sure.label == label, "\(text)")
            #expect(sure.confidence > (without.predict(TextNormalizer.normalize(text))?.confidence ?? 0), "\(text)")
        }
    }

    @Test func anExamplesWeightScalesWhatItCounts() throws {
        let rows = [("red apple", 0), ("green apple", 0), ("apple pie", 0), ("blue car", 1), ("fast car", 1), ("car wash", 1)]
        func model(weight: Float) -> IntentClassifier {
            let examples = rows.map { IntentClassifier.Example(normalized: $0.0, label: $0.1, language: .english) }
                + [IntentClassifier.Example(normalized: "red apple pie", label: 1, language: .english, weight: weight)]
            return IntentClassifier.train(labels: ["fruit", "car"], examples: examples)
        }
        // Counted in full, the odd example is learnt; counted a thousandth, its words' other label wins.
        #expect(try #require(model(weight: 1).predict("red apple pie")).label == 1)
        #expect(try #require(model(weight: 0.001).predict("red apple pie")).label == 0)
    }

    @Test func caseAndAccentsDoNotChangeTheFeatures() {
        let plain = TextFeatures(TextNormalizer.normalize("facturacion del pedido"))
        for variant in ["FACTURACIÓN DEL PEDIDO", "Facturación del pedido", "facturacio\u{301}n del pedido"] {
            #expect(TextFeatures(TextNormalizer.normalize(variant)) == plain, "\(variant)")
        }
    }

    @Test func theSameDataGivesTheSameModelToTheBit() {
        let first = Self.train(), second = Self.train()
        #expect(first.weights == second.weights)
        #expect(first.bias == second.bias)
        #expect(first.idf == second.idf)
        for (text, _) in Self.heldOut {
            #expect(first.predict(TextNormalizer.normalize(text)) == second.predict(TextNormalizer.normalize(text)))
        }
    }

    @Test func aModelSurvivesEncodingAndRefusesAnotherKeyOrDamage() throws {
        let model = Self.train()
        let data = model.encoded(key: 42)
        let decoded = try #require(IntentClassifier(decoding: data, key: 42))
        #expect(decoded.weights == model.weights)
        #expect(decoded.wordWeights == model.wordWeights && !model.wordWeights.isEmpty)
        #expect(decoded.wordIndex.hashes == model.wordIndex.hashes)
        #expect(decoded.labels == model.labels)
        #expect(decoded.predict("refund please") == model.predict("refund please"))
        #expect(IntentClassifier(decoding: data, key: 43) == nil)
        #expect(IntentClassifier(decoding: data.prefix(data.count - 3), key: 42) == nil)
        #expect(IntentClassifier(decoding: data + Data([0]), key: 42) == nil)
        #expect(IntentClassifier(decoding: Data(), key: 42) == nil)
    }

    @Test func theCacheKeyFollowsEveryExampleAndLabel() {
        let examples = Self.training.map { IntentClassifier.Example(normalized: $0.0, label: $0.1) }
        let key = IntentClassifier.cacheKey(labels: Self.labels, examples: examples, settings: .init(), vectorsID: 7)
        var edited = examples
        edited[3].normalized += " now"
        var relabelled = examples
        relabelled[3].label = 1
        #expect(IntentClassifier.cacheKey(labels: Self.labels, examples: examples, settings: .init(), vectorsID: 7) == key)
        #expect(IntentClassifier.cacheKey(labels: Self.labels, examples: edited, settings: .init(), vectorsID: 7) != key)
        #expect(IntentClassifier.cacheKey(labels: Self.labels, examples: relabelled, settings: .init(), vectorsID: 7) != key)
        #expect(IntentClassifier.cacheKey(labels: Self.labels.reversed(), examples: examples, settings: .init(), vectorsID: 7) != key)
        #expect(IntentClassifier.cacheKey(labels: Self.labels, examples: examples, settings: .init(cost: 3), vectorsID: 7) != key)
        #expect(IntentClassifier.cacheKey(labels: Self.labels, examples: examples, settings: .init(), vectorsID: 8) != key)
    }

    @Test func theDiskCacheIsUsedThenInvalidatedWhenADefinitionChanges() throws {
        let cache = ModelCache(directory: try TestSupport.temporaryDirectory().appendingPathComponent("models").path)
        var bot = TestSupport.smallBot
        let first = IntentMatcher(bot: bot, cache: cache, logger: TestSupport.logger)
        #expect(first.modelSource == .trained)
        // The intent model and the language model.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory).count == 2)
        #expect(IntentMatcher(bot: bot, cache: cache, logger: TestSupport.logger).modelSource == .cached)

        // A new example: a different key, trained again, and the new model knows the example.
        let text = "zorblax frimble quandoo"
        #expect(first.match(TextNormalizer.normalize(text), logger: TestSupport.logger).intent != "technical_problem")
        bot.intents["technical_problem"]!.examples[.english]!.append(text)
        let changed = IntentMatcher(bot: bot, cache: cache, logger: TestSupport.logger)
        #expect(changed.modelSource == .trained)
        #expect(changed.match(TextNormalizer.normalize(text), logger: TestSupport.logger).intent == "technical_problem")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory).count == 4)
        #expect(IntentMatcher(bot: bot, cache: cache, logger: TestSupport.logger).modelSource == .cached)
    }

    @Test func aDamagedCacheFileIsRetrainedAndRewritten() throws {
        let cache = ModelCache(directory: try TestSupport.temporaryDirectory().appendingPathComponent("models").path)
        _ = IntentMatcher(bot: TestSupport.smallBot, cache: cache, logger: TestSupport.logger)
        for file in try FileManager.default.contentsOfDirectory(atPath: cache.directory) {
            try Data("not a model".utf8).write(to: URL(fileURLWithPath: cache.directory + "/" + file))
        }
        #expect(IntentMatcher(bot: TestSupport.smallBot, cache: cache, logger: TestSupport.logger).modelSource == .trained)
        #expect(IntentMatcher(bot: TestSupport.smallBot, cache: cache, logger: TestSupport.logger).modelSource == .cached)
    }

    @Test func anUnwritableCacheStillGivesAWorkingMatcher() throws {
        let blocker = try TestSupport.temporaryDirectory().appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let cache = ModelCache(directory: blocker.path + "/models")
        let matcher = IntentMatcher(bot: TestSupport.smallBot, cache: cache, logger: TestSupport.logger)
        #expect(matcher.modelSource == .trained)
        #expect(matcher.match("where is my order", logger: TestSupport.logger).intent == "track_order")
    }

    @Test func weightsAreStoredAsBfloat16RoundedToNearestEven() {
        let values: [Float] = [1, 1.00390625, 1.01171875, -2.5, 0, 1.0078125 + 0.001]
        let stored = IntentClassifier.brainFloats([SIMD8(values + [0, 0])])[0]
        // 1 + 2⁻⁸ and 1 + 3·2⁻⁸ lie halfway: they round to the even neighbour.
        #expect(Array((0..<6).map { stored[$0] }) == [0x3F80, 0x3F80, 0x3F82, 0xC020, 0, 0x3F81])
        var random = SplitMix64(seed: 7)
        for _ in 0..<1_000 {
            let value = Float(Int64(bitPattern: random.next()) >> 20) / Float(1 << 40)
            let widened = IntentClassifier.widen(IntentClassifier.brainFloats([SIMD8(repeating: value)])[0])
            #expect(abs(widened[3] - value) <= abs(value) / 256)
        }
    }
}

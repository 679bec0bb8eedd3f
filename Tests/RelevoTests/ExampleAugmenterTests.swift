import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct ExampleAugmenterTests {
    static let examples = [
        IntentClassifier.Example(normalized: "where is my order", label: 0, language: .english),
        IntentClassifier.Example(normalized: "donde esta mi pedido", label: 0, language: .spanish),
        IntentClassifier.Example(normalized: "on es la meva comanda", label: 0, language: .catalan),
        IntentClassifier.Example(normalized: "i forgot my password", label: 1, language: .english),
    ]

    /// The carrier phrases of `language`, normalized.
    func carriers(_ language: Language) -> Set<String> {
        Set((ExampleAugmenter.prefixes[language]! + ExampleAugmenter.suffixes[language]!).map(TextNormalizer.normalize))
    }

    @Test func eachExampleGetsDistinctVariantsInCarrierPhrasesOfItsLanguage() {
        let variants = ExampleAugmenter(variantsPerExample: 5).variants(of: Self.examples)
        #expect(variants.count == Self.examples.count * 5)
        for example in Self.examples {
            let mine = variants.filter { $0.normalized.contains(example.normalized) }
            #expect(mine.count == 5, "\(example.normalized)")
            #expect(Set(mine.map(\.normalized)).count == 5, "distinct carriers")
            for variant in mine {
                #expect(variant.label == example.label)
                #expect(variant.language == example.language)
                let carrier = variant.normalized.replacingOccurrences(of: example.normalized, with: "")
                    .trimmingCharacters(in: .whitespaces)
                #expect(carriers(example.language!).contains(carrier), "\(variant.normalized)")
            }
        }
    }

    @Test func theSameExamplesGiveTheSameVariants() {
        let augmenter = ExampleAugmenter(variantsPerExample: 4, weight: 0.3)
        #expect(augmenter.variants(of: Self.examples).allSatisfy { $0.weight == 0.3 })
        #expect(augmenter.variants(of: Self.examples).map(\.normalized) == augmenter.variants(of: Self.examples).map(\.normalized))
        #expect(ExampleAugmenter(variantsPerExample: 0).variants(of: Self.examples).isEmpty)
    }

    @Test func anExampleOfUnknownLanguageGetsTheCarriersItsWordsSuggest() {
        let spanish = IntentClassifier.Example(normalized: "quiero hablar con una persona", label: 0)
        #expect(ExampleAugmenter.carrierLanguage(of: spanish) == .spanish)
        let unclear = IntentClassifier.Example(normalized: "zorblax", label: 0)
        #expect(ExampleAugmenter.carrierLanguage(of: unclear) == .english)
        #expect(ExampleAugmenter.carrierLanguage(of: IntentClassifier.Example(normalized: "quiero un reembolso", label: 0, language: "fr")) == .spanish,
                "a language without carriers is guessed from the words")
    }

    @Test func aBotsFewExamplesGetTheMostVariantsALargeTrainingSetNone() {
        let settings = IntentClassifier.Settings()
        func variants(_ examples: Int, _ labels: Int) -> Int {
            ExampleAugmenter.variantsPerExample(examples: examples, labels: labels, limit: settings.carrierVariants,
                                                budget: settings.augmentationBudget)
        }
        #expect(variants(16 * 6, 16) == settings.carrierVariants, "16 intents × 6 examples")
        #expect(variants(700, 16) == settings.carrierVariants, "the default bot")
        #expect(variants(1_500, 150) == 1, "CLINC150, 10 examples per intent")
        #expect(variants(15_000, 150) == 0, "CLINC150, all 100 examples per intent")
        #expect(variants(0, 0) == 0)
    }

    @Test func aClassifierTrainedOnAFewExamplesUnderstandsThemInCarrierPhrases() throws {
        let labels = ["order", "password", "bill"]
        let rows: [(String, Int, Language)] = [
            ("where is my order", 0, .english), ("track my parcel", 0, .english), ("my package has not arrived", 0, .english),
            ("dónde está mi pedido", 0, .spanish), ("mi paquete no ha llegado", 0, .spanish),
            ("i forgot my password", 1, .english), ("reset my password", 1, .english), ("i cannot log in", 1, .english),
            ("he olvidado mi contraseña", 1, .spanish), ("no puedo entrar en mi cuenta", 1, .spanish),
            ("why is my bill so high", 2, .english), ("i was charged twice", 2, .english), ("question about my invoice", 2, .english),
            ("tengo una duda con mi factura", 2, .spanish), ("me habéis cobrado dos veces", 2, .spanish),
        ]
        let examples = rows.map { IntentClassifier.Example(normalized: TextNormalizer.normalize($0.0), label: $0.1, language: $0.2) }
        let model = IntentClassifier.train(labels: labels, examples: examples, vectors: try? WordVectors.bundled.get())
        for (text, label) in [
            ("I'm trying to find out where my order is", 0), ("i need help with my password", 1), ("can you tell me why my bill is so high", 2),
            ("quería saber dónde está mi pedido", 0), ("necesito ayuda con mi factura", 2),
        ] {
            let prediction = try #require(model.predict(TextNormalizer.normalize(text)))
            #expect(prediction.label == label, "\(text)")
            #expect(prediction.confidence >= 0.4, "\(text): \(prediction.confidence)")
        }
        for text in ["i need help with my homework", "qwxy plonk", "quería saber la receta de la tortilla"] {
            #expect((model.predict(TextNormalizer.normalize(text))?.confidence ?? 0) < 0.4, "\(text)")
        }
    }
}

/// More ways of saying each example, made at training time: the example inside the phrases people wrap a
/// request in ("i need help with …", "quería saber …", "necessito …").
///
/// A bot's writer gives a few examples per intent, mostly short questions; customers say the same inside a
/// carrier phrase, as a statement of a problem, with typos. Carrier phrases are the same for every intent, so
/// training on them teaches the classifier that they say nothing about the intent, and that a message is no
/// less an intent's for being longer. Each example's variants are chosen by a hash of its text: the same
/// examples always give the same variants. Accents, case and apostrophes need no variants: the classifier reads
/// normalized text, where "quería", "QUERIA" and "queria" are one word.
struct ExampleAugmenter: Sendable {
    /// Phrases before and after an example, by language; written naturally and normalized when used.
    static let prefixes: [Language: [String]] = [
        .english: [
            "i need help with", "i need", "i want to", "i'm trying to", "i'd like to know", "can you tell me",
            "can you help me", "could you help me with", "i'm calling about", "i'm calling to", "i have a question",
            "quick question", "hi", "hello", "excuse me", "i was wondering", "please", "i can't", "i'm writing because",
            "i would like to", "help", "hey so",
        ],
        .spanish: [
            "necesito", "necesito ayuda con", "quería saber", "quisiera saber", "me puedes decir", "me podéis ayudar con",
            "estoy intentando", "llamo por", "tengo una pregunta", "una pregunta", "hola", "buenas", "por favor",
            "no puedo", "os escribo porque", "quiero", "me gustaría", "ayuda", "oye",
        ],
        .catalan: [
            "necessito", "necessito ajuda amb", "volia saber", "voldria saber", "em pots dir", "em podeu ajudar amb",
            "estic intentant", "truco per", "tinc una pregunta", "una pregunta", "hola", "bon dia", "si us plau",
            "no puc", "us escric perquè", "vull", "m'agradaria", "ajuda", "escolta",
        ],
    ]

    static let suffixes: [Language: [String]] = [
        .english: ["please", "thanks", "thank you", "asap", "can you help", "help please", "right now", "again"],
        .spanish: ["por favor", "gracias", "cuanto antes", "me ayudas", "ayuda por favor", "ahora", "otra vez"],
        .catalan: ["si us plau", "gràcies", "com més aviat millor", "m'ajudes", "ajuda si us plau", "ara", "un altre cop"],
    ]

    /// The normalized carrier phrases, by language.
    private static let normalizedPrefixes = prefixes.mapValues { $0.map(TextNormalizer.normalize) }
    private static let normalizedSuffixes = suffixes.mapValues { $0.map(TextNormalizer.normalize) }

    /// At most this many variants per example.
    var variantsPerExample: Int
    /// What each variant counts for against a written example (``IntentClassifier/Example/weight``).
    var weight: Float = 1

    /// How many variants each example gets for a training set of `examples` examples and `labels` labels: as
    /// many as keep (examples with their variants) × labels within `budget`, at most `limit`. A bot's few examples
    /// per intent get the most; a large training set, whose examples already say things in many ways and whose
    /// training time grows with examples × labels, gets none.
    static func variantsPerExample(examples: Int, labels: Int, limit: Int, budget: Int) -> Int {
        guard examples > 0, labels > 0 else { return 0 }
        return max(0, min(limit, budget / (examples * labels) - 1))
    }

    /// The variants of the examples that take carriers (not the examples themselves), each with its example's label
    /// and language.
    func variants(of examples: [IntentClassifier.Example]) -> [IntentClassifier.Example] {
        guard variantsPerExample > 0 else { return [] }
        var result: [IntentClassifier.Example] = []
        result.reserveCapacity(examples.count * variantsPerExample)
        for example in examples where example.takesCarriers {
            let language = Self.carrierLanguage(of: example)
            let prefixes = Self.normalizedPrefixes[language]!, suffixes = Self.normalizedSuffixes[language]!
            // Distinct carriers, drawn over prefixes and suffixes together by a generator seeded with the example.
            var random = SplitMix64(seed: Self.hash(example.normalized) ^ UInt64(example.label))
            var drawn = Set<Int>()
            while drawn.count < min(variantsPerExample, prefixes.count + suffixes.count) {
                drawn.insert(Int(random.next() % UInt64(prefixes.count + suffixes.count)))
            }
            for carrier in drawn.sorted() {
                let text = carrier < prefixes.count ? prefixes[carrier] + " " + example.normalized
                    : example.normalized + " " + suffixes[carrier - prefixes.count]
                result.append(IntentClassifier.Example(normalized: text, label: example.label, language: language, weight: weight))
            }
        }
        return result
    }

    /// The example's language when it has carrier phrases, else the language its words suggest, else English.
    static func carrierLanguage(of example: IntentClassifier.Example) -> Language {
        if let language = example.language, normalizedPrefixes[language] != nil { return language }
        return LanguageGuesser.guess(raw: example.normalized, normalized: example.normalized, among: [.english, .spanish, .catalan])?
            .language ?? .english
    }

    private static func hash(_ text: String) -> UInt64 {
        var hash = TextFeatures.seed(kind: 0x41)
        for scalar in text.unicodeScalars { hash = TextFeatures.mix(hash, scalar.value) }
        return TextFeatures.avalanche(hash)
    }
}

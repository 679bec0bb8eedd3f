/// Tells English, Spanish and Catalan apart from common function words and spelling.
enum LanguageGuesser {
    private static let markers: [Language: Set<String>] = [
        .english: [
            "the", "is", "my", "i", "you", "what", "where", "when", "how", "want", "to", "with", "hello", "hi", "thanks",
            "thank", "please", "can", "order", "not", "it", "are", "do", "does", "have", "a", "an", "of", "and", "bye", "yes", "no",
            "speak", "talk", "someone", "person", "human", "agent", "this", "that", "your", "me", "need", "help",
        ],
        .spanish: [
            "el", "la", "los", "las", "es", "mi", "yo", "quiero", "que", "donde", "cuando", "como", "con", "hola",
            "gracias", "por", "favor", "pedido", "no", "esta", "estoy", "un", "una", "de", "y", "adios", "si", "hablar",
            "persona", "humano", "necesito", "ayuda", "eres", "tengo", "mis", "del", "al", "para", "pero", "muy",
        ],
        .catalan: [
            "el", "la", "els", "les", "es", "meu", "meva", "jo", "vull", "que", "on", "quan", "com", "amb", "hola",
            "gracies", "si", "us", "plau", "comanda", "no", "esta", "un", "una", "de", "i", "adeu", "parlar", "persona",
            "huma", "necessito", "ajuda", "ets", "tinc", "per", "pero", "molt", "amb", "sou", "vostre", "puc",
        ],
    ]

    /// The language that `normalized` text most likely is in, among `candidates`, or `nil` without evidence.
    static func guess(raw: String, normalized: String, among candidates: [Language]) -> Language? {
        var scores: [Language: Double] = [:]
        let words = TextNormalizer.words(normalized)
        for language in candidates {
            guard let set = markers[language] else { continue }
            scores[language] = Double(words.filter { set.contains(String($0)) }.count)
        }
        if candidates.contains(.spanish), raw.contains(where: { "ñÑ¿¡".contains($0) }) { scores[.spanish, default: 0] += 2 }
        if candidates.contains(.catalan), raw.contains("·") || raw.contains(where: { "çÇàèòÀÈÒ".contains($0) }) {
            scores[.catalan, default: 0] += 2
        }
        let ranked = scores.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == best.value { return nil }
        return best.key
    }
}

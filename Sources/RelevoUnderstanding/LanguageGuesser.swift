/// Tells English, Spanish and Catalan apart from common function words and spelling.
///
/// The engine keeps a session's language unless a message gives strong evidence of another
/// (``strongEvidence`` markers more than any other language) or matches an example in another language.
package enum LanguageGuesser {
    /// How many more markers than the runner-up make a message switch the session's language.
    package static let strongEvidence: Double = 2

    private static let markers: [Language: Set<String>] = [
        .english: [
            "the", "is", "my", "i", "you", "what", "where", "when", "how", "want", "to", "with", "hello", "hi", "thanks",
            "thank", "please", "can", "order", "not", "it", "are", "do", "does", "have", "a", "an", "of", "and", "bye", "yes",
            "speak", "talk", "someone", "person", "human", "agent", "this", "that", "your", "me", "need", "help", "doesnt",
            "dont", "cant", "working", "wont", "why", "there", "be", "was", "get", "am", "im",
        ],
        .spanish: [
            "el", "la", "los", "las", "es", "mi", "yo", "quiero", "que", "donde", "cuando", "como", "con", "hola",
            "gracias", "por", "favor", "pedido", "no", "esta", "estoy", "un", "una", "de", "y", "adios", "si", "hablar",
            "persona", "humano", "necesito", "ayuda", "eres", "tengo", "mis", "del", "al", "para", "pero", "muy", "va",
            "me", "se", "lo", "le", "habeis", "funciona", "llega", "porque", "mas", "ya", "tu", "su", "hay", "esto", "eso",
        ],
        .catalan: [
            "el", "la", "els", "les", "es", "meu", "meva", "jo", "vull", "que", "on", "quan", "com", "amb", "hola",
            "gracies", "si", "us", "plau", "comanda", "no", "esta", "un", "una", "de", "i", "adeu", "parlar", "persona",
            "huma", "necessito", "ajuda", "ets", "tinc", "per", "pero", "molt", "amb", "sou", "vostre", "puc", "aixo", "aquest",
        ],
    ]

    /// The language that `normalized` text most likely is in, among `candidates`, with the strength of the
    /// evidence (how many more markers than the runner-up), or `nil` without evidence.
    package static func guess(raw: String, normalized: String, among candidates: [Language]) -> (language: Language, strength: Double)? {
        var scores: [Language: Double] = [:]
        for word in TextNormalizer.words(normalized) {
            for language in markerLanguages[String(word)] ?? [] where candidates.contains(language) { scores[language, default: 0] += 1 }
        }
        var spanishMark = false, catalanMark = false
        for scalar in raw.unicodeScalars where scalar.value >= 0xA1 {
            switch scalar {
            case "ñ", "Ñ", "¿", "¡": spanishMark = true
            case "·", "ç", "Ç", "à", "è", "ò", "À", "È", "Ò": catalanMark = true
            default: break
            }
        }
        if spanishMark, candidates.contains(.spanish) { scores[.spanish, default: 0] += 2 }
        if catalanMark, candidates.contains(.catalan) { scores[.catalan, default: 0] += 2 }
        let ranked = scores.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first else { return nil }
        let strength = best.value - (ranked.count > 1 ? ranked[1].value : 0)
        return strength > 0 ? (best.key, strength) : nil
    }

    /// The languages each marker word belongs to: one lookup per word.
    private static let markerLanguages: [String: [Language]] = {
        var index: [String: [Language]] = [:]
        for (language, words) in markers.sorted(by: { $0.key < $1.key }) {
            for word in words { index[word, default: []].append(language) }
        }
        return index
    }()
}

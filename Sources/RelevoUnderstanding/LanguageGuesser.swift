/// Tells English, Spanish and Catalan apart on short customer messages, and keeps a session's language.
///
/// Evidence comes from marker words (``LanguageLexicon``: function words, frequent verbs and nouns of customer
/// service, looked up with and without accents, typos within one letter at half weight), Catalan elisions and
/// enclitics ("l'adreça", "d'acord", "passa'm", "ajudeu-me") and English contractions ("don't", "I'm"), letters
/// (`ñ ¿ ¡ á` Spanish; `ç l·l à è ò ï` Catalan) and the shape of unknown words ("-ción" or "-mente" Spanish;
/// "-ció", "-ament", "ny", "ix", "tx", "-ig" Catalan; "th", "-tion", "-ly" English). Each piece of evidence adds
/// to the languages it belongs to, so a word of two languages ("hola", "factura") tells neither from the other.
/// The strength of a guess is how far its language is ahead of the runner-up.
///
/// ``replyLanguage(text:match:current:languages:defaultLanguage:)`` keeps the session's language unless a
/// message clearly is in another: ``strongEvidence``, or ``agreeingEvidence`` that the matched example's language
/// agrees with. Weaker evidence only decides the first language of a session.
package enum LanguageGuesser {
    /// How far ahead of the runner-up a language must be to switch the session to it.
    package static let strongEvidence: Double = 2
    /// How far ahead a language must be to switch the session when the matched example is in that language too.
    package static let agreeingEvidence: Double = 1
    /// How far ahead a language must be to be evidence at all (for a session without a language): less is the
    /// shape of a word or two that may be a name or gibberish ("zorp blag").
    package static let weakEvidence: Double = 0.5

    /// What one message tells of its language.
    package struct Evidence: Sendable, Equatable {
        /// The candidates with their scores (0 without evidence), most evidence first (ties in the candidates' order).
        package let ranking: [(language: Language, score: Double)]
        /// The language at least ``weakEvidence`` ahead of every other candidate, if any.
        package let language: Language?
        /// How far the first language is ahead of the runner-up (0 when tied or without evidence).
        package let strength: Double
        /// The candidates at the top, less than ``weakEvidence`` apart, when the top has a word's worth of evidence
        /// (``agreeingEvidence``): Spanish and Catalan for "hola"; empty for "4471", "ok" or "zorp blag".
        package let leaders: [Language]

        init(ranking: [(language: Language, score: Double)]) {
            self.ranking = ranking
            let top = ranking.first?.score ?? 0
            strength = top - (ranking.count > 1 ? ranking[1].score : 0)
            language = strength >= weakEvidence ? ranking.first?.language : nil
            leaders = top >= agreeingEvidence ? ranking.prefix { top - $0.score < weakEvidence }.map(\.language) : []
        }

        /// Each candidate's score.
        package var scores: [Language: Double] { Dictionary(ranking, uniquingKeysWith: { first, _ in first }) }

        package static func == (lhs: Evidence, rhs: Evidence) -> Bool {
            lhs.ranking.elementsEqual(rhs.ranking) { $0.language == $1.language && $0.score == $1.score }
        }
    }

    /// The language that `raw` text most likely is in, among `candidates`, with the strength of the evidence, or
    /// `nil` when no candidate is ``weakEvidence`` ahead.
    package static func guess(raw: String, normalized: String, among candidates: [Language]) -> (language: Language, strength: Double)? {
        let evidence = evidence(in: raw, among: candidates)
        return evidence.language.map { ($0, evidence.strength) }
    }

    /// The language to answer `text` in: the session's (`current`) unless the message clearly is in another; for a
    /// session without one, the message's language on weak evidence or more; else, when the message leaves only
    /// some languages ("hola": Spanish or Catalan), the matched example's language if
    /// it is one of them, else the default language if it is, else the first of them in the bot's order; else the
    /// default language.
    package static func replyLanguage(text: String, match: IntentMatch, current: Language?, languages: [Language],
                                      defaultLanguage: Language) -> Language {
        replyLanguage(text: text, match: match, current: current, tentative: false, languages: languages, defaultLanguage: defaultLanguage).language
    }

    /// ``replyLanguage(text:match:current:languages:defaultLanguage:)`` for a session whose language may be a guess:
    /// one chosen without evidence of its own ("hola", Spanish or Catalan) is `tentative`, and any evidence of
    /// another language then changes it ("hola", then "el router no va bé", is Catalan). The result is tentative
    /// while no message has had evidence.
    package static func replyLanguage(text: String, match: IntentMatch, current: Language?, tentative: Bool, languages: [Language],
                                      defaultLanguage: Language) -> (language: Language, tentative: Bool) {
        let evidence = evidence(in: text, among: languages)
        guard let current, languages.contains(current) else {
            if let language = evidence.language { return (language, false) }
            return (firstLanguage(evidence, match: match, defaultLanguage: defaultLanguage), true)
        }
        if tentative {
            if let language = evidence.language { return (language, false) }
            return (evidence.leaders.isEmpty || evidence.leaders.contains(current) ? current : evidence.leaders[0], true)
        }
        guard let language = evidence.language, language != current else { return (current, false) }
        if evidence.strength >= strongEvidence { return (language, false) }
        let agrees = match.source == .examples && match.language == language
        return (agrees && evidence.strength >= agreeingEvidence ? language : current, false)
    }

    /// A new session's language without evidence enough: among the languages the message leaves, the matched
    /// example's, else the default language, else the first; the default language when it leaves all.
    private static func firstLanguage(_ evidence: Evidence, match: IntentMatch, defaultLanguage: Language) -> Language {
        let leaders = evidence.leaders
        if leaders.isEmpty { return defaultLanguage }
        if match.source == .examples, let language = match.language, leaders.contains(language) { return language }
        return leaders.contains(defaultLanguage) ? defaultLanguage : leaders[0]
    }

    /// Everything `raw` tells of its language, among `candidates`.
    package static func evidence(in raw: String, among candidates: [Language]) -> Evidence {
        let score = tally(raw)
        // Insertion by score: a stable sort of a few candidates.
        var ranking: [(language: Language, score: Double)] = []
        ranking.reserveCapacity(candidates.count)
        for language in candidates {
            let value = switch language.rawValue {
            case "en": score[0]
            case "es": score[1]
            case "ca": score[2]
            default: 0.0
            }
            let place = ranking.firstIndex { $0.score < value } ?? ranking.count
            ranking.insert((language, value), at: place)
        }
        return Evidence(ranking: ranking)
    }

    // MARK: - Scoring

    /// Scores of English, Spanish and Catalan, in that order.
    typealias Score = SIMD3<Double>

    static let en = Score(1, 0, 0), es = Score(0, 1, 0), ca = Score(0, 0, 1)

    /// The longest text read: evidence is plenty long before.
    static let readLimit = 1000

    /// The scores of `raw`.
    static func tally(_ raw: String) -> Score {
        var reader = Reader()
        // The text between spaces, read once whole (an address is no evidence).
        var chunk: [Unicode.Scalar] = []
        chunk.reserveCapacity(64)
        var lowercase = false, capitals = 0, read = 0
        for scalar in raw.unicodeScalars {
            read += 1
            if read > readLimit { break }
            if scalar.value < 0x80 {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { lowercase = true } else if scalar.value >= 0x41 && scalar.value <= 0x5A { capitals += 1 }
            } else if scalar.properties.isLowercase {
                lowercase = true
            } else if scalar.properties.isUppercase {
                capitals += 1
            }
            if isSpace(scalar) {
                if !chunk.isEmpty, !isAddress(chunk[...]) { reader.read(chunk[...]) }
                chunk.removeAll(keepingCapacity: true)
            } else {
                chunk.append(scalar)
            }
        }
        if !chunk.isEmpty, !isAddress(chunk[...]) { reader.read(chunk[...]) }
        // In a message in capitals, "I" may be Catalan "i" (and).
        reader.shouting = !lowercase && capitals > 1
        reader.scoreWords()
        return reader.score
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x41...0x5A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: true
        case 0..<0xC0: false
        default: scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
    }

    static func isL(_ scalar: Unicode.Scalar?) -> Bool { scalar == "l" || scalar == "L" }

    /// The web's top-level domains that mark a chunk as an address.
    static let domains: Set<String> = ["com", "net", "org", "es", "cat", "eu", "io", "co", "uk", "info"]

    /// E-mail and web addresses, whose words ("com", "es", "cat") are no evidence.
    static func isAddress(_ chunk: ArraySlice<Unicode.Scalar>) -> Bool {
        var lastDot: Int?
        for index in chunk.indices {
            switch chunk[index] {
            case "@": return true
            case "/" where index > chunk.startIndex && chunk[index - 1] == ":": return true
            case ".": lastDot = index
            default: break
            }
        }
        guard let dot = lastDot, dot > chunk.startIndex, isLetter(chunk[dot - 1]) else { return false }
        let start = chunk.startIndex
        if chunk.count > 4, "wW".unicodeScalars.contains(chunk[start]), "wW".unicodeScalars.contains(chunk[start + 1]),
           "wW".unicodeScalars.contains(chunk[start + 2]), chunk[start + 3] == "." {
            return true
        }
        let suffix = String(String.UnicodeScalarView(chunk[(dot + 1)...].filter(isLetter))).lowercased()
        return domains.contains(suffix)
    }

    /// One message read chunk by chunk.
    struct Reader {
        var score = Score()
        var shouting = false
        /// The message's words in order, lowercase, with whether each was a capital "I".
        var words: [(word: String, capitalI: Bool, ascii: Bool)] = []
        /// Letters already counted (each counts once per message), as bits of ``Letter``.
        var letters: UInt8 = 0
        /// Apostrophe and hyphen forms already counted.
        var forms: Set<String> = []
        /// Room for a token's bytes, reused.
        var buffer: [UInt8]

        init() {
            buffer = []
            buffer.reserveCapacity(32)
            words.reserveCapacity(16)
        }

        enum Letter: UInt8 { case enye, invertedMark, cedilla, geminate, grave, acuteA, diaeresisI, romanceAccent }

        mutating func read(_ scalars: ArraySlice<Unicode.Scalar>) {
            // The token's lowercase UTF-8 (in `buffer`), and where its letters start and end (joiners around them are
            // dropped).
            var token = buffer
            buffer = []
            defer { buffer = token }
            var first: Int?, end = 0
            var capitalI = false, digit = false, ascii = true
            func flush(_ reader: inout Reader) {
                if let start = first, !digit {
                    let word = String(decoding: token[start..<end], as: UTF8.self)
                    reader.token(word, capitalI: capitalI && end - start == 1, joined: token[start..<end].contains { $0 == 0x27 || $0 == 0x2D },
                                 ascii: ascii)
                }
                token.removeAll(keepingCapacity: true)
                first = nil
                capitalI = false
                digit = false
                ascii = true
            }
            func append(_ scalar: Unicode.Scalar, letter: Bool) {
                if scalar.value < 0x80 {
                    token.append(UInt8(scalar.value))
                    if scalar.value >= 0x30 && scalar.value <= 0x39 { digit = true }
                } else {
                    UTF8.encode(scalar) { token.append($0) }
                    ascii = false
                }
                if letter {
                    if first == nil { first = token.count - (scalar.value < 0x80 ? 1 : UTF8.width(scalar)) }
                    end = token.count
                }
            }
            for index in scalars.indices {
                let scalar = scalars[index]
                let previous = index > scalars.startIndex ? scalars[index - 1] : nil
                let next = index + 1 < scalars.endIndex ? scalars[index + 1] : nil
                if scalar.value >= 0xA1 || scalar == "." { letter(scalar, previous: previous, next: next) }
                if isLetter(scalar) || isDigit(scalar) {
                    if scalar == "I" { capitalI = true }
                    append(lowercase(scalar), letter: true)
                } else if isJoiner(scalar) {
                    append(scalar == "\u{2019}" || scalar == "\u{B4}" || scalar == "`" ? "'" : scalar, letter: false)
                } else if scalar == ".", isL(previous), isL(next) {
                    append("\u{B7}", letter: false)  // "cancel.lar" is "cancel·lar" typed without the middle dot
                } else {
                    flush(&self)
                }
            }
            flush(&self)
        }

        func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            switch scalar.value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: Unicode.Scalar(scalar.value + 0x20)!
            case 0..<0xC0: scalar
            default: scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            }
        }

        /// Letters that only some of the languages write.
        mutating func letter(_ scalar: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar?) {
            switch scalar {
            case "ñ", "Ñ": count(.enye, es * 1.5)
            case "¿", "¡": count(.invertedMark, es * 1.5)
            case "ç", "Ç": count(.cedilla, ca * 1.5)
            case "·" where isL(previous) && isL(next): count(.geminate, ca * 2)
            case "." where isL(previous) && isL(next): count(.geminate, ca * 2)
            case "à", "è", "ò", "À", "È", "Ò", "\u{300}": count(.grave, ca * 1.5)
            case "á", "Á": count(.acuteA, es * 1.5)
            case "ï", "Ï": count(.diaeresisI, ca)
            case "é", "í", "ó", "ú", "É", "Í", "Ó", "Ú": count(.romanceAccent, (es + ca) * 0.5)
            case "\u{303}" where previous == "n" || previous == "N": count(.enye, es * 1.5)
            default: break
            }
        }

        mutating func count(_ letter: Letter, _ weight: Score) {
            let bit: UInt8 = 1 << letter.rawValue
            if letters & bit == 0 {
                letters |= bit
                score += weight
            }
        }

        /// A run of letters, possibly joined by apostrophes, hyphens or the middle dot.
        mutating func token(_ lower: String, capitalI: Bool, joined: Bool, ascii: Bool) {
            if !joined {
                words.append((lower, capitalI, ascii))
            } else if lower.utf8.contains(0x27) {
                let parts = lower.split(separator: "'").map(String.init)
                if parts.count == 2 {
                    apostrophe(parts[0], parts[1], form: lower)
                } else {
                    for part in parts { words.append((part, false, ascii)) }
                }
            } else {
                var parts = lower.split(separator: "-").map(String.init)
                if parts.count >= 2, parts[0].count >= 3, enclitics.contains(parts[parts.count - 1]) {
                    form(lower, ca * 1.5)  // "ajudeu-me", "fer-ho": Catalan enclitic pronouns, not words of their own
                    while parts.count > 1, let last = parts.last, enclitics.contains(last) { parts.removeLast() }
                }
                for part in parts { words.append((part, false, ascii)) }
            }
        }

        /// "l'adreça" and "passa'm" (Catalan), "don't" and "it's" (English).
        mutating func apostrophe(_ first: String, _ second: String, form text: String) {
            let vowels = "aeiouhàèéíòóúü"
            if first == "i", ["m", "d", "ve", "ll"].contains(second) {
                form(text, en * 1.5)
            } else if ["l", "d", "m", "t", "s", "n"].contains(first), let initial = second.first, vowels.contains(initial) {
                form(text, ca * 1.5)
                words.append((second, false, second.utf8.allSatisfy { $0 < 0x80 }))
            } else if second == "t", first.hasSuffix("n") {
                form(text, en * 1.5)
            } else if ["s", "re", "ve", "ll", "d"].contains(second) {
                form(text, en)
                words.append((first, false, first.utf8.allSatisfy { $0 < 0x80 }))
            } else if enclitics.contains(second), let last = first.last, vowels.contains(last) {
                form(text, ca * 1.5)
                words.append((first, false, first.utf8.allSatisfy { $0 < 0x80 }))
            } else {
                words.append((first, false, first.utf8.allSatisfy { $0 < 0x80 }))
                words.append((second, false, second.utf8.allSatisfy { $0 < 0x80 }))
            }
        }

        mutating func form(_ text: String, _ weight: Score) {
            if forms.insert(text).inserted { score += weight }
        }

        /// Scores each distinct word once.
        mutating func scoreWords() {
            var seen: [String] = []
            seen.reserveCapacity(words.count)
            for (index, entry) in words.enumerated() {
                let word = entry.word
                if word.isEmpty { continue }
                let capitalI = entry.capitalI && !shouting
                let key = capitalI ? "I" : word
                guard !seen.contains(key) else { continue }
                seen.append(key)
                if word == "i" {
                    // English "I" when written as a capital; otherwise Catalan "i" (and) as much as English "i".
                    score += capitalI ? en : (en + ca) * 0.5
                    continue
                }
                if word == "hi" {
                    score += hi(previous: index > 0 ? words[index - 1].word : nil, next: index + 1 < words.count ? words[index + 1].word : nil)
                    continue
                }
                score += LanguageGuesser.score(word: word, ascii: entry.ascii)
            }
        }

        /// Catalan "hi" ("hi ha", "no hi és", "n'hi ha") or the English greeting.
        func hi(previous: String?, next: String?) -> Score {
            if let next, hiBefore.contains(next) { return ca * 1.5 }
            if let previous, hiAfter.contains(previous) { return ca * 1.5 }
            return en
        }
    }

    /// The characters that join the parts of a word: apostrophes, the hyphen, the middle dot.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", "\u{B4}", "`", "-", "\u{B7}": true
        default: false
        }
    }

    /// The words after and before which "hi" is Catalan ("hi ha", "no hi és").
    static let hiBefore: Set<String> = ["ha", "han", "havia", "havien", "haurà", "haura", "hauria", "hagi", "és", "es", "són", "son", "va",
                                        "vaig", "anirem", "vam"]
    static let hiAfter: Set<String> = ["no", "n", "ja", "encara", "que", "m", "t", "s", "em", "et", "ens", "us", "li"]

    /// Catalan weak pronouns written after a verb: "passa'm", "ajudeu-me", "fer-ho".
    static let enclitics: Set<String> = ["m", "t", "s", "n", "l", "ns", "ls", "ho", "hi", "me", "te", "se", "nos", "vos", "li", "lo",
                                         "la", "los", "les", "ne", "us", "en"]

    /// The evidence of one lowercase word.
    static func score(word: String, ascii: Bool) -> Score {
        if !ascii, let weights = LanguageLexicon.accentedIndex[word] { return weights }
        let folded = ascii ? word : fold(word)
        var score: Score
        if let weights = lexicon[folded] ?? stretched(folded).flatMap({ lexicon[$0] }) ?? laughter(folded).flatMap({ lexicon[$0] }) {
            score = weights
        } else {
            // A typo of a marker word counts half, beside the word's shape: "facturacion" is one letter away from
            // Catalan "facturacio" but ends in Spanish "-cion".
            let letters = Array(folded.utf8)
            score = shape(letters)
            if letters.count >= 5, let weights = typo(letters) { score += weights * 0.5 }
        }
        return ascii ? score : score + accentShape(Array(word.utf8))
    }

    /// A word typed with a letter held down ("holaaa", "graaacias", "agenttt"), as written normally: runs of three or
    /// more of a letter released as normalization does (``TextNormalizer/releasingHeldLetters(_:)``), then a
    /// repeated last letter as one ("holaa", "agentt"). `nil` when nothing was held down.
    static func stretched(_ word: String) -> String? {
        var released = TextNormalizer.releasingHeldLetters(word)
        if released.utf8.count > 3, let last = released.utf8.last,
           released.utf8.dropLast().last == last, (0x61...0x7A).contains(last) {
            released.removeLast()
        }
        return released == word ? nil : released
    }

    /// Laughter of any length as its lexicon entry: "jajajaja" is "jaja" (Spanish or Catalan), "hahahaha" "haha".
    static func laughter(_ word: String) -> String? {
        let letters = Array(word.utf8)
        guard letters.count >= 4, letters.count % 2 == 0, let first = letters.first, first == UInt8(ascii: "j") || first == UInt8(ascii: "h") else { return nil }
        let vowel = letters[1]
        guard vowel == UInt8(ascii: "a") || vowel == UInt8(ascii: "e") else { return nil }
        for (index, letter) in letters.enumerated() where letter != (index % 2 == 0 ? first : vowel) { return nil }
        return String(decoding: letters.prefix(4), as: UTF8.self)
    }

    /// The word without accents or the middle dot: "també" is "tambe", "cancel·lar" "cancellar".
    static func fold(_ word: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "à", "á", "â", "ä", "ã": output.append("a")
            case "è", "é", "ê", "ë": output.append("e")
            case "ì", "í", "î", "ï": output.append("i")
            case "ò", "ó", "ô", "ö", "õ": output.append("o")
            case "ù", "ú", "û", "ü": output.append("u")
            case "ñ": output.append("n")
            case "ç": output.append("c")
            case "·", "'": continue
            default:
                if scalar.value < 0x300 || scalar.properties.generalCategory != .nonspacingMark { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// Whether `word` ends with `suffix` (ASCII).
    static func ends(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { suffix in
            var index = 0
            while index < count, word[word.count - count + index] == suffix[index] { index += 1 }
            return index == count
        }
    }

    /// Whether `word` holds `part` (ASCII).
    static func holds(_ word: [UInt8], _ part: StaticString) -> Bool {
        let count = part.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return part.withUTF8Buffer { part in
            for start in 0...(word.count - count) {
                var index = 0
                while index < count, word[start + index] == part[index] { index += 1 }
                if index == count { return true }
            }
            return false
        }
    }

    /// Evidence in accented endings, whether or not the word is known: "-ía" and "-ón" are Spanish (Catalan writes
    /// "-ia" and "-ó"); "-ció" is Catalan, except the Spanish past "-eció" ("falleció").
    static func accentShape(_ word: [UInt8]) -> Score {
        if ends(word, "ía") || ends(word, "ías") || ends(word, "ían") || ends(word, "íamos") { return es }
        if ends(word, "ón") { return es }
        if ends(word, "eció") { return es }
        // Spanish joins pronouns to an imperative, accented before them: "cancélalo", "llámame", "ayúdenme".
        if word.count >= 7, !ends(word, "ula"),
           ends(word, "me") || ends(word, "te") || ends(word, "lo") || ends(word, "la") || ends(word, "le") || ends(word, "nos")
            || ends(word, "los") || ends(word, "las") || ends(word, "les"),
           let accent = word.lastIndex(of: 0xC3), accent + 1 < word.count, [0xA1, 0xA9, 0xAD, 0xB3, 0xBA].contains(word[accent + 1]),
           word.count - accent >= 5 {
            return es
        }
        if ends(word, "ació") || ends(word, "ució") || ends(word, "cció") || ends(word, "sió") || ends(word, "xió") { return ca }
        if ends(word, "ció") { return ca * 0.5 }
        return Score()
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    /// Evidence in the letters of an unknown word (without accents, lowercase).
    static func shape(_ word: [UInt8]) -> Score {
        let count = word.count
        guard count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return Score() }
        func vowel(at index: Int) -> Bool { index >= 0 && index < count && isVowel(word[index]) }
        var score = Score()
        // Spanish
        if ends(word, "cion") || ends(word, "ciones") || ends(word, "siones") { score += es }
        if count >= 7, ends(word, "mente") { score += es }
        if count >= 5, ends(word, "ado") || ends(word, "ados") || ends(word, "ido") || ends(word, "idos") { score += es * 0.75 }
        if count >= 5, ends(word, "dad") || ends(word, "dades") { score += es }
        if count >= 5, ends(word, "as") || (ends(word, "os") && !ends(word, "ssos")) { score += es * 0.5 }
        if ends(word, "z") { score += es * 0.25 }
        if count >= 6, ends(word, "ea") { score += es * 0.5 }
        // "ue" inside the word, not after q or g: "bueno", "cuenta", "luego".
        for index in 1..<(count - 2) where word[index] == 0x75 && word[index + 1] == 0x65 && word[index - 1] != 0x71 && word[index - 1] != 0x67 {
            if !ends(word, "ues"), !ends(word, "ued") { score += es * 0.5 }
            break
        }
        // Catalan
        if ends(word, "cions") { score += ca }
        if count >= 7, ends(word, "ament") || ends(word, "alment") { score += ca * 0.75 }
        if holds(word, "aix") || holds(word, "eix") || holds(word, "oix") || holds(word, "uix") { score += ca }
        for index in 1..<(count - 1) where word[index] == 0x74 && vowel(at: index - 1) {
            let next = word[index + 1]
            if next == 0x78 || ((next == 0x67 || next == 0x6A) && vowel(at: index + 2)) {
                score += ca  // "cotxe", "platja", "metge"
                break
            }
        }
        if ends(word, "ig"), vowel(at: count - 3) { score += ca }
        // "ny" before a vowel inside the word ("companyia", "senyor"), not English "anyone" or "canyon".
        for index in 1..<(count - 2) where word[index] == 0x6E && word[index + 1] == 0x79 && vowel(at: index + 2) {
            if !(word.starts(with: "any".utf8) || word.starts(with: "cany".utf8)) { score += ca }
            break
        }
        if count >= 5, ends(word, "tat") || ends(word, "tats") { score += ca }
        if count >= 5, ends(word, "at") || (ends(word, "ut") && !ends(word, "out")) { score += ca * 0.75 }
        if ends(word, "eu") || ends(word, "iu") { score += ca * 0.75 }
        if count >= 4, ends(word, "nc"), vowel(at: count - 3) { score += ca }
        if word[0] == 0x78, vowel(at: 1) { score += ca * 0.75 }
        // English
        if count >= 5, ends(word, "ing") { score += en * 0.5 }
        if ends(word, "tion") || ends(word, "tions") { score += en }
        if count >= 5, ends(word, "ly") { score += en * 0.75 }
        if ends(word, "ness") || ends(word, "less") || ends(word, "ful") { score += en }
        if holds(word, "th") { score += en * 0.75 }
        if holds(word, "sh") { score += en * 0.5 }
        if holds(word, "ck") || holds(word, "gh") || holds(word, "wh") { score += en }
        if word.contains(0x77) { score += en * 0.5 }
        if word.contains(0x6B), !holds(word, "ck") { score += en * 0.5 }
        if holds(word, "ee") || holds(word, "oo") { score += en * 0.5 }
        // Shared by two
        if holds(word, "qua") || holds(word, "quo") { score += (en + ca) * 0.5 }
        if holds(word, "ss") { score += (en + ca) * 0.3 }
        if "tcpmbfvx".utf8.contains(word[count - 1]) { score += (en + ca) * 0.3 }
        if word[0] == 0x6C, word[1] == 0x6C { score += (es + ca) * 0.5 }
        for index in 0..<count where word[index] == 0x79 && (index == 0 || word[index - 1] != 0x6E) {
            score += (en + es) * 0.3
            break
        }
        return score
    }

    // MARK: - Lexicon

    /// Every marker word (without accents) and the evidence it is.
    static let lexicon: [String: Score] = {
        var index: [String: Score] = [:]
        index.reserveCapacity(2048)
        func add(_ words: String, _ languages: [Int], weight marker: Double = 1) {
            for entry in entries(of: words) {
                var word = entry
                var weight = marker
                if word.last == 0x7E {  // "~"
                    word.removeLast()
                    weight = marker / 2
                }
                let text = String(decoding: word, as: UTF8.self)
                let key = word.allSatisfy { $0 < 0x80 } ? text : fold(text)
                var score = index[key] ?? Score()
                for language in languages { score[language] = max(score[language], weight) }
                index[key] = score
            }
        }
        add(LanguageLexicon.english, [0])
        add(LanguageLexicon.spanish, [1])
        add(LanguageLexicon.catalan, [2])
        for (languages, words) in LanguageLexicon.shared {
            add(words, languages.map { $0 == .english ? 0 : $0 == .spanish ? 1 : 2 })
        }
        for (languages, words) in LanguageLexicon.misspelled {
            add(words, languages.map { $0 == .english ? 0 : $0 == .spanish ? 1 : 2 })
        }
        for (language, words) in LanguageLexicon.strong {
            add(words, [language == .english ? 0 : language == .spanish ? 1 : 2], weight: 2)
        }
        for word in entries(of: LanguageLexicon.neutral) { index[fold(String(decoding: word, as: UTF8.self))] = Score() }
        return index
    }()

    /// The real words of ``lexicon``: every marker but the misspellings (``LanguageLexicon/misspelled``).
    package static let knownWords: Set<String> = {
        var known = Set(lexicon.keys)
        for (_, words) in LanguageLexicon.misspelled {
            for word in entries(of: words) {
                known.remove(String(decoding: word.last == 0x7E ? word.dropLast() : word, as: UTF8.self))
            }
        }
        return known
    }()

    /// The UTF-8 of the words of a list.
    static func entries(of list: String) -> [ArraySlice<UInt8>] {
        Array(list.utf8).split { $0 == 0x20 || $0 == 0x0A }
    }

    /// The marker words of five letters or more under each spelling one letter away (one deleted), for typos:
    /// "comnada" and "comanda" both give "comada".
    static let typos: [String: Score] = {
        var index: [String: Score] = [:]
        index.reserveCapacity(8192)
        func merge(_ entry: inout Score, _ score: Score) { entry = pointwiseMax(entry, score) }
        for (word, score) in lexicon where word.utf8.count >= 5 && score.max() >= 1 {
            for variant in deletions(of: Array(word.utf8)) + [word] { merge(&index[variant, default: Score()], score) }
        }
        return index
    }()

    /// The evidence of a word one letter away from marker words, if any.
    static func typo(_ word: [UInt8]) -> Score? {
        var found = typos[String(decoding: word, as: UTF8.self)]
        for variant in deletions(of: word) {
            if let score = typos[variant] { found = pointwiseMax(found ?? Score(), score) }
        }
        return found
    }

    /// The word with one letter deleted, each way.
    static func deletions(of word: [UInt8]) -> [String] {
        word.indices.map { skipped in
            String(unsafeUninitializedCapacity: word.count - 1) { buffer in
                var count = 0
                for index in word.indices where index != skipped {
                    buffer[count] = word[index]
                    count += 1
                }
                return count
            }
        }
    }
}

extension LanguageLexicon {
    /// ``accented`` as scores.
    static let accentedIndex: [String: LanguageGuesser.Score] = accented.mapValues { weights in
        var score = LanguageGuesser.Score()
        for (language, weight) in weights { score[language == .english ? 0 : language == .spanish ? 1 : 2] += weight }
        return score
    }
}

/// The phrases of asking for a person, by the part they play (`person-requests/cues.txt`), ready for matching:
/// each normalized into words and filed under its first word, longest first.
struct CueLexicon: Sendable {
    /// A phrase as words, and its parts.
    struct Phrase: Sendable {
        var words: [String]
        var parts: CueParts
    }

    /// Phrases by their first word, longest first.
    let phrases: [String: [Phrase]]
    /// Each shorthand word and the words it stands for ("u" → "you").
    let shorthands: [String: [String]]
    /// Every word of every phrase.
    let vocabulary: Set<String>
    /// Words of five letters or more that a typing slip is read as (see ``CueParts/fuzzy``).
    let fuzzyTargets: Set<String>
    /// Words that name a team without saying which ("department", "equipo").
    let departmentWords: Set<String>

    /// Reads the lexicon file's text.
    init(text: String) {
        var parts: [[String]: CueParts] = [:]
        var shorthands: [String: [String]] = [:]
        for entry in Self.entries(of: text) {
            if entry.heading == "shorthand" {
                let sides = entry.phrase.split(separator: "=", maxSplits: 1).map { Self.words(of: String($0)) }
                if sides.count == 2, sides[0].count == 1, !sides[1].isEmpty { shorthands[sides[0][0]] = sides[1] }
                continue
            }
            guard let part = CueParts(heading: entry.heading) else { continue }
            let words = Self.words(of: entry.phrase)
            if !words.isEmpty { parts[words, default: []].formUnion(part) }
        }
        var byFirst: [String: [Phrase]] = [:]
        for (words, part) in parts { byFirst[words[0], default: []].append(Phrase(words: words, parts: part)) }
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
        }
        phrases = byFirst
        self.shorthands = shorthands
        vocabulary = Set(parts.keys.joined())
        fuzzyTargets = Set(parts.filter { !$0.value.isDisjoint(with: .fuzzy) }.keys.joined()
            .filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) })
        departmentWords = Set(parts.filter { $0.key.count == 1 && $0.value.contains(.department) }.keys.map { $0[0] })
    }

    /// The parts of exactly these words, if they are a phrase.
    func parts(of words: ArraySlice<String>) -> CueParts? {
        guard let first = words.first else { return nil }
        return phrases[first]?.first { $0.words.elementsEqual(words) }?.parts
    }

    /// One `language: phrase, phrase` line of a lexicon file, under its `[heading]`.
    struct Entry {
        var heading: String
        var language: String
        var phrase: String
    }

    /// Every phrase of a file in the lexicon format: `[heading]` lines, then `language: phrase, phrase, …` lines;
    /// `#` starts a comment.
    static func entries(of text: String) -> [Entry] {
        var entries: [Entry] = []
        var heading = ""
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = trimmed(rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            if line.isEmpty { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                heading = String(line.dropFirst().dropLast())
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let language = trimmed(line[..<colon])
            for phrase in line[line.index(after: colon)...].split(separator: ",") {
                let phrase = trimmed(phrase)
                if !phrase.isEmpty { entries.append(Entry(heading: heading, language: language, phrase: phrase)) }
            }
        }
        return entries
    }

    /// The normalized words of a phrase as written in a lexicon file. An elided article or pronoun ("l'equip",
    /// "m'atén") is a word of its own, as ``CueTagger`` reads messages; other apostrophes join ("passa'm").
    static func words(of phrase: String) -> [String] {
        guard phrase.contains("'") || phrase.contains("\u{2019}") else {
            return TextNormalizer.words(TextNormalizer.normalize(phrase)).map(String.init)
        }
        var separated = ""
        var previous: [Character] = []
        for character in phrase {
            let isApostrophe = character == "'" || character == "\u{2019}"
            let elides = previous.count >= 1 && "ldmtsnLDMTSN".contains(previous[previous.count - 1])
                && (previous.count == 1 || !previous[previous.count - 2].isLetter)
            separated.append(isApostrophe && elides ? " " : character)
            previous.append(character)
        }
        return TextNormalizer.words(TextNormalizer.normalize(separated)).map(String.init)
    }

    /// `text` without spaces or tabs at either end.
    private static func trimmed(_ text: Substring) -> String {
        var view = text
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}

/// A run of a clause's words that the tagger read as one phrase: its parts, and the queue it names, if any.
struct CueSpan: Sendable {
    var words: ArraySlice<String>
    var parts: CueParts
    /// The queue the words name, when they are a department alias.
    var queue: String?
    /// Whether the alias says it is a team ("billing department").
    var isDepartmentLike = false

    var last: String { words.last ?? "" }
}

/// Reads a clause's normalized words as spans of the cue lexicon and department aliases: shorthands expanded
/// ("u" → "you"), elided articles and pronouns split off ("lencarregat" → "l encarregat"), typing slips of cue
/// words of five letters or more read as the word (one edit; not a change in the last two letters, which is how
/// words inflect), then at each word the longest phrase that matches there.
struct CueTagger: Sendable {
    let lexicon: CueLexicon
    let departments: DepartmentAliases
    /// Words never read as another: the cue words, the aliases, real words near cue words, the bot's words.
    private let known: Set<String>
    /// Each one-letter deletion of a fuzzy target → the targets it comes from.
    private let deletions: [String: [String]]

    init(lexicon: CueLexicon, departments: DepartmentAliases, knownWords: Set<String>) {
        self.lexicon = lexicon
        self.departments = departments
        known = knownWords.union(lexicon.vocabulary).union(departments.vocabulary)
        var deletions: [String: [String]] = [:]
        for target in lexicon.fuzzyTargets.sorted() {
            for variant in Self.deletions(of: target) { deletions[variant, default: []].append(target) }
        }
        self.deletions = deletions
    }

    /// The spans of one clause's words.
    func spans(of clause: [String]) -> [CueSpan] {
        let words = prepare(clause)
        let stems = words.map(DepartmentAliases.stem)
        var spans: [CueSpan] = []
        var index = 0
        while index < words.count {
            let phrase = lexicon.phrases[words[index]]?.first { phrase in
                guard index + phrase.words.count <= words.count,
                      words[index..<(index + phrase.words.count)].elementsEqual(phrase.words) else { return false }
                // "con él" points back only at the end of a clause ("con el encargado" does not).
                return phrase.parts != .pronounEnd || index + phrase.words.count == words.count
            }
            let alias = departments.longest(at: stems[index...])
            if let alias, alias.stems.count >= phrase?.words.count ?? 0 {
                let range = index..<(index + alias.stems.count)
                spans.append(CueSpan(words: words[range], parts: lexicon.parts(of: words[range]) ?? [], queue: alias.queue,
                                     isDepartmentLike: alias.isDepartmentLike))
                index = range.upperBound
            } else if let phrase {
                spans.append(CueSpan(words: words[index..<(index + phrase.words.count)], parts: phrase.parts))
                index += phrase.words.count
            } else {
                spans.append(CueSpan(words: words[index...index], parts: []))
                index += 1
            }
        }
        return spans
    }

    /// The words with shorthands expanded, elisions split and slips corrected.
    private func prepare(_ clause: [String]) -> [String] {
        var words: [String] = []
        words.reserveCapacity(clause.count + 2)
        for word in clause {
            if let expansion = lexicon.shorthands[word] {
                words += expansion
            } else if let rest = elided(word) {
                words.append(String(word.prefix(1)))
                words.append(rest)
            } else {
                words.append(correction(of: word) ?? word)
            }
        }
        return words
    }

    /// The word after an elided "l'", "d'", "m'", "t'", "s'" or "n'", when `word` is one unknown word that is such a
    /// letter and a cue word ("lencarregat", "datencio", "matengui").
    private func elided(_ word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.count >= 3, let first = utf8.first, "ldmtsn".utf8.contains(first),
              "aeiouh".utf8.contains(utf8[utf8.index(after: utf8.startIndex)]),
              !lexicon.vocabulary.contains(word), !departments.vocabulary.contains(word) else { return nil }
        let rest = String(word.dropFirst())
        return lexicon.vocabulary.contains(rest) || departments.vocabulary.contains(rest) ? rest : nil
    }

    /// The cue word that `word` is a typing slip of (the first in alphabetical order when there are several), if
    /// any: only for words of five letters or more that are not known.
    func correction(of word: String) -> String? {
        guard word.count >= 5, !known.contains(word), word.allSatisfy(\.isLetter),
              !departments.stems.contains(DepartmentAliases.stem(word)) else { return nil }
        var candidates = Set<String>()
        // A letter left out (the word is a deletion of a target), one too many, one changed or two swapped.
        candidates.formUnion(deletions[word] ?? [])
        for variant in Self.deletions(of: word) {
            if lexicon.fuzzyTargets.contains(variant) { candidates.insert(variant) }
            candidates.formUnion(deletions[variant] ?? [])
        }
        return candidates.filter { Self.isSlip(word, of: $0) }.min()
    }

    /// Whether `word` is one edit from `target`, and not a change of one of its last two letters (an inflection:
    /// "llamaré" is not "llámame", "truquen" is not "truqueu").
    static func isSlip(_ word: String, of target: String) -> Bool {
        guard SpellingCorrector.distance(word, target) == 1 else { return false }
        let a = Array(word), b = Array(target)
        guard a.count == b.count, a.count >= 2, a.dropLast(2).elementsEqual(b.dropLast(2)) else { return true }
        return a.suffix(2).elementsEqual(b.suffix(2).reversed())
    }

    private static func deletions(of word: String) -> [String] {
        let letters = Array(word)
        return letters.indices.map { index in
            var copy = letters
            copy.remove(at: index)
            return String(copy)
        }
    }
}

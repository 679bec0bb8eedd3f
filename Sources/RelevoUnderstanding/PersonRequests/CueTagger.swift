/// Reads a clause's normalized words as spans of the cue lexicon and department aliases: shorthands expanded
/// ("u" → "you"), elided articles and pronouns split off ("lencarregat" → "l encarregat"), typing slips of cue
/// words of five letters or more read as the word (one edit; not a change in the last two letters, which is how
/// words inflect), then at each word the longest phrase that matches there.
///
/// Every message goes through here, so a word costs one dictionary lookup when it is known, and a slip is
/// looked for only among cue words of about its length and letters.
struct CueTagger: Sendable {
    /// All the tagger knows of a word (a class: the spans of every message hold many, copied without cost).
    final class Entry: Sendable {
        /// The phrases that start with the word, longest first.
        let phrases: [CueLexicon.Phrase]
        /// The words it stands for, if it is a shorthand.
        let shorthand: [String]?
        /// Whether the word is a cue or alias word (an elided "l'" is split off the others only).
        let isCueWord: Bool

        init(phrases: [CueLexicon.Phrase], shorthand: [String]?, isCueWord: Bool) {
            self.phrases = phrases
            self.shorthand = shorthand
            self.isCueWord = isCueWord
        }
    }

    /// A word a slip may be read as, with its letters and the set of them.
    private struct Target: Sendable {
        var word: String
        var letters: [UInt8]
        var mask: UInt32
    }

    let departments: DepartmentAliases
    /// Every word known: cue words, alias words, shorthands, real words near cue words, the bot's words.
    private let entries: [String: Entry]
    /// The words a slip may be read as, by length.
    private let targets: [Int: [Target]]

    init(lexicon: CueLexicon, departments: DepartmentAliases, knownWords: Set<String>) {
        self.departments = departments
        let cueWords = lexicon.vocabulary.union(departments.vocabulary)
        var entries: [String: Entry] = [:]
        for word in knownWords.union(cueWords).union(lexicon.shorthands.keys) {
            entries[word] = Entry(phrases: lexicon.phrases[word] ?? [], shorthand: lexicon.shorthands[word],
                                  isCueWord: cueWords.contains(word))
        }
        self.entries = entries
        var targets: [Int: [Target]] = [:]
        for word in lexicon.fuzzyTargets.sorted() where word.utf8.allSatisfy(Self.isASCIILetter) {
            let letters = Array(word.utf8)
            targets[letters.count, default: []].append(Target(word: word, letters: letters, mask: Self.mask(letters)))
        }
        self.targets = targets
    }

    /// Words before Catalan "cap" that make it a boss ("el cap", "al teu cap", "es cap", "algun cap").
    static let bossDeterminers: Set<String> = ["el", "al", "del", "es", "teu", "vostre", "seu", "meu", "nostre", "algun", "un", "d", "l"]

    /// The spans of one clause's words.
    func spans(of clause: [String]) -> [CueSpan] {
        var words: [String] = []
        var known: [Entry?] = []
        words.reserveCapacity(clause.count + 2)
        known.reserveCapacity(clause.count + 2)
        for word in clause { prepare(word, into: &words, &known) }
        var stems: [String?] = Array(repeating: nil, count: words.count)
        func stem(_ index: Int) -> String {
            if let stem = stems[index] { return stem }
            let stem = DepartmentAliases.stem(words[index])
            stems[index] = stem
            return stem
        }
        var spans: [CueSpan] = []
        spans.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let phrase = known[index]?.phrases.first { phrase in
                let end = index + phrase.words.count
                guard end <= words.count, words[index..<end].elementsEqual(phrase.words) else { return false }
                // "con él" points back only at the end of a clause ("con el encargado" does not).
                return phrase.parts != .pronounEnd || end == words.count
            }
            let alias = departments.aliases(startingWith: stem(index))?.first { alias in
                let end = index + alias.stems.count
                return end <= words.count && (index..<end).allSatisfy { stem($0) == alias.stems[$0 - index] }
            }
            if let alias, alias.stems.count >= phrase?.words.count ?? 0 {
                let range = index..<(index + alias.stems.count)
                let parts = known[index]?.phrases.first { words[range].elementsEqual($0.words) }?.parts ?? []
                spans.append(CueSpan(words: words[range], parts: parts, queue: alias.queue, alternativeQueue: alias.alternative,
                                           isDepartmentLike: alias.isDepartmentLike))
                index = range.upperBound
            } else if let phrase {
                // Catalan "cap" is a boss only after an article or a possessive ("passa'm amb el teu cap"); else it is
                // "any" ("n'hi ha cap a Palma?", "hi ha cap humà?"), standing between words as an article does.
                let any = phrase.words.elementsEqual(["cap"]) && !(spans.last.map { Self.bossDeterminers.contains($0.last) } ?? false)
                spans.append(CueSpan(words: words[index..<(index + phrase.words.count)], parts: any ? .glue : phrase.parts))
                index += phrase.words.count
            } else {
                let unknown = known[index] == nil && words[index].utf8.count >= 3 && words[index].utf8.allSatisfy(Self.isASCIILetter)
                spans.append(CueSpan(words: words[index...index], parts: [], isUnknownWord: unknown))
                index += 1
            }
        }
        return spans
    }

    /// Appends `word` as read: a shorthand expanded, an elision split, a slip corrected, else as it is.
    private func prepare(_ word: String, into words: inout [String], _ known: inout [Entry?]) {
        let entry = entries[word]
        if let expansion = entry?.shorthand {
            for expanded in expansion {
                words.append(expanded)
                known.append(entries[expanded])
            }
        } else if entry?.isCueWord != true, let rest = elided(word) {
            // Known words may be elided forms too: the bot's examples hold "d'atenció" as "datencio".
            words.append(String(word.prefix(1)))
            known.append(entries[String(word.prefix(1))])
            words.append(rest)
            known.append(entries[rest])
        } else if entry == nil, let target = correction(of: word) {
            words.append(target)
            known.append(entries[target])
        } else {
            words.append(word)
            known.append(entry)
        }
    }

    /// The cue word after an elided "l'", "d'", "m'", "t'", "s'" or "n'" of an unknown word ("lencarregat",
    /// "datencio", "matengui").
    private func elided(_ word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.count >= 3 else { return nil }
        switch utf8[utf8.startIndex] {
        case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "n"): break
        default: return nil
        }
        switch utf8[utf8.index(after: utf8.startIndex)] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "h"): break
        default: return nil
        }
        let rest = String(word.dropFirst())
        return entries[rest]?.isCueWord == true ? rest : nil
    }

    /// The cue word that an unknown `word` of five letters or more is a typing slip of (the first in
    /// alphabetical order when there are several), if any.
    func correction(of word: String) -> String? {
        let letters = Array(word.utf8)
        guard letters.count >= 5, entries[word] == nil, letters.allSatisfy(Self.isASCIILetter),
              !departments.stems.contains(DepartmentAliases.stem(word)) else { return nil }
        let mask = Self.mask(letters)
        // A slip inside the word beats one at its end, which may be the word inflected ("conectat" is "connectat",
        // not "conecta"); then the first in alphabetical order.
        var best: (word: String, atEnd: Bool)?
        for length in (letters.count - 1)...(letters.count + 1) {
            for target in targets[length] ?? [] where (target.mask ^ mask).nonzeroBitCount <= 2 {
                guard Self.isSlip(letters, of: target.letters) else { continue }
                let atEnd = Self.commonPrefix(letters, target.letters) >= min(letters.count, target.letters.count) - 1
                if let current = best, current.atEnd == atEnd ? current.word < target.word : atEnd { continue }
                best = (target.word, atEnd)
            }
        }
        return best?.word
    }

    /// How many letters two words share at their start.
    static func commonPrefix(_ word: [UInt8], _ other: [UInt8]) -> Int {
        var count = 0
        while count < word.count, count < other.count, word[count] == other[count] { count += 1 }
        return count
    }

    /// Whether `word` is one edit from `target` (a letter left out, one too many, one changed, two swapped), and
    /// not a change of one of its last two letters (an inflection: "llamaré" is not "llámame").
    static func isSlip(_ word: [UInt8], of target: [UInt8]) -> Bool {
        guard word != target else { return false }
        var start = 0
        while start < word.count, start < target.count, word[start] == target[start] { start += 1 }
        var end = 0
        while end < word.count - start, end < target.count - start, word[word.count - 1 - end] == target[target.count - 1 - end] { end += 1 }
        let left = word.count - start - end, right = target.count - start - end
        switch (left, right) {
        case (0, 1), (1, 0): return true
        case (1, 1): return start < word.count - 2
        case (2, 2): return word[start] == target[start + 1] && word[start + 1] == target[start]
        default: return false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func mask(_ letters: [UInt8]) -> UInt32 {
        letters.reduce(0) { $0 | 1 << UInt32($1 &- 0x61) }
    }
}

/// Corrects typos against the bot's own vocabulary: a word of 4+ letters that the bot does not know becomes the
/// known word with the same first letter one edit away (insertion, deletion, substitution or swap of neighbours;
/// two edits from 8 letters).
///
/// "hablar con un humnao" reads as "hablar con un humano", so typing errors never hide a request for a person.
struct SpellingCorrector: Sendable {
    private var vocabulary: [String: Int] = [:]
    /// Each one-letter deletion of a known word → the words it comes from.
    private var deletions: [String: [String]] = [:]

    /// Real words the bot does not use, which are never corrected: "diez" is not a typo of "died".
    private var correct: Set<String> = []

    /// - Parameters:
    ///   - words: The bot's vocabulary: what unknown words are corrected to.
    ///   - known: Other real words of the bot's languages, left as they are.
    init(words: some Sequence<String>, known: some Sequence<String> = []) {
        for word in words where word.count >= 3 && word.allSatisfy(\.isLetter) {
            vocabulary[word, default: 0] += 1
        }
        for word in vocabulary.keys where word.count >= 4 {
            for variant in Self.deletions(of: word) { deletions[variant, default: []].append(word) }
        }
        correct = Set(known)
    }

    /// `normalized` text with unknown words replaced by their closest known word, when there is one.
    func correct(_ normalized: String) -> String {
        var changed = false
        let words = TextNormalizer.words(normalized).map { word -> String in
            let word = String(word)
            guard let fixed = correction(of: word) else { return word }
            changed = true
            return fixed
        }
        return changed ? words.joined(separator: " ") : normalized
    }

    func correction(of word: String) -> String? {
        guard word.count >= 4, vocabulary[word] == nil, !correct.contains(word), word.allSatisfy(\.isLetter) else { return nil }
        var candidates = Set<String>()
        // The typo deleted a letter, or substituted/swapped one (both share a deletion with the word).
        for variant in Self.deletions(of: word) {
            if vocabulary[variant] != nil, variant.count >= 4 { candidates.insert(variant) }
            candidates.formUnion(deletions[variant] ?? [])
        }
        // The typo inserted a letter.
        candidates.formUnion(deletions[word] ?? [])
        let limit = word.count >= 8 ? 2 : 1
        // People rarely mistype a word's first letter; requiring it keeps gibberish ("nanana") from becoming words.
        let close = candidates.filter { $0.first == word.first && Self.distance(word, $0) <= limit }
        return close.max { (vocabulary[$0]!, $1) < (vocabulary[$1]!, $0) }
    }

    private static func deletions(of word: String) -> [String] {
        let letters = Array(word)
        return letters.indices.map { index in
            var copy = letters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// Optimal string alignment distance (Levenshtein with swaps of neighbours).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}

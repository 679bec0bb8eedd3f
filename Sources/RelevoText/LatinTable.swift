/// What normalization does to each Unicode scalar below U+0300 (Latin, Latin-1 and the Latin extensions, before
/// the combining marks), computed once from the general rules: the fast path for text made only of them.
///
/// Such text is already in NFC (no combining marks can follow a letter, and none of these scalars has a
/// singleton decomposition) and every scalar is its own grapheme cluster, apart from CR LF. Its NFKC is each
/// scalar's NFKC in turn (a compatibility decomposition never starts with a combining mark here), so folding
/// (``TextFolder``) can be done scalar by scalar too — apart from spaced letters, which the fast path leaves to
/// the general one.
struct LatinTable: Sendable {
    /// Scalars below this value have an entry.
    static let limit: UInt32 = 0x300

    /// How a scalar normalizes.
    enum Fold: Sendable {
        /// Dropped (apostrophes join words; the soft hyphen is invisible).
        case skip
        /// White space, a control character or a spacing accent (NFKC makes "´" a space and a combining accent):
        /// words are separated.
        case space
        /// Replaced by these UTF-8 bytes, lowercase and without accents.
        case text([UInt8])
    }

    let folds: [Fold]
    /// Whether the scalar is part of a word (a letter or a digit).
    let isWord: [Bool]

    static let shared = LatinTable()

    private init() {
        var folds: [Fold] = []
        var isWord: [Bool] = []
        for value in 0..<Self.limit {
            let scalar = Unicode.Scalar(value)!
            isWord.append(scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if scalar == "'" {
                folds.append(.skip)
            } else if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                folds.append(.space)
            } else {
                let folded = TextNormalizer.stripDiacritics(TextFolder.foldScalar(scalar)).lowercased()
                if folded.isEmpty {
                    folds.append(.skip)
                } else if folded.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                    folds.append(.space)
                } else {
                    folds.append(.text(Array(folded.utf8)))
                }
            }
        }
        self.folds = folds
        self.isWord = isWord
    }
}

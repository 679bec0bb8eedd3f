/// What normalization does to each Unicode scalar below U+0300 (Latin, Latin-1 and the Latin extensions, before
/// the combining marks), computed once from the general rules: the fast path for text made only of them.
///
/// Such text is already in NFC (no combining marks can follow a letter, and none of these scalars has a
/// singleton decomposition) and every scalar is its own grapheme cluster, apart from CR LF.
struct LatinTable: Sendable {
    /// Scalars below this value have an entry.
    static let limit: UInt32 = 0x300

    /// How a scalar normalizes.
    enum Fold: Sendable {
        /// Dropped (apostrophes join words).
        case skip
        /// White space or a control character: words are separated.
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
                folds.append(.text(Array(TextNormalizer.stripDiacritics(String(scalar)).lowercased().utf8)))
            }
        }
        self.folds = folds
        self.isWord = isWord
    }
}

/// Letters that look Latin without being so, and the Latin letter each passes for: the Cyrillic "а" of "аgent",
/// the Greek "ο", small capitals ("ᴀɢᴇɴᴛ"), IPA letters ("ɡ"). Compatibility forms (fullwidth, mathematical,
/// circled letters) need no entry: NFKC folds them first.
///
/// Latin-script look-alikes are always folded. Those of other scripts are folded in a word that also has Latin
/// letters, or that is made of look-alikes only, so a message written in Russian or Greek keeps its words.
enum Confusables {
    /// Latin-script letters that pass for plain ones: always folded.
    static let latin: [UInt32: Unicode.Scalar] = table([
        ("ɑ", "a"), ("ɐ", "a"), ("ɓ", "b"), ("ɗ", "d"), ("ɛ", "e"), ("ɡ", "g"), ("ɢ", "G"), ("ɦ", "h"), ("ɩ", "i"),
        ("ɪ", "I"), ("ı", "i"), ("ȷ", "j"), ("ɴ", "N"), ("ɵ", "o"), ("ʀ", "R"), ("ʏ", "Y"), ("ʜ", "H"), ("ʟ", "L"),
        ("ʙ", "B"), ("ᴀ", "A"), ("ᴄ", "C"), ("ᴅ", "D"), ("ᴇ", "E"), ("ꜰ", "F"), ("ᴊ", "J"), ("ᴋ", "K"), ("ᴍ", "M"),
        ("ᴏ", "O"), ("ᴘ", "P"), ("ꜱ", "S"), ("ᴛ", "T"), ("ᴜ", "U"), ("ᴠ", "V"), ("ᴡ", "W"), ("ᴢ", "Z"), ("ʋ", "v"),
        ("ꞵ", "b"),
    ])

    /// Cyrillic, Greek and Armenian letters that look like Latin ones in common fonts: folded in mixed or
    /// look-alike-only words. (Lowercase Cyrillic "к", "м", "т", "в", "н" and Greek "κ", "τ" pass only for small
    /// capitals: left out, so that words such as "как" or "και" stay as written.)
    static let foreign: [UInt32: Unicode.Scalar] = table([
        // Cyrillic
        ("а", "a"), ("А", "A"), ("В", "B"), ("с", "c"), ("С", "C"), ("ԁ", "d"), ("Ԁ", "D"), ("е", "e"), ("Е", "E"),
        ("ё", "e"), ("Ё", "E"), ("ԍ", "G"), ("һ", "h"), ("Н", "H"), ("і", "i"), ("І", "I"), ("ї", "i"), ("Ї", "I"),
        ("ј", "j"), ("Ј", "J"), ("К", "K"), ("ӏ", "l"), ("Ӏ", "I"), ("М", "M"), ("о", "o"), ("О", "O"), ("р", "p"),
        ("Р", "P"), ("ԛ", "q"), ("ѕ", "s"), ("Ѕ", "S"), ("Т", "T"), ("у", "y"), ("У", "Y"), ("ү", "y"), ("Ү", "Y"),
        ("ԝ", "w"), ("Ԝ", "W"), ("х", "x"), ("Х", "X"),
        // Greek
        ("α", "a"), ("Α", "A"), ("Β", "B"), ("β", "b"), ("ε", "e"), ("Ε", "E"), ("Ζ", "Z"), ("Η", "H"), ("ι", "i"),
        ("Ι", "I"), ("Κ", "K"), ("Μ", "M"), ("ν", "v"), ("Ν", "N"), ("ο", "o"), ("Ο", "O"), ("ρ", "p"),
        ("Ρ", "P"), ("Τ", "T"), ("υ", "u"), ("Υ", "Y"), ("χ", "x"), ("Χ", "X"), ("ϲ", "c"), ("Ϲ", "C"),
        ("ϳ", "j"), ("ί", "i"), ("ό", "o"), ("έ", "e"), ("ά", "a"), ("ύ", "u"),
        // Armenian
        ("ո", "n"), ("ս", "u"), ("հ", "h"), ("ց", "g"), ("օ", "o"), ("ւ", "L"), ("Տ", "S"), ("Օ", "O"), ("Ս", "U"),
    ])

    private static func table(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) -> [UInt32: Unicode.Scalar] {
        Dictionary(pairs.map { ($0.0.value, $0.1) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether `scalar` is a letter of the Latin script (ASCII, Latin-1, the Latin extensions, small capitals).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1D00...0x1DBF, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF,
             0xAB30...0xAB6F, 0x250...0x2AF:
            return scalar.properties.isAlphabetic
        default:
            return false
        }
    }
}

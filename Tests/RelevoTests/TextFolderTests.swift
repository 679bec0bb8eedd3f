import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Letters disguised to dodge matching are folded before it, by normalization's fast paths and its general one.
@Suite struct TextFolderTests {
    @Test(arguments: [
        ("ＡＧＥＮＴ", "agent"), ("𝐚𝐠𝐞𝐧𝐭", "agent"), ("𝓱𝓾𝓶𝓪𝓷", "human"), ("ⓗⓤⓜⓐⓝ", "human"), ("ﬁle", "file"),
        ("ᵃᵍᵉⁿᵗ", "agent"), ("ＨＵＭＡＮ\u{3000}ＰＬＥＡＳＥ", "human please"),
    ])
    func compatibilityFormsFoldByNFKC(text: String, folded: String) {
        #expect(TextNormalizer.normalize(text) == folded)
    }

    @Test(arguments: ["hum\u{2060}an", "hu\u{200B}man", "hu\u{200C}m\u{200D}an", "\u{FEFF}human", "hu\u{AD}man", "hum\u{2063}an",
                      "h\u{E0041}uman"])
    func invisibleFormatCharactersAreRemoved(text: String) {
        #expect(TextNormalizer.normalize(text) == "human")
    }

    @Test(arguments: [
        ("\u{430}gent", "agent"), ("\u{440}\u{435}rs\u{43E}n", "person"), ("\u{391}G\u{395}\u{39D}\u{3A4}", "agent"), ("ᴀɢᴇɴᴛ", "agent"),
        ("ɡet me a human", "get me a human"), ("\u{440}\u{435}\u{440}", "pep"), ("hum\u{430}n", "human"),
    ])
    func lookAlikeLettersFoldToLatin(text: String, folded: String) {
        #expect(TextNormalizer.normalize(text) == folded)
    }

    @Test(arguments: ["\u{43F}\u{440}\u{438}\u{432}\u{435}\u{442}, \u{43A}\u{430}\u{43A}", "\u{43C}\u{435}\u{43D}\u{44F}", "\u{3B3}\u{3B5}\u{3B9}\u{3B1} \u{3C3}\u{3B1}\u{3C2}"])
    func wordsOfOtherScriptsAreKept(text: String) {
        #expect(TextNormalizer.normalize(text) == text.lowercased())
    }

    @Test func spacingAccentsSeparateWordsOnEveryPath() {
        #expect(TextNormalizer.normalize("don´t") == "don t")
        #expect(TextNormalizer.normalize("don´t") == TextNormalizer.normalizeUnicode("don´t"))
        #expect(TextNormalizer.words("don t") == ["don", "t"])
    }

    @Test func plainTextKeepsItsFastPaths() {
        #expect(TextNormalizer.normalizeASCII("Where is my order?") == "where is my order?")
        #expect(TextNormalizer.normalizeLatin("¿Dónde está mi pedido?") == "¿donde esta mi pedido?")
        #expect(TextNormalizer.normalizeASCII("h u m a n") == nil)
        #expect(TextNormalizer.normalizeLatin("h ú m a n") == nil)
        #expect(TextNormalizer.normalize("h ú m a n") == "human")
    }

    @Test func foldingLeavesCaseAndAccentsToNormalization() {
        #expect(TextFolder.fold("ＡＧＥＮＴ Ñ") == "AGENT Ñ")
        #expect(TextFolder.fold("H U M A N") == "HUMAN")
    }
}

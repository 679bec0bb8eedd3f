import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct TextNormalizerTests {
    @Test(arguments: ["facturación", "FACTURACION", "Facturacio\u{301}n", "  facturación\t"])
    func accentsCaseAndDecompositionFold(_ text: String) {
        #expect(TextNormalizer.normalize(text) == "facturacion")
    }

    /// A letter held down is typed once; double letters of real words and "www" stay.
    @Test(arguments: [
        ("holaaaa", "hola"), ("un humàààà", "un huma"), ("PLEASEEEE HELP", "please help"), ("nooooo", "no"),
        ("llamar al correo", "llamar al correo"), ("www.relevo.cat", "www.relevo.cat"), ("4444", "4444"),
        ("cancelled", "cancelled"),
    ])
    func heldLettersAreTypedOnce(_ text: String, _ normalized: String) {
        #expect(TextNormalizer.normalize(text) == normalized)
    }

    @Test func whiteSpaceAndControlCharactersFold() {
        #expect(TextNormalizer.normalize("where\u{0}  is\n\tmy   order") == "where is my order")
    }

    @Test func apostrophesJoinWords() {
        #expect(TextNormalizer.normalize("I DON'T know") == "i dont know")
        #expect(TextNormalizer.normalize("l’adreça") == "ladreca")
    }

    @Test func aLetterHeldDownIsTypedOnceOrTwiceInAWordWithoutAVowel() {
        #expect(TextNormalizer.normalize("HOLAAAA un humàààà pleaseeee") == "hola un huma please")
        #expect(TextNormalizer.normalize("grrr fffp") == "grr ffp")
        #expect(TextNormalizer.normalize("hmmm") == "hmm")
        #expect(TextNormalizer.normalize("www.example.com") == "www.example.com")
    }

    @Test func wordsAreRunsOfLettersAndDigits() {
        #expect(TextNormalizer.tokens("¿Dónde está mi pedido #4471?") == ["donde", "esta", "mi", "pedido", "4471"])
    }

    @Test func patternsKeepEscapesWhenAccentsAreStripped() {
        #expect(TextNormalizer.stripDiacritics(#"\bfacturación\B"#) == #"\bfacturacion\B"#)
    }
}

import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// The Latin fast paths of normalization, word splitting and cleaning give exactly what the general Unicode
/// paths give, for every scalar they cover and for generated mixed text.
@Suite struct LatinTableTests {
    /// Scalars the generated texts are made of: every Latin one, and some that force the general path.
    static let alphabet: [Unicode.Scalar] = (0..<LatinTable.limit).compactMap(Unicode.Scalar.init)
        + ["\u{301}", "\u{308}", "\u{2019}", "\u{3A3}", "\u{3C3}", "\u{1F600}", "\u{4E2D}", "\u{202E}", "\u{FB01}", "\u{1E9E}",
           "\u{430}", "\u{2060}", "\u{FF21}", "\u{1D00}", "\u{3000}"]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                // Mostly common letters and spaces, as in messages, with any scalar now and then.
                let pick = Int.random(in: 0..<10, using: &random)
                let scalar: Unicode.Scalar = switch pick {
                case 0...5: Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &random))
                case 6: " "
                default: alphabet.randomElement(using: &random)!
                }
                scalars.append(scalar)
            }
            return String(scalars)
        }
    }

    @Test func everyLatinScalarNormalizesAsInTheGeneralPath() {
        for value in 0..<LatinTable.limit {
            let text = "a" + String(Unicode.Scalar(value)!) + "b"
            #expect(TextNormalizer.normalize(text) == TextNormalizer.normalizeUnicode(text), "U+\(String(value, radix: 16))")
            #expect(TextNormalizer.words(text) == TextNormalizer.unicodeWords(text), "U+\(String(value, radix: 16))")
            #expect(InputSanitizer.clean(text) == InputSanitizer.cleanUnicode(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func generatedTextTakesTheSameWayThroughEitherPath() {
        for text in Self.texts(count: 5_000, seed: 7) {
            let normalized = TextNormalizer.normalize(text)
            #expect(normalized == TextNormalizer.normalizeUnicode(text), "\(text.unicodeScalars.map(\.value))")
            #expect(TextNormalizer.words(normalized) == TextNormalizer.unicodeWords(normalized), "\(text.unicodeScalars.map(\.value))")
            #expect(InputSanitizer.clean(text) == InputSanitizer.cleanUnicode(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func latinTextIsFoldedWithoutFoundation() {
        #expect(TextNormalizer.normalizeLatin("¿Dónde ESTÁ l’adreça?") == "¿donde esta ladreca?")
        #expect(TextNormalizer.normalizeLatin("Σ") == nil)
        #expect(TextNormalizer.latinWords("¿donde esta?") == ["donde", "esta"])
    }

    @Test func signalsReadPunctuationRunsAndShouting() {
        #expect(CustomerSignals.hasPunctuationRun("why?!?"))
        #expect(CustomerSignals.hasPunctuationRun("hello!!!"))
        #expect(!CustomerSignals.hasPunctuationRun("hello!!?"))
        #expect(!CustomerSignals.hasPunctuationRun("what?? ok!"))
        #expect(CustomerSignals.shouting("WHERE IS THE ORDER") == 2)
        #expect(CustomerSignals.shouting("ÓRDENES PERDIDAS ya") == 1)
        #expect(CustomerSignals.shouting("Where is my order") == 0)
    }
}

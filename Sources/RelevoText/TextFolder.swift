import Foundation

/// Folds the characters people use to dodge matching into the letters they stand for, before normalization:
///
/// - compatibility forms, by NFKC: fullwidth "ＡＧＥＮＴ", mathematical "𝐚𝐠𝐞𝐧𝐭", circled letters, ligatures,
///   superscripts;
/// - invisible format characters, removed: zero-width spaces and joiners, word joiners ("hum\u{2060}an"), the
///   byte order mark, soft hyphens;
/// - letters of other scripts that look Latin ("аgent" with a Cyrillic "а"), and small capitals (see
///   ``Confusables``);
/// - letters spaced apart ("h u m a n", see ``SpacedLetters``).
///
/// ``TextNormalizer/normalize(_:)`` folds every text it matches: ASCII and Latin text scalar by scalar on its fast
/// paths, any other text here.
public enum TextFolder {
    /// Whether `text` may hold letters spaced apart ("T A L K  T O  A  H U M A N"), erring towards yes: then
    /// ``fold(_:)`` is worth its cost for a reader of the text as written (the language guesser).
    package static func mayHaveSpacedLetters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(SpacedLetters.mayHaveRun)
    }

    /// `text` folded; case and accents are left to normalization.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            // Other scripts' look-alikes are folded in a word with Latin letters or made of look-alikes only.
            let letters = word.filter { $0.properties.isAlphabetic }
            let disguised = letters.contains(where: Confusables.isLatinLetter)
                || letters.allSatisfy { Confusables.foreign[$0.value] != nil }
            for scalar in word {
                scalars.append(disguised ? Confusables.foreign[scalar.value] ?? scalar : scalar)
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .format { continue }
            let latin = Confusables.latin[scalar.value] ?? scalar
            if latin.properties.isAlphabetic || latin.properties.generalCategory == .nonspacingMark {
                word.append(latin)
            } else {
                flushWord()
                scalars.append(latin)
            }
        }
        flushWord()
        return SpacedLetters.join(String(scalars))
    }

    /// One scalar folded on its own (no word around it): what the fast paths' ``LatinTable`` starts from.
    static func foldScalar(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.generalCategory == .format { return "" }
        var scalars = String.UnicodeScalarView()
        for folded in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
            scalars.append(Confusables.latin[folded.value] ?? folded)
        }
        return String(scalars)
    }
}

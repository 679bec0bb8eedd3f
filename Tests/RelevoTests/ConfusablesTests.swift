import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// The look-alike tables map letters to plain Latin ones, and only letters of other scripts are conditional.
@Suite struct ConfusablesTests {
    @Test func latinLookAlikesAreLatinLettersThatFoldToASCII() {
        for (value, target) in Confusables.latin {
            let scalar = Unicode.Scalar(value)!
            #expect(Confusables.isLatinLetter(scalar), "U+\(String(value, radix: 16))")
            #expect(target.isASCII && target.properties.isAlphabetic)
        }
    }

    @Test func otherScriptsLookAlikesAreNotLatinAndFoldToASCII() {
        for (value, target) in Confusables.foreign {
            let scalar = Unicode.Scalar(value)!
            #expect(!Confusables.isLatinLetter(scalar) && scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(target.isASCII && target.properties.isAlphabetic)
        }
    }

    @Test func noLatinScalarFoldsIntoAnotherScriptsLookAlike() {
        for value in 0..<LatinTable.limit {
            let folded = TextFolder.foldScalar(Unicode.Scalar(value)!)
            #expect(folded.unicodeScalars.allSatisfy { Confusables.foreign[$0.value] == nil }, "U+\(String(value, radix: 16))")
        }
    }
}

import Testing
@testable import RelevoUnderstanding

@Suite struct TextFeaturesTests {
    /// A number counts by its shape: an example's order number must not draw every message with the same number
    /// to its intent ("I need the invoice for order 4471" is billing, not tracking).
    @Test func numbersCountByTheirShapeNotTheirValue() {
        #expect(TextFeatures("invoice for order 4471") == TextFeatures("invoice for order 9182"))
        #expect(TextFeatures("call me at 10:30") == TextFeatures("call me at 17:45"))
        #expect(TextFeatures("order 4471") != TextFeatures("order 44711"))
        #expect(TextFeatures("order 4471") != TextFeatures("order"))
        #expect(TextFeatures("model x5") == TextFeatures("model x7"))
        #expect(TextFeatures("model x5") != TextFeatures("model xy"))
    }

    @Test func wordsAndCharacterGramsAreCounted() {
        let features = TextFeatures("no no")
        // One word feature and one bigram, each counted.
        #expect(features.words.map(\.count).sorted() == [1, 2])
        #expect(!features.characters.isEmpty)
        #expect(TextFeatures("").isEmpty)
    }
}

import Foundation
import RelevoDefinitions

/// Messages no customer-support bot answers — general knowledge, weather, sums, jokes, recipes, sport,
/// chit-chat, gibberish — in English, Spanish and Catalan, shipped with the library
/// (`out-of-scope/<language>.txt`, one message a line).
///
/// ``IntentMatcher`` trains them as one more label after the bot's intents: a message that reads most like
/// them is not understood, however sure the classifier is. A confidence threshold alone let such messages
/// through in a small bot, where some intent is always the nearest ("what's 17 times 23" came out as opening
/// hours at 0.5). Bots in other languages get no such label.
package enum OutOfScopeExamples {
    /// What one counts for against a bot's example (``IntentClassifier/Example/weight``).
    static let weight: Float = 0.25

    /// The examples in `language`, normalized; none for a language without a file.
    package static func examples(in language: Language) -> [String] {
        loaded[language] ?? []
    }

    /// The words of the examples in `languages`: real words the spelling corrector leaves as they are ("com demano
    /// l'atur" is about unemployment benefit, not "agur").
    package static func words(in languages: some Sequence<Language>) -> Set<String> {
        languages.reduce(into: Set<String>()) { words, language in words.formUnion(loadedWords[language] ?? []) }
    }

    /// Each language's words, split once per process rather than at every engine's start.
    private static let loadedWords: [Language: Set<String>] = loaded.mapValues { examples in
        examples.reduce(into: Set<String>()) { words, example in words.formUnion(TextNormalizer.words(example).map(String.init)) }
    }

    private static let loaded: [Language: [String]] = {
        var loaded: [Language: [String]] = [:]
        for language in [Language.english, .spanish, .catalan] {
            guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "txt", subdirectory: "out-of-scope"),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else { continue }
            loaded[language] = lines(of: text).map(TextNormalizer.normalize)
        }
        return loaded
    }()

    /// The messages of a file: its lines without blanks and `#` comments.
    static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

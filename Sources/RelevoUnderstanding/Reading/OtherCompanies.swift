import Foundation
import RelevoDefinitions

/// Other companies' names — streaming services, shops, utilities, airlines, apps — that customers bring to the
/// wrong chat ("what time does Tesco close?", "Spotify charged me twice", "no puc entrar al meu Instagram"),
/// shipped with the library (`out-of-scope/companies.txt`).
///
/// A message that names one is about that company, however much it reads like one of the bot's intents ("Spotify
/// charged me twice" reads like a billing question at 1.00): ``Understander`` leaves it not understood unless a
/// pattern of the bot says otherwise. An intent whose own examples name a company keeps it (a broadband bot whose
/// technical examples say "can't even load netflix" understands such messages as technical problems, while "how
/// do I reset my Netflix password?" stays another company's matter).
package struct OtherCompanies: Sendable {
    /// Names by their first word, each as normalized words.
    private let byFirstWord: [String: [[String]]]
    /// The intents whose examples name a company, by the company's name.
    private let keptFor: [[String]: Set<String>]

    /// The library's names, each kept for the intents whose examples name it.
    package init(bot: Bot) {
        var keptFor: [[String]: Set<String>] = [:]
        for intent in bot.intents.values {
            let examples = intent.examples.values.joined()
                .map { " " + TextNormalizer.words(TextNormalizer.normalize($0)).joined(separator: " ") + " " }
            for name in Self.shipped where examples.contains(where: { $0.contains(" " + name.joined(separator: " ") + " ") }) {
                keptFor[name, default: []].insert(intent.name)
            }
        }
        self.init(names: Self.shipped, keptFor: keptFor)
    }

    init(names: [[String]], keptFor: [[String]: Set<String>] = [:]) {
        var byFirstWord: [String: [[String]]] = [:]
        for name in names where !name.isEmpty { byFirstWord[name[0], default: []].append(name) }
        self.byFirstWord = byFirstWord
        self.keptFor = keptFor
    }

    /// Whether normalized `words` name one of the companies that `intent` (if given) does not keep; a name may
    /// carry an elided Catalan article or preposition, joined to it by normalization ("d'Amazon" is "damazon",
    /// "l'Spotify" is "lspotify").
    package func named(in words: [String], for intent: String? = nil) -> Bool {
        for index in words.indices {
            if let name = name(startingWith: words[index], at: index, in: words) ?? Self.elided(words[index]).flatMap({
                name(startingWith: $0, at: index, in: words)
            }) {
                if let intent, keptFor[name]?.contains(intent) == true { continue }
                return true
            }
        }
        return false
    }

    /// The name whose first word is `first` that starts at `index` of `words`, if any.
    private func name(startingWith first: String, at index: Int, in words: [String]) -> [String]? {
        guard let names = byFirstWord[first] else { return nil }
        return names.first { name in
            index + name.count <= words.count && name.indices.dropFirst().allSatisfy { words[index + $0] == name[$0] }
        }
    }

    /// The word without an elided "d'" or "l'", when it may have one.
    static func elided(_ word: String) -> String? {
        guard word.count > 3, let first = word.first, first == "d" || first == "l" else { return nil }
        return String(word.dropFirst())
    }

    /// The names of `out-of-scope/companies.txt`, as normalized words; none when the file cannot be read.
    static let shipped: [[String]] = {
        guard let url = Bundle.module.url(forResource: "companies", withExtension: "txt", subdirectory: "out-of-scope"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return OutOfScopeExamples.lines(of: text).map { TextNormalizer.words(TextNormalizer.normalize($0)).map(String.init) }
    }()
}

import Foundation
import RelevoDefinitions

/// Other companies' names — streaming services, shops, utilities, airlines, apps — that customers bring to the
/// wrong chat ("what time does Tesco close?", "Spotify charged me twice", "no puc entrar al meu Instagram"),
/// shipped with the library (`out-of-scope/companies.txt`).
///
/// A message that names one is about that company, however much it reads like one of the bot's intents ("Spotify
/// charged me twice" reads like a billing question at 1.00): ``Understander`` leaves it not understood unless a
/// pattern of the bot says otherwise. A bot whose own examples name a company keeps it (a broadband bot whose
/// examples say "can't even load netflix" understands such messages).
package struct OtherCompanies: Sendable {
    /// Names by their first word, each as normalized words.
    private let byFirstWord: [String: [[String]]]

    /// The library's names, without those the bot's examples name.
    package init(bot: Bot) {
        let examples = bot.intents.values.flatMap { $0.examples.values.joined() }
            .map { " " + TextNormalizer.words(TextNormalizer.normalize($0)).joined(separator: " ") + " " }
        self.init(names: Self.shipped.filter { name in
            let phrase = " " + name.joined(separator: " ") + " "
            return !examples.contains { $0.contains(phrase) }
        })
    }

    init(names: [[String]]) {
        var byFirstWord: [String: [[String]]] = [:]
        for name in names where !name.isEmpty { byFirstWord[name[0], default: []].append(name) }
        self.byFirstWord = byFirstWord
    }

    /// Whether normalized `words` name one of the companies; a name may carry an elided Catalan article or
    /// preposition, joined to it by normalization ("d'Amazon" is "damazon", "l'Spotify" is "lspotify").
    package func named(in words: [String]) -> Bool {
        for index in words.indices {
            if starts(words[index], at: index, in: words) { return true }
            if let elided = Self.elided(words[index]), starts(elided, at: index, in: words) { return true }
        }
        return false
    }

    /// Whether a name whose first word is `first` starts at `index` of `words`.
    private func starts(_ first: String, at index: Int, in words: [String]) -> Bool {
        guard let names = byFirstWord[first] else { return false }
        return names.contains { name in
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

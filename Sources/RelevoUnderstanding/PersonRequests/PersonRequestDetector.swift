import Foundation

/// Recognises requests for a person, built into the library so that no bot has to (or can) get it wrong: cue
/// phrases in English, Spanish and Catalan (`person-requests/cues.txt`, read by ``CueTagger`` and
/// ``ClauseReading``), the phrasings the library ships (``PersonRequestCorpus``), and the department named,
/// from the bot's queue aliases and the built-in department words (``DepartmentAliases``).
///
/// A bot adds to it — its queues' aliases, and its own `requests_human` intent, which ``Understander`` reads
/// too — but cannot switch it off or narrow it. It reads normalized text, so disguised letters are already
/// folded (see ``TextFolder``).
package struct PersonRequestDetector: Sendable {
    /// The library's own data, read once from its resources.
    struct BuiltIn: Sendable {
        var lexicon: CueLexicon
        /// Each built-in department and the words customers use for it.
        var departments: [(department: String, phrases: [String])]
        /// Real words one slip away from a cue word, never read as it.
        var knownWords: Set<String>
        var corpus: PersonRequestCorpus

        static let shared = BuiltIn(
            lexicon: CueLexicon(text: resource("cues", "txt")),
            departments: departments(of: resource("departments", "txt")),
            knownWords: Set(resource("known-words", "txt").split(whereSeparator: \.isNewline)
                .filter { !$0.hasPrefix("#") }.flatMap { $0.split(separator: " ").map(String.init) }),
            corpus: PersonRequestCorpus(requests: PersonRequestCorpus.lines(of: resource("requests", "jsonl")),
                                        notRequests: PersonRequestCorpus.lines(of: resource("not-requests", "jsonl"))))

        static func departments(of text: String) -> [(department: String, phrases: [String])] {
            var departments: [(department: String, phrases: [String])] = []
            for entry in CueLexicon.entries(of: text) {
                if departments.last?.department != entry.heading { departments.append((entry.heading, [])) }
                departments[departments.count - 1].phrases.append(entry.phrase)
            }
            return departments
        }

        /// A file of the library's `person-requests` resources. The recognition must never be off: a library
        /// built without them stops here, as `Bundle.module` does without its bundle.
        private static func resource(_ name: String, _ type: String) -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "person-requests"),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else { fatalError("RelevoUnderstanding is missing its resource person-requests/\(name).\(type)") }
            return text
        }
    }

    let tagger: CueTagger
    let corpus: PersonRequestCorpus

    /// The detector for `bot`'s queues and vocabulary.
    package init(bot: Bot) {
        self.init(bot: bot, corpus: BuiltIn.shared.corpus)
    }

    /// The detector with another corpus (``PersonRequestCorpus/empty`` to read every message by the rules).
    init(bot: Bot, corpus: PersonRequestCorpus, builtIn: BuiltIn = .shared) {
        let departments = DepartmentAliases(queues: Array(bot.queues.values), builtIn: builtIn.departments,
                                            departmentWords: builtIn.lexicon.departmentWords)
        let known = builtIn.knownWords.union(IntentMatcher.vocabulary(of: bot))
        tagger = CueTagger(lexicon: builtIn.lexicon, departments: departments, knownWords: known)
        self.corpus = corpus
    }

    /// Whether normalized text asks for a person, and the queue of the department it names.
    package func detect(_ normalized: String) -> PersonRequest? {
        guard !normalized.isEmpty else { return nil }
        let clauses = Self.clauses(of: normalized).map(tagger.spans(of:))
        switch corpus.decisions[normalized] {
        case .notRequest:
            return nil
        case .request(let department):
            let queue = department.flatMap { tagger.departments.builtInQueues[$0] } ?? Self.firstQueue(in: clauses)
            return PersonRequest(queue: queue, evidence: "phrasing")
        case nil:
            let findings = clauses.compactMap { ClauseReading($0).finding() }
            guard let first = findings.first else { return nil }
            let queue = findings.lazy.compactMap(\.queue).first ?? Self.firstQueue(in: clauses)
            return PersonRequest(queue: queue, evidence: first.evidence)
        }
    }

    /// The queue of the first department normalized text names, if any ("about my invoice" names billing).
    package func department(in normalized: String) -> String? {
        Self.firstQueue(in: Self.clauses(of: normalized).map(tagger.spans(of:)))
    }

    private static func firstQueue(in clauses: [[CueSpan]]) -> String? {
        clauses.lazy.flatMap { $0 }.compactMap(\.queue).first
    }

    /// The words of normalized text, clause by clause: a clause ends at `. , ; : ! ? … ¿ ¡ ( ) [ ]` or a quote.
    static func clauses(of normalized: String) -> [[String]] {
        var clauses: [[String]] = []
        var current: [String] = []
        var previousEnd = normalized.startIndex
        for word in TextNormalizer.words(normalized) {
            if !current.isEmpty, normalized.unicodeScalars[previousEnd..<word.startIndex].contains(where: { breaks.contains($0) }) {
                clauses.append(current)
                current = []
            }
            current.append(String(word))
            previousEnd = word.endIndex
        }
        if !current.isEmpty { clauses.append(current) }
        return clauses
    }

    private static let breaks: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "…", "¿", "¡", "(", ")", "[", "]", "\""]
}

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
        /// Each built-in department and the phrases customers use for it, as normalized words.
        var departments: [(department: String, phrases: [[String]])]
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

        static func departments(of text: String) -> [(department: String, phrases: [[String]])] {
            var departments: [(department: String, phrases: [[String]])] = []
            for entry in CueLexicon.entries(of: text) {
                if departments.last?.department != entry.heading { departments.append((entry.heading, [])) }
                departments[departments.count - 1].phrases.append(CueLexicon.words(of: entry.phrase))
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

    /// Whether normalized text asks for a person, and the queue of the department it names. Right after the bot
    /// said it is a bot (`followsBotIdentity`), "fine, then find me one" does too.
    package func detect(_ normalized: String, followsBotIdentity: Bool = false) -> PersonRequest? {
        detectWithRest(normalized, followsBotIdentity: followsBotIdentity)?.request
    }

    /// ``detect(_:followsBotIdentity:)``, with the message's clauses that ask for no one ("put me through to an
    /// agent, my router is flashing red" leaves "my router is flashing red"), which may tell what it is about;
    /// `rest` is `nil` when every clause asks for someone, and empty when the message is one of the library's
    /// phrasings of a request, with nothing else in it.
    package func detectWithRest(_ normalized: String, followsBotIdentity: Bool = false) -> (request: PersonRequest, rest: String?)? {
        if case .request(let request, let rest) = reading(normalized, followsBotIdentity: followsBotIdentity, judgingAsides: false) {
            return (request, rest)
        }
        return nil
    }

    /// A message that asks for no one and speaks of a person, a call or the bot only to turn it down, to tell what
    /// already happened or to ask about the bot ("I don't need a person, just tell me…", "an agent told me…", "a
    /// person or a program?"), or one of the library's phrasings of not asking. A bot's own pattern or examples
    /// for asking for a person do not make it a request: the library read it and found none.
    package struct Aside: Sendable, Equatable {
        /// The message without the clauses that turn a person aside ("I don't need a person, just tell me the
        /// hours" is "just tell me the hours"); `nil` when no clause is left or none was set apart.
        package var rest: String?
    }

    /// The aside normalized text makes, if it is one.
    package func aside(_ normalized: String) -> Aside? {
        if case .declined(let aside) = reading(normalized, followsBotIdentity: false, judgingAsides: true) { return aside }
        return nil
    }

    /// What the library makes of a message.
    private enum Reading: Equatable {
        /// A request, and the clauses that ask for no one (the ones that turn a person aside left out).
        case request(PersonRequest, rest: String?)
        /// No request, and a person, a call or the bot turned aside (judged only when asked).
        case declined(Aside)
        case nothing
    }

    private func reading(_ normalized: String, followsBotIdentity: Bool, judgingAsides: Bool) -> Reading {
        guard !normalized.isEmpty else { return .nothing }
        switch corpus.decisions[normalized] {
        case .notRequest:
            return .declined(Aside(rest: nil))
        case .request(let department):
            let queue = department.flatMap { tagger.departments.builtInQueues[$0] } ?? self.department(in: normalized)
            return .request(PersonRequest(queue: queue, evidence: "phrasing"), rest: "")
        case nil:
            var words = Self.clauses(of: normalized)
            var clauses = words.map(tagger.spans(of:))
            Self.joinPoliteClauses(&words, &clauses)
            // "who am I talking to, a person or a program?" asks which is answering, whatever its clauses say.
            if clauses.contains(where: { $0.contains { $0.parts.contains(.either) } }) { return .declined(Aside(rest: nil)) }
            var first: ClauseReading.Finding?
            var queue: String?
            var queueFromThing = false
            // The clauses that ask for no one, with whether the bot was asked about before them: what is left of
            // them (those that do not turn a person aside) is read only when it matters.
            var unfound: [(index: Int, botAsked: Bool)] = []
            // "¿no sos una persona? bueno, conseguime una": a question about the bot is followed up in the same message.
            var botAsked = followsBotIdentity
            for (index, clause) in clauses.enumerated() {
                let reading = ClauseReading(clause, followsBotIdentity: botAsked)
                guard let finding = reading.finding() else {
                    unfound.append((index, botAsked))
                    if reading.asksAboutTheBot { botAsked = true }
                    continue
                }
                if reading.asksAboutTheBot { botAsked = true }
                if first == nil { first = finding }
                if queue == nil || (queueFromThing && finding.queue != nil && !finding.queueFromThing) {
                    queue = finding.queue
                    queueFromThing = finding.queueFromThing
                }
            }
            guard first != nil || judgingAsides else { return .nothing }
            let kept = unfound.filter { !ClauseReading(clauses[$0.index], followsBotIdentity: $0.botAsked).turnsAside }.map { words[$0.index] }
            let rest = kept.isEmpty ? nil : kept.map { $0.joined(separator: " ") }.joined(separator: " ")
            guard let first else {
                guard kept.count < clauses.count else { return .nothing }
                return .declined(Aside(rest: rest))
            }
            let mentioned = queue == nil ? Self.namedQueue(in: clauses) : nil
            let named = queue ?? mentioned?.span.queue
            let alternative = mentioned?.askedFrom == true ? mentioned?.span.alternativeQueue
                : clauses.lazy.joined().first { $0.queue == named && $0.alternativeQueue != nil }?.alternativeQueue
            var request = PersonRequest(queue: named, alternativeQueue: alternative, evidence: first.evidence)
            request.queueOnlyMentioned = mentioned.map { !$0.askedFrom } ?? false
            return .request(request, rest: rest)
        }
    }

    /// A clause of please alone belongs to the clause before it, or else after it: "facturación, por favor" asks
    /// for the team as "billing please" does.
    static func joinPoliteClauses(_ words: inout [[String]], _ clauses: inout [[CueSpan]]) {
        guard clauses.count > 1 else { return }
        var index = 0
        while index < clauses.count, clauses.count > 1 {
            guard !clauses[index].isEmpty, clauses[index].allSatisfy({ $0.parts.contains(.polite) }) else {
                index += 1
                continue
            }
            let into = index > 0 ? index - 1 : index + 1
            if into < index {
                words[into] += words[index]
                clauses[into] += clauses[index]
            } else {
                words[into] = words[index] + words[into]
                clauses[into] = clauses[index] + clauses[into]
            }
            words.remove(at: index)
            clauses.remove(at: index)
        }
    }

    /// The queue of the first department normalized text names, if any ("about my invoice" names billing).
    package func department(in normalized: String) -> String? {
        Self.namedQueue(in: spans(of: normalized))?.span.queue
    }

    /// The tagged spans of each clause of normalized text.
    private func spans(of normalized: String) -> [[CueSpan]] {
        var spans: [[CueSpan]] = []
        for clause in Self.clauses(of: normalized) { spans.append(tagger.spans(of: clause)) }
        return spans
    }

    /// The queue of the team a person is asked from ("someone from billing", "alguien de facturación"), else of the
    /// first team named; `askedFrom` tells which.
    private static func namedQueue(in clauses: [[CueSpan]]) -> (span: CueSpan, askedFrom: Bool)? {
        for clause in clauses {
            if let index = ClauseReading.teamAskedFrom(in: clause) { return (clause[index], true) }
        }
        for clause in clauses {
            for span in clause where span.queue != nil { return (span, false) }
        }
        return nil
    }

    /// The words of normalized text, clause by clause: a clause ends at `. , ; : ! ? … ¿ ¡ ( ) [ ]` or a quote.
    static func clauses(of normalized: String) -> [[String]] {
        if let clauses = asciiClauses(of: normalized) { return clauses }
        var clauses: [[String]] = []
        var current: [String] = []
        var previousEnd = normalized.startIndex
        for word in TextNormalizer.words(normalized) {
            if !current.isEmpty, breaks(normalized.utf8[previousEnd..<word.startIndex]) {
                clauses.append(current)
                current = []
            }
            current.append(String(word))
            previousEnd = word.endIndex
        }
        if !current.isEmpty { clauses.append(current) }
        return clauses
    }

    /// ``clauses(of:)`` for ASCII text in one pass over its bytes (words are runs of letters and digits, as
    /// ``TextNormalizer/words(_:)`` splits them); `nil` for other text.
    private static func asciiClauses(of normalized: String) -> [[String]]? {
        var normalized = normalized
        return normalized.withUTF8 { bytes -> [[String]]? in
            var clauses: [[String]] = []
            var current: [String] = []
            var wordStart = -1
            var broken = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                switch byte {
                case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                    if wordStart < 0 {
                        if broken, !current.isEmpty {
                            clauses.append(current)
                            current = []
                        }
                        broken = false
                        wordStart = index
                    }
                    continue
                case 0x80...: return nil
                default: break
                }
                if wordStart >= 0 {
                    current.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), as: UTF8.self))
                    wordStart = -1
                }
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                     UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""):
                    broken = true
                default: break
                }
            }
            if !current.isEmpty { clauses.append(current) }
            return clauses
        }
    }

    /// Whether the UTF-8 between two words ends a clause.
    private static func breaks(_ gap: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in gap {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""):
                return true
            // "¿" and "¡" are C2 BF and C2 A1; "…" is E2 80 A6.
            case 0xBF, 0xA1: if previous == 0xC2 { return true }
            case 0xA6: if previous == 0x80 { return true }
            default: break
            }
            previous = byte
        }
        return false
    }
}

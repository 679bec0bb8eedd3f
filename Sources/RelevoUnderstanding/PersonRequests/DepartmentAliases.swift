/// What customers call a bot's queues, matched word by word on stems so that "invoice" finds "invoices" and
/// "comanda" finds "comandes".
///
/// The bot's own `aliases` come first and always win; then the queues' display names; then the built-in
/// department words (`person-requests/departments.txt`), each department mapped to the bot's queue of the same
/// name, or else to the queue whose aliases and display names share the most phrases with it. A phrase names one
/// queue only: the first to claim it.
struct DepartmentAliases: Sendable {
    /// An alias as the stems of its words.
    struct Alias: Sendable {
        var stems: [String]
        var queue: String
        /// Whether the alias itself says it is a team ("billing department", "atención al cliente").
        var isDepartmentLike: Bool
        /// Another queue that a shorter alias inside this one names: "accounts department" is billing in British
        /// usage and the accounts team to others, whose alias is "accounts". What the message is about decides.
        var alternative: String? = nil
    }

    /// Aliases by the stem of their first word, longest first.
    let byFirstStem: [String: [Alias]]
    /// Every word of every alias, as written (normalized).
    let vocabulary: Set<String>
    /// The stem of every word of every alias.
    let stems: Set<String>
    /// Each built-in department's queue in this bot, if it has one.
    let builtInQueues: [String: String]

    /// The aliases of `queues`, with the built-in departments (name → phrases, as normalized words) mapped onto them.
    init(queues: [QueueDefinition], builtIn: [(department: String, phrases: [[String]])], departmentWords: Set<String>) {
        var claimed: [[String]: Alias] = [:]
        var order: [[String]] = []
        var vocabulary = Set<String>()
        func claim(_ words: [String], for queue: String) {
            guard !words.isEmpty else { return }
            let stems = words.map(Self.stem)
            guard claimed[stems] == nil else { return }
            claimed[stems] = Alias(stems: stems, queue: queue, isDepartmentLike: words.contains { departmentWords.contains($0) })
            order.append(stems)
            vocabulary.formUnion(words)
        }
        let sorted = queues.sorted { $0.name < $1.name }
        for queue in sorted {
            for language in queue.aliases.keys.sorted() {
                queue.aliases[language]!.forEach { claim(CueLexicon.words(of: $0), for: queue.name) }
            }
        }
        for queue in sorted {
            for language in (queue.displayName?.texts.keys).map(Array.init)?.sorted() ?? [] {
                claim(CueLexicon.words(of: queue.displayName!.texts[language]!), for: queue.name)
            }
        }
        // Each built-in department goes to the bot's queue of that name, else to the queue that shares most.
        var builtInQueues: [String: String] = [:]
        for (department, phrases) in builtIn {
            let stemmed = Set(phrases.map { $0.map(Self.stem) })
            if sorted.contains(where: { $0.name == department }) {
                builtInQueues[department] = department
            } else {
                let shares = sorted.map { queue in
                    (queue.name, order.filter { claimed[$0]?.queue == queue.name && stemmed.contains($0) }.count)
                }
                if let best = shares.filter({ $0.1 > 0 }).max(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }) {
                    builtInQueues[department] = best.0
                }
            }
            if let queue = builtInQueues[department] { phrases.forEach { claim($0, for: queue) } }
        }
        // An alias holding another queue's alias (not only team words: "soporte de cuentas" is not technical for
        // its "soporte") may mean either.
        let teamStems = Set(departmentWords.map(Self.stem))
        for stems in order where stems.count > 1 {
            let queue = claimed[stems]!.queue
            search: for length in stride(from: stems.count - 1, through: 1, by: -1) {
                for start in 0...(stems.count - length) {
                    let part = Array(stems[start..<(start + length)])
                    if let other = claimed[part], other.queue != queue, !part.allSatisfy(teamStems.contains) {
                        claimed[stems]!.alternative = other.queue
                        break search
                    }
                }
            }
        }
        var byFirstStem: [String: [Alias]] = [:]
        for stems in order { byFirstStem[stems[0], default: []].append(claimed[stems]!) }
        for key in byFirstStem.keys { byFirstStem[key]!.sort { $0.stems.count > $1.stems.count } }
        self.byFirstStem = byFirstStem
        self.vocabulary = vocabulary
        self.stems = Set(order.joined())
        self.builtInQueues = builtInQueues
    }

    /// The aliases whose first word has this stem, longest first.
    func aliases(startingWith stem: String) -> [Alias]? {
        byFirstStem[stem]
    }

    /// A light stem for English, Spanish and Catalan nouns: without a plural ending ("-s", "-es", the Catalan
    /// "-ns" of "-ons") and then, in longer words, without a final "a", "e" or "o" — so "factura", "facturas" and
    /// "factures" all read "factur", "devolució" and "devolucions" both "devoluci".
    static func stem(_ word: String) -> String {
        let utf8 = word.utf8
        var count = utf8.count
        func ends(_ suffix: StaticString) -> Bool {
            count > suffix.utf8CodeUnitCount && utf8.suffix(suffix.utf8CodeUnitCount).elementsEqual(
                UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
        }
        if count > 4, ends("ons") {
            count -= 2
        } else if count > 4, ends("es") {
            count -= 2
        } else if count > 3, ends("s") {
            count -= 1
        }
        if count >= 5 {
            switch utf8[utf8.index(utf8.startIndex, offsetBy: count - 1)] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"): count -= 1
            default: break
            }
        }
        return count == utf8.count ? word : String(decoding: utf8.prefix(count), as: UTF8.self)
    }
}

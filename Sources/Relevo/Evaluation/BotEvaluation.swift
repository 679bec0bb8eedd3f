import Foundation
import Logging

/// Measures a bot as its customers meet it: each labelled message is the first of a fresh conversation with
/// the engine (patterns, the built-in recognition of requests for a person, the classifier, the bot's own
/// threshold), on a Monday at 10:00 in Madrid, when every queue is open.
public struct BotEvaluation: Sendable {
    /// The figures of one file of messages.
    public struct Figures: Sendable, Codable, Hashable {
        public var file: String
        /// The language the file is written in, from its name (`en.jsonl`), when the bot has it.
        public var language: String?
        public var rows: Int
        /// Messages other than out-of-scope ones understood as their intent (a request for a person: handed to
        /// a person as one).
        public var intentAccuracy: Double
        /// Requests for a person handed to a person in the same turn.
        public var personRecall: Double
        /// Other messages taken for a request for a person.
        public var falsePersonRate: Double
        /// Out-of-scope messages not understood (and not taken for a request for a person).
        public var oosRejection: Double
        /// Out-of-scope messages answered as such (``Reply/outOfScope``): told what the bot can help with, not asked
        /// to put it another way.
        public var oosTold: Double = 0
        /// Requests for a person naming a department that reached its queue (`nil` without such rows).
        public var departmentAccuracy: Double?
        /// Replies in the file's language, over the messages other than out-of-scope ones.
        public var replyLanguage: Double?
        /// The messages that went wrong: text, expected, got.
        public var misses: [Miss]
        /// The messages (other than out-of-scope ones) answered in another language: text, the file's language,
        /// the reply's.
        public var wrongLanguage: [Miss]

        enum CodingKeys: String, CodingKey {
            case file, language, rows, misses, wrongLanguage = "wrong_language"
            case intentAccuracy = "intent_accuracy", personRecall = "person_recall", falsePersonRate = "false_person_rate"
            case oosRejection = "oos_rejection", oosTold = "oos_told", departmentAccuracy = "department_accuracy", replyLanguage = "reply_language"
        }
    }

    /// A message the bot got wrong.
    public struct Miss: Sendable, Codable, Hashable {
        public var text: String
        public var expected: String
        public var got: String
    }

    public let bot: Bot
    public let files: [(path: String, rows: [LabelledRow])]
    public let oosLabel: String
    public let modelCache: ModelCache?

    public init(bot: Bot, files: [(path: String, rows: [LabelledRow])], oosLabel: String = "oos", modelCache: ModelCache? = nil) {
        self.bot = bot
        self.files = files
        self.oosLabel = oosLabel
        self.modelCache = modelCache
    }

    public func run(logger: Logger) async throws -> [Figures] {
        let engine = try Engine(bot: bot, clock: OffsetClock(startingAt: Benchmark.mondayMorning), actions: DemoActionHandler(),
                                modelCache: modelCache, logger: logger)
        let personIntents = Set(bot.intents.values.filter(\.requestsHuman).map(\.name))
        var all: [Figures] = []
        for (fileIndex, file) in files.enumerated() {
            let name = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
            let language = bot.languages.first { $0.rawValue == name }
            var counts = (understood: 0, inScope: 0, person: 0, personRight: 0, falsePerson: 0, others: 0, oos: 0, rejected: 0, told: 0,
                          departments: 0, departmentRight: 0, languageRight: 0)
            var misses: [Miss] = [], wrongLanguage: [Miss] = []
            for (index, row) in file.rows.enumerated() {
                let reply = try await engine.handle(IncomingMessage(customer: "eval-\(fileIndex)-\(index)", text: row.text))
                let asPerson = reply.handoff?.reason == .userRequest
                let got = asPerson ? "person" + (reply.handoff.map { "(\($0.queue))" } ?? "")
                    : reply.match.intent ?? (reply.outOfScope ? "out of scope" : "not understood")
                let isPerson = personIntents.contains(row.intent)
                var right: Bool
                if row.intent == oosLabel {
                    counts.oos += 1
                    right = reply.match.intent == nil && !asPerson
                    if right { counts.rejected += 1 }
                    if right, reply.outOfScope { counts.told += 1 }
                } else {
                    counts.inScope += 1
                    right = isPerson ? asPerson : reply.match.intent == row.intent && !asPerson
                    if right { counts.understood += 1 }
                    if let language {
                        if reply.language == language {
                            counts.languageRight += 1
                        } else {
                            wrongLanguage.append(Miss(text: row.text, expected: language.rawValue, got: reply.language.rawValue))
                        }
                    }
                }
                if isPerson {
                    counts.person += 1
                    if asPerson { counts.personRight += 1 }
                    if let queue = row.queue {
                        counts.departments += 1
                        if reply.handoff?.queue == queue { counts.departmentRight += 1 } else if asPerson { right = false }
                    }
                } else {
                    counts.others += 1
                    if asPerson { counts.falsePerson += 1 }
                }
                if !right { misses.append(Miss(text: row.text, expected: row.intent + (row.queue.map { "(\($0))" } ?? ""), got: got)) }
            }
            func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
            all.append(Figures(
                file: file.path, language: language?.rawValue, rows: file.rows.count,
                intentAccuracy: share(counts.understood, counts.inScope), personRecall: share(counts.personRight, counts.person),
                falsePersonRate: share(counts.falsePerson, counts.others), oosRejection: share(counts.rejected, counts.oos),
                oosTold: share(counts.told, counts.oos),
                departmentAccuracy: counts.departments == 0 ? nil : share(counts.departmentRight, counts.departments),
                replyLanguage: language == nil ? nil : share(counts.languageRight, counts.inScope), misses: misses,
                wrongLanguage: wrongLanguage))
        }
        return all
    }
}

import Foundation
import Logging
import Synchronization
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Paths and builders shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var intentsPath: String { root.appendingPathComponent("Intents").path }

    /// The default bot, loaded once.
    static let defaultBot: Bot = try! Bot.load(directory: intentsPath)

    /// The default bot cut down to three intents of eight examples per language: quick to train in a debug
    /// build (the whole bot takes the better part of a minute there), for tests of training and caching.
    static let smallBot: Bot = {
        var bot = defaultBot
        bot.intents = bot.intents.filter { ["track_order", "technical_problem", "greeting"].contains($0.key) }
        for name in bot.intents.keys {
            bot.intents[name]!.examples = bot.intents[name]!.examples.mapValues { Array($0.prefix(8)) }
        }
        return bot
    }()

    static let logger = Logger(label: "relevo.tests") { _ in SwiftLogNoOpLogHandler() }

    /// Monday 5 January 2026, 10:00 in Madrid: every queue is open.
    static let monday = Transcript.parseDate("2026-01-05T10:00:00+01:00")!

    /// The demo backend's accounts, with the tests' customers owning every demo order.
    static let demoAccounts = DemoActionHandler.demoAccounts.merging(
        ["c1", "slow", "other"].map { ($0, Set(DemoActionHandler.orders.keys)) }, uniquingKeysWith: { $1 })

    static func engine(
        bot: Bot = defaultBot, store: any ConversationStore = MemoryStore(), clock: ManualClock = ManualClock(monday),
        actions: any ActionHandler = DemoActionHandler(accounts: demoAccounts), delegate: any HandoffDelegate = NoHandoffDelegate()
    ) throws -> Engine {
        try Engine(bot: bot, store: store, clock: clock, ids: SequentialIDGenerator(), actions: actions, delegate: delegate, logger: logger)
    }

    /// Loads a bot made of `files` (name → YAML) and returns its definition errors as printed, with paths
    /// relative to the bot's folder (empty when the bot is valid).
    static func definitionErrors(_ files: [String: String]) throws -> [String] {
        let folder = try definitionsFolder(files)
        do {
            _ = try Bot.load(directory: folder.path)
            return []
        } catch let errors as DefinitionErrors {
            return errors.errors.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        }
    }

    /// Loads a valid bot made of `files` (name → YAML).
    static func bot(_ files: [String: String]) throws -> Bot {
        try Bot.load(directory: definitionsFolder(files).path)
    }

    /// A new folder holding `files` (name → YAML).
    static func definitionsFolder(_ files: [String: String]) throws -> URL {
        let folder = try temporaryDirectory()
        for (name, yaml) in files {
            try yaml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Waits until `condition` holds, looking again every millisecond. The limit is far beyond what any run
    /// needs, however busy the machine: only a hung test reaches it, and fails instead of hanging.
    static func waitUntil(_ what: String, limit: Duration = .seconds(300), _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + limit
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw TimedOut(what: what) }
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var what: String
        var description: String { "still waiting for \(what)" }
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relevo-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Engine {
    /// Sends `text` as `customer` and returns the reply.
    func say(_ text: String, as customer: String = "c1", channel: String = "chat") async throws -> Reply {
        try await handle(IncomingMessage(customer: customer, channel: channel, text: text))
    }
}

/// Continuous-clock time that moves only when told: the SQLite store's cache goes by it in tests, so whether an
/// entry is fresh is decided by the test, not by how long a step took.
final class ManualInstant: Sendable {
    private let current = Mutex(ContinuousClock.now)

    var now: ContinuousClock.Instant { current.withLock { $0 } }

    func advance(by duration: Duration) { current.withLock { $0 = $0.advanced(by: duration) } }

    /// A cache that goes by this time.
    func cache() -> ConversationCache { ConversationCache { self.now } }
}

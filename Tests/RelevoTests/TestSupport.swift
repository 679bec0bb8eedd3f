import Foundation
import Logging
@testable import Relevo

/// Paths and builders shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var intentsPath: String { root.appendingPathComponent("Intents").path }

    /// The default bot, loaded once.
    static let defaultBot: Bot = try! Bot.load(directory: intentsPath)

    static let logger = Logger(label: "relevo.tests") { _ in SwiftLogNoOpLogHandler() }

    /// Monday 5 January 2026, 10:00 in Madrid: every queue is open.
    static let monday = Transcript.parseDate("2026-01-05T10:00:00+01:00")!

    static func engine(
        bot: Bot = defaultBot, store: any ConversationStore = MemoryStore(), clock: ManualClock = ManualClock(monday),
        actions: any ActionHandler = DemoActionHandler(), delegate: any HandoffDelegate = NoHandoffDelegate()
    ) throws -> Engine {
        try Engine(bot: bot, store: store, clock: clock, ids: SequentialIDGenerator(), actions: actions, delegate: delegate, logger: logger)
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

import Foundation
import Logging

/// The Relevo engine: answers customer messages from a bot's definitions and hands conversations to people.
///
/// Messages of one customer are processed one at a time in arrival order; different customers run concurrently.
///
/// ```swift
/// let bot = try Bot.load(directory: "Intents")
/// let engine = try Engine(bot: bot, store: try SQLiteStore(path: "relevo.sqlite"), actions: DemoOrdersHandler(),
///                     logger: Logger(label: "relevo"))
/// let reply = try await engine.handle(IncomingMessage(customer: "c-42", text: "where is my order 4471?"))
/// ```
public actor Engine {
    /// The definitions the engine answers from.
    public nonisolated let bot: Bot
    let matcher: IntentMatcher
    let router: QueueRouter
    let store: any ConversationStore
    let clock: any WallClock
    let ids: any IDGenerator
    let actions: any ActionHandler
    let delegate: any HandoffDelegate
    let logger: Logger
    private var tails: [String: Task<Void, Never>] = [:]

    /// Creates an engine over validated definitions.
    ///
    /// - Throws: ``PolicyError`` when the bot's policy loosens a handoff threshold past its bounds or
    ///   switches one off: the engine refuses to run without its mandatory handoffs.
    /// - Parameters:
    ///   - bot: The definitions, from ``Bot/load(directory:)``.
    ///   - store: Where conversations and tickets are kept (``MemoryStore`` by default).
    ///   - clock: The time source (the system clock by default).
    ///   - ids: Session id and ticket number source.
    ///   - actions: The host's backend for intents' actions.
    ///   - delegate: Receives handoff events.
    ///   - logger: Where the engine logs.
    public init(
        bot: Bot,
        store: any ConversationStore = MemoryStore(),
        clock: any WallClock = SystemClock(),
        ids: any IDGenerator = RandomIDGenerator(),
        actions: any ActionHandler = NoActionHandler(),
        delegate: any HandoffDelegate = NoHandoffDelegate(),
        logger: Logger
    ) throws(PolicyError) {
        let problems = bot.policy.boundViolations
        guard problems.isEmpty else { throw PolicyError(problems: problems) }
        self.bot = bot
        self.matcher = IntentMatcher(bot: bot)
        self.router = QueueRouter(bot: bot)
        self.store = store
        self.clock = clock
        self.ids = ids
        self.actions = actions
        self.delegate = delegate
        self.logger = logger
    }

    /// Answers one customer message, storing the turn before returning.
    public func handle(_ message: IncomingMessage) async throws -> Reply {
        try await serialized(customer: message.customer) { engine in
            try await engine.process(message)
        }
    }

    /// Understands `text` without a session: the intent and confidence the matcher gives.
    public nonisolated func understand(_ text: String) -> IntentMatch {
        matcher.match(TextNormalizer.normalize(text), logger: logger)
    }

    /// The example similarity of each intent to `text`, best first (patterns not included): why a message
    /// was or was not understood.
    public nonisolated func candidates(_ text: String) -> [(intent: String, similarity: Double)] {
        matcher.ranking(TextNormalizer.normalize(text))
    }

    /// Runs `work` after every earlier operation for `customer` has finished.
    func serialized<T: Sendable>(customer: String, _ work: @escaping @Sendable (isolated Engine) async throws -> T) async throws -> T {
        let previous = tails[customer]
        let task = Task { () async throws -> T in
            await previous?.value
            return try await work(self)
        }
        let tail = Task { _ = try? await task.value }
        tails[customer] = tail
        defer { if tails[customer] == tail { tails[customer] = nil } }
        return try await task.value
    }
}

import Foundation
import Logging
import Synchronization

/// The Relevo engine: answers customer messages from a bot's definitions and hands conversations to people.
///
/// Messages of one customer are processed one at a time in arrival order; different customers run in parallel.
/// The engine holds no mutable state of its own: conversations live in the store.
///
/// ```swift
/// let bot = try Bot.load(directory: "Intents")
/// let engine = try Engine(bot: bot, store: try SQLiteStore(path: "relevo.sqlite"), actions: DemoActionHandler(),
///                     logger: Logger(label: "relevo"))
/// let reply = try await engine.handle(IncomingMessage(customer: "c-42", text: "where is my order 4471?"))
/// ```
public final class Engine: Sendable {
    /// The definitions the engine answers from.
    public let bot: Bot
    /// The steps a turn crosses, in order.
    let understander: Understander
    let dialogue: Dialogue
    let handoffs: HandoffMaker
    let store: any ConversationStore
    let clock: any WallClock
    let ids: any IDGenerator
    let actions: any ActionHandler
    let delegate: any HandoffDelegate
    let logger: Logger
    private let order = CustomerOrder()

    /// Creates an engine over validated definitions.
    ///
    /// - Throws: ``PolicyError`` when the bot's policy loosens a handoff threshold past its bounds or
    ///   switches one off, or a queue never opens: the engine refuses to run without its mandatory handoffs.
    /// - Parameters:
    ///   - bot: The definitions, from ``Bot/load(directory:)``.
    ///   - store: Where conversations and tickets are kept (``MemoryStore`` by default).
    ///   - clock: The time source (the system clock by default).
    ///   - ids: Session id and ticket number source.
    ///   - actions: The host's backend for intents' actions.
    ///   - delegate: Receives handoff events.
    ///   - modelCache: Where the trained intent classifier is kept between runs (`nil`: trained every time).
    ///   - logger: Where the engine logs.
    public init(
        bot: Bot,
        store: any ConversationStore = MemoryStore(),
        clock: any WallClock = SystemClock(),
        ids: any IDGenerator = RandomIDGenerator(),
        actions: any ActionHandler = NoActionHandler(),
        delegate: any HandoffDelegate = NoHandoffDelegate(),
        modelCache: ModelCache? = nil,
        logger: Logger
    ) throws(PolicyError) {
        let problems = bot.handoffViolations
        guard problems.isEmpty else { throw PolicyError(problems: problems) }
        self.bot = bot
        self.understander = Understander(bot: bot, matcher: IntentMatcher(bot: bot, cache: modelCache, logger: logger), logger: logger)
        self.dialogue = Dialogue(bot: bot, actions: actions, logger: logger)
        self.handoffs = HandoffMaker(bot: bot, logger: logger)
        self.store = store
        self.clock = clock
        self.ids = ids
        self.actions = actions
        self.delegate = delegate
        self.logger = logger
    }

    /// Answers one customer message, storing the turn before returning.
    ///
    /// - Throws: ``IdentifierError`` when the customer id, channel or message id is blank, too long, or has a
    ///   control character or line break (see ``Identifier``); store errors.
    public func handle(_ message: IncomingMessage) async throws -> Reply {
        try Identifier.check(message.customer, .customer)
        try Identifier.check(message.channel, .channel)
        if let id = message.id { try Identifier.check(id, .message) }
        return try await serialized(customer: message.customer) { engine in
            try await engine.process(message)
        }
    }

    /// Understands `text` without a session: the intent and confidence the matcher gives.
    public func understand(_ text: String) -> IntentMatch {
        understander.matcher.match(TextNormalizer.normalize(text), logger: logger)
    }

    /// Everything understanding makes of `text` as the first message of a conversation (or in a session whose
    /// language is `language`): intent, request for a person, language, signals, slot values.
    public func read(_ text: String, language: Language? = nil) -> Understood {
        understander.read(text, context: .init(language: language))
    }

    /// The classifier's confidence in each intent for `text`, best first (patterns not included): why a
    /// message was or was not understood.
    public func candidates(_ text: String) -> [(intent: String, similarity: Double)] {
        understander.matcher.ranking(TextNormalizer.normalize(text))
    }

    /// Runs `work` after every earlier operation for `customer` has finished; other customers are not held up.
    ///
    /// Within one process this orders a customer's operations. Across processes sharing a database, the store
    /// refuses a commit whose read is out of date (``StoreConflict``: another process wrote for the customer
    /// in between); `work` is then run again from its read, up to ``conflictAttempts`` times.
    func serialized<T: Sendable>(customer: String, _ work: @escaping @Sendable (Engine) async throws -> T) async throws -> T {
        await order.enter(customer)
        defer { order.leave(customer) }
        var attempt = 1
        while true {
            do {
                return try await work(self)
            } catch let conflict as StoreConflict where attempt < Self.conflictAttempts {
                attempt += 1
                logger.debug("read out of date; the operation runs again", metadata: ["customer": "\(customer)", "error": "\(conflict)"])
            }
        }
    }

    /// Runs of an operation whose read another process made out of date, at most.
    static let conflictAttempts = 100

    /// The customer's operations waiting for an earlier one to finish (tests: one is surely queued, not just started).
    func operationsWaiting(customer: String) -> Int {
        order.waiting(customer)
    }
}

/// Keeps each customer's operations in arrival order: an operation waits for the one before it, of that
/// customer only, and the work itself runs in parallel with other customers'. A customer with nothing
/// running goes straight through, without suspending.
final class CustomerOrder: Sendable {
    /// Customers with an operation running, each with the operations waiting behind it, in arrival order.
    private let lines = Mutex<[String: [UnsafeContinuation<Void, Never>]]>([:])

    /// Returns when the customer's earlier operations are done; call ``leave(_:)`` when this one is.
    func enter(_ customer: String) async {
        // The usual case, nobody ahead, takes the lock once and returns without suspending: a continuation
        // suspends the task even when resumed at once and sends it back through the executor. (On the memory-store
        // bench the difference is within the spread of runs on a shared 2-core host.)
        let entered = lines.withLock { lines in
            guard lines[customer] == nil else { return false }
            lines[customer] = []
            return true
        }
        if entered { return }
        await withUnsafeContinuation { continuation in
            let isFirst = lines.withLock { lines in
                if lines[customer] == nil {
                    lines[customer] = []
                    return true
                }
                lines[customer]!.append(continuation)
                return false
            }
            if isFirst { continuation.resume() }
        }
    }

    /// The customer's operations waiting behind the running one.
    func waiting(_ customer: String) -> Int {
        lines.withLock { $0[customer]?.count ?? 0 }
    }

    /// Lets the customer's next operation run, or forgets the customer when none waits.
    func leave(_ customer: String) {
        let next = lines.withLock { lines -> UnsafeContinuation<Void, Never>? in
            guard var waiting = lines[customer], !waiting.isEmpty else {
                lines[customer] = nil
                return nil
            }
            let next = waiting.removeFirst()
            lines[customer] = waiting
            return next
        }
        next?.resume()
    }
}

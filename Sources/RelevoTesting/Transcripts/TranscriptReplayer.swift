import Relevo
import Foundation
import Logging

/// Replays transcripts against a fresh in-memory store with a deterministic clock and ids.
public struct TranscriptReplayer: Sendable {
    /// The clock's time when a transcript has no `@now`: Monday 5 January 2026, 10:00 in Madrid.
    public static let defaultStart = Transcript.parseDate("2026-01-05T10:00:00+01:00")!
    /// The customer when a transcript has no `@customer`.
    public static let defaultCustomer = "test-customer"
    /// The channel when a transcript has no `@channel`.
    public static let defaultChannel = "chat"

    public var bot: Bot
    public var actions: any ActionHandler
    public var logger: Logger
    /// Where the trained intent model is kept between runs (`nil`: trained once per process).
    public var modelCache: ModelCache?

    /// Creates a replayer for `bot`, answering actions with `actions` (the demo backend by default).
    public init(bot: Bot, actions: any ActionHandler = DemoActionHandler(), modelCache: ModelCache? = nil,
                logger: Logger = Logger(label: "relevo.replay")) {
        self.bot = bot
        self.actions = actions
        self.modelCache = modelCache
        self.logger = logger
    }

    /// The outcome of one transcript.
    public struct Result: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        /// The first failing line and what went wrong, or `nil` when the transcript passed.
        public var failure: (line: Int, message: String)?

        public var passed: Bool { failure == nil }

        /// `PASS path` or `FAIL path:line: message`.
        public var description: String {
            guard let failure else { return "PASS \(path)" }
            return "FAIL \(path):\(failure.line): \(failure.message)"
        }

        public static func == (lhs: Result, rhs: Result) -> Bool { lhs.description == rhs.description }
        public func hash(into hasher: inout Hasher) { hasher.combine(description) }
    }

    /// Replays the transcript file at `path`.
    public func replay(file path: String) async -> Result {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return Result(path: path, failure: (1, "cannot read file"))
        }
        do {
            return await replay(try Transcript.parse(text, path: path))
        } catch {
            return Result(path: path, failure: (error.line, error.message))
        }
    }

    /// Replays a parsed transcript.
    public func replay(_ transcript: Transcript) async -> Result {
        let clock = ManualClock(Self.defaultStart)
        let engine: Engine
        do {
            engine = try Engine(bot: bot, store: MemoryStore(), clock: clock, ids: SequentialIDGenerator(), actions: actions,
                            modelCache: modelCache, logger: logger)
        } catch {
            return Result(path: transcript.path, failure: (1, "expected a valid policy, got: \(error)"))
        }
        var customer = Self.defaultCustomer
        var channel = Self.defaultChannel
        var turn: TurnOutcome?
        for line in transcript.lines {
            do {
                switch line.step {
                case .customer(let id): customer = id
                case .channel(let name): channel = name
                case .now(let date): clock.set(date)
                case .message(let text):
                    turn = TurnOutcome(try await engine.handle(IncomingMessage(customer: customer, channel: channel, text: text)))
                case .agent(let text):
                    guard let ticket = try await engine.openTicket(customer: customer) else {
                        return Result(path: transcript.path, failure: (line.number, "expected an open ticket for the agent to write on, got none"))
                    }
                    let message = try await engine.reply(ticket: ticket.number, agent: "agent", text: text)
                    turn = TurnOutcome(agentMessage: message.text, slots: try await engine.slots(customer: customer))
                case .resolve(let note):
                    guard let ticket = try await engine.openTicket(customer: customer) else {
                        return Result(path: transcript.path, failure: (line.number, "expected an open ticket to resolve, got none"))
                    }
                    let message = try await engine.resolve(ticket: ticket.number, agent: "agent", note: note)
                    turn = TurnOutcome(agentMessage: message.text, slots: try await engine.slots(customer: customer))
                case .expect(let expectation):
                    guard turn != nil else { continue }
                    if let message = turn!.check(expectation) {
                        return Result(path: transcript.path, failure: (line.number, message))
                    }
                }
            } catch {
                return Result(path: transcript.path, failure: (line.number, "expected a reply, got error: \(error)"))
            }
        }
        return Result(path: transcript.path, failure: nil)
    }

    /// The `*.transcript` files in `paths` (files as given, folders searched recursively), sorted per folder.
    public static func files(in paths: [String]) throws(TranscriptPathError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TranscriptPathError(path: path, message: "no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".transcript") }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            if found.isEmpty { throw TranscriptPathError(path: path, message: "no .transcript files in this folder") }
            files += found
        }
        return files
    }
}

/// A path given to replay that holds no transcripts.
public struct TranscriptPathError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// What a transcript turn produced, and the checks of the format against it.
struct TurnOutcome {
    var messages: [String]
    var cursor = 0
    var handoff: Handoff?
    var intent: String?
    var slots: [String: String]

    init(_ reply: Reply) {
        messages = reply.texts
        handoff = reply.handoff
        intent = reply.match.intent
        slots = reply.slots
    }

    init(agentMessage: String, slots: [String: String]) {
        messages = [agentMessage]
        self.slots = slots
    }

    /// Checks one expectation; returns the failure message, or `nil` when it holds.
    mutating func check(_ expectation: Transcript.Expectation) -> String? {
        switch expectation {
        case .equals(let text):
            guard cursor < messages.count else { return "expected \"\(text)\", got no further bot message" }
            let message = messages[cursor]
            cursor += 1
            return Self.fold(message) == Self.fold(text) ? nil : "expected \"\(text)\", got \"\(message)\""
        case .contains(let text):
            guard cursor < messages.count else { return "expected a message containing \"\(text)\", got no further bot message" }
            let message = messages[cursor]
            cursor += 1
            return TextNormalizer.normalize(message).contains(TextNormalizer.normalize(text)) ? nil
                : "expected a message containing \"\(text)\", got \"\(message)\""
        case .notContains(let text):
            let needle = TextNormalizer.normalize(text)
            guard let message = messages.first(where: { TextNormalizer.normalize($0).contains(needle) }) else { return nil }
            return "expected no message containing \"\(text)\", got \"\(message)\""
        case .handoff(let reason, let queue):
            guard let handoff else { return "expected a handoff, got no handoff" }
            if (reason ?? handoff.reason.rawValue) == handoff.reason.rawValue, (queue ?? handoff.queue) == handoff.queue { return nil }
            return "expected handoff\(reason.map { " reason=\($0)" } ?? "")\(queue.map { " queue=\($0)" } ?? ""), got handoff reason=\(handoff.reason.rawValue) queue=\(handoff.queue)"
        case .noHandoff:
            guard let handoff else { return nil }
            return "expected no handoff, got handoff reason=\(handoff.reason.rawValue) queue=\(handoff.queue)"
        case .intent(let name):
            return intent == name ? nil : "expected intent \(name), got \(intent.map { "intent \($0)" } ?? "not understood")"
        case .slot(let name, let value):
            return slots[name] == value ? nil : "expected slot \(name)=\(value), got \(slots[name].map { "\(name)=\($0)" } ?? "no \(name)")"
        }
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

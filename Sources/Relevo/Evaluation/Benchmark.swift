import Foundation
import Logging

/// Drives the engine through its public API with realistic mixed conversations over many concurrent sessions,
/// and measures throughput, per-turn latency, memory, storage and start-up.
public struct Benchmark: Sendable {
    /// Where conversations are kept during the run.
    public enum StoreKind: String, Sendable, CaseIterable {
        case memory, sqlite
    }

    /// What to run.
    public struct Configuration: Sendable {
        public var botDirectory: String
        public var store: StoreKind
        public var databasePath: String
        public var sessions: Int
        public var turns: Int
        /// Generate a bot of this many intents instead of loading `botDirectory`.
        public var syntheticIntents: Int?
        /// Where the engine keeps its trained intent model between runs (`nil`: trained at every start).
        public var modelCache: ModelCache?
        /// Turns in flight at once (`nil`: two per core, like a server's request handlers).
        public var workers: Int?
        /// One long session per customer of this many turns, instead of `turns` over short conversations.
        public var sessionTurns: Int?

        public init(botDirectory: String = "Intents", store: StoreKind = .memory, databasePath: String = "bench.sqlite",
                    sessions: Int = 1_000, turns: Int = 100_000, syntheticIntents: Int? = nil, modelCache: ModelCache? = nil,
                    workers: Int? = nil, sessionTurns: Int? = nil) {
            self.workers = workers
            self.sessionTurns = sessionTurns
            self.modelCache = modelCache
            self.botDirectory = botDirectory
            self.store = store
            self.databasePath = databasePath
            self.sessions = sessions
            self.turns = turns
            self.syntheticIntents = syntheticIntents
        }
    }

    /// What was measured. Encoded with the JSON keys of `relevo bench --json`.
    public struct Result: Sendable, Codable {
        public var turnsPerSecond: Double
        public var p50Microseconds: Double
        public var p99Microseconds: Double
        public var maxMicroseconds: Double
        public var peakRSSMegabytes: Double
        public var bytesPerSession: Double
        public var startupMilliseconds: Double
        public var sessions: Int
        public var turns: Int
        public var store: String
        public var intents: Int
        /// With `sessionTurns`: how a turn's cost changes along the long sessions.
        public var long: LongSessions?

        enum CodingKeys: String, CodingKey {
            case turnsPerSecond = "turns_per_second", p50Microseconds = "p50_us", p99Microseconds = "p99_us"
            case maxMicroseconds = "max_us", peakRSSMegabytes = "peak_rss_mb", bytesPerSession = "bytes_per_session"
            case startupMilliseconds = "startup_ms", sessions, turns, store, intents, long = "session_turns"
        }
    }

    public var configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs the benchmark; `openSQLite` opens the SQLite store at a path (the `RelevoSQLite` product's
    /// `SQLiteStore`) for `--store sqlite`, and `databaseBytes` gives the size of the data stored at a path
    /// (without the WAL's spare room) for the long sessions' bytes per turn.
    public func run(openSQLite: (String) throws -> any ConversationStore, databaseBytes: ((String) throws -> Int)? = nil) async throws -> Result {
        let configuration = self.configuration
        let directory = try configuration.syntheticIntents.map { try SyntheticBot.write(intents: $0) } ?? configuration.botDirectory
        defer { if configuration.syntheticIntents != nil { try? FileManager.default.removeItem(atPath: directory) } }
        let store: any ConversationStore
        switch configuration.store {
        case .memory:
            store = MemoryStore()
        case .sqlite:
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: configuration.databasePath + suffix) }
            store = try openSQLite(configuration.databasePath)
        }
        // Each simulated customer placed the demo orders, so that asking about one is answered as it would be.
        let accounts = Dictionary(uniqueKeysWithValues: (0..<max(1, configuration.sessions)).map {
            ("bench-\($0)", Set(DemoActionHandler.orders.keys))
        })
        let rssBefore = Self.residentBytes()
        let clock = ContinuousClock()
        let startup = clock.now
        let bot = try Bot.load(directory: directory)
        // The same working hours at every run, whenever it is run: queues open, as on a busy morning.
        let wallClock = OffsetClock(startingAt: Self.mondayMorning)
        let engine = try Engine(bot: bot, store: store, clock: wallClock, actions: DemoActionHandler(accounts: accounts), modelCache: configuration.modelCache,
                                logger: Logger(label: "relevo.bench") { _ in SwiftLogNoOpLogHandler() })
        let startupDuration = startup.duration(to: clock.now)

        let sessions = max(1, configuration.sessions)
        let perSession = configuration.sessionTurns ?? max(1, configuration.turns / sessions)
        let endless = configuration.sessionTurns != nil
        // All sessions are open at once; a bounded number of workers (two per core, like a server's request
        // handlers) serve them, each interleaving its share of the sessions turn by turn, every session's turns
        // in order. Latency is then the engine's own time per turn, not time spent queueing for a core.
        let workers = min(sessions, configuration.workers ?? max(2, ProcessInfo.processInfo.activeProcessorCount * 2))
        let began = clock.now
        // Each worker's durations, in order: a session's position is the index divided by the worker's sessions.
        let measured = try await withThrowingTaskGroup(of: (durations: [Int64], sessions: Int).self) { group in
            for worker in 0..<workers {
                group.addTask {
                    let mine = Array(stride(from: worker, to: sessions, by: workers))
                    var scripts = mine.map { Conversation(seed: $0, endless: endless) }
                    var durations: [Int64] = []
                    durations.reserveCapacity(perSession * mine.count)
                    for _ in 0..<perSession {
                        for (slot, session) in mine.enumerated() {
                            let step = scripts[slot].next()
                            let customer = "bench-\(session)"
                            let start = clock.now
                            switch step {
                            case .say(let text, let channel):
                                _ = try await engine.handle(IncomingMessage(customer: customer, channel: channel, text: text))
                            case .agentReplies:
                                if let ticket = try await engine.openTicket(customer: customer) {
                                    _ = try await engine.reply(ticket: ticket.number, agent: "bench", text: "Hello, I'm on it.")
                                }
                            case .agentResolves:
                                if let ticket = try await engine.openTicket(customer: customer) {
                                    _ = try await engine.resolve(ticket: ticket.number, note: "bench")
                                }
                            }
                            let elapsed = start.duration(to: clock.now)
                            durations.append(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
                        }
                    }
                    return (durations, mine.count)
                }
            }
            var all: [(durations: [Int64], sessions: Int)] = []
            for try await worker in group { all.append(worker) }
            return all
        }
        let latencies = measured.flatMap(\.durations).sorted()
        let elapsed = began.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            return Double(latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]) / 1_000
        }
        let storedBytes: Double = switch configuration.store {
        case .memory: Double(max(0, Self.residentBytes() - rssBefore))
        case .sqlite: Double(["", "-wal"].compactMap { (try? FileManager.default.attributesOfItem(atPath: configuration.databasePath + $0))?[.size] as? Int }.reduce(0, +))
        }
        let dataBytes = configuration.store == .sqlite ? try databaseBytes.map { Double(try $0(configuration.databasePath)) } : nil
        let long = endless ? try await LongSessions(measured: measured, perSession: perSession, storedBytes: dataBytes ?? storedBytes,
                                                    store: store, sessions: sessions) : nil
        return Result(
            turnsPerSecond: Double(latencies.count) / seconds, p50Microseconds: percentile(0.5), p99Microseconds: percentile(0.99),
            maxMicroseconds: Double(latencies.last ?? 0) / 1_000, peakRSSMegabytes: Double(Self.peakResidentBytes()) / 1_048_576,
            bytesPerSession: storedBytes / Double(sessions),
            startupMilliseconds: Double(startupDuration.components.seconds) * 1_000 + Double(startupDuration.components.attoseconds) / 1e15,
            sessions: sessions, turns: latencies.count, store: configuration.store.rawValue, intents: bot.intents.count,
            long: long)
    }

    /// Monday 5 January 2026, 10:00 in Madrid: the moment every run starts at.
    static let mondayMorning = Date(timeIntervalSince1970: 1_767_603_600)

    /// Resident memory now, in bytes (Linux `/proc/self/status` VmRSS).
    static func residentBytes() -> Int { procStatus("VmRSS:") }
    /// Peak resident memory, in bytes (VmHWM).
    static func peakResidentBytes() -> Int { procStatus("VmHWM:") }

    private static func procStatus(_ key: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }),
              let kilobytes = Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024
    }
}

import ArgumentParser
import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the engine: realistic mixed conversations over many concurrent sessions (build with -c release).",
        discussion: "Reports turns per second, per-turn latency p50/p99/max (including the store's commit), peak memory, bytes per stored session and start-up time."
    )

    @OptionGroup var botOptions: BotOptions

    @Option(help: "Where conversations are kept: memory or sqlite.")
    var store: Benchmark.StoreKind = .memory

    @Option(help: ArgumentHelp("The SQLite database for --store sqlite (recreated).", valueName: "path"))
    var db: String = "bench.sqlite"

    @Option(help: "Concurrent sessions.")
    var sessions: Int = 1_000

    @Option(help: "Turns in all.")
    var turns: Int = 100_000

    @Option(help: "Turns in flight at once (default: two per core).")
    var workers: Int?

    @Option(help: "Generate a bot of this many intents instead of --bot.")
    var intents: Int?

    @Option(help: "One long session per customer of this many turns (instead of --turns over short conversations): how a turn's cost changes with the session's length.")
    var sessionTurns: Int?

    @Flag(help: "Print one JSON object.")
    var json = false

    func validate() throws {
        guard sessions >= 1 else { throw ValidationError("--sessions must be at least 1") }
        guard turns >= sessions else { throw ValidationError("--turns must be at least --sessions") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let sessionTurns, sessionTurns < 1 { throw ValidationError("--session-turns must be at least 1") }
        if let intents, intents < 1 || intents > 20_000 { throw ValidationError("--intents must be from 1 to 20000") }
    }

    func run() async throws {
        let benchmark = Benchmark(.init(botDirectory: botOptions.bot, store: store, databasePath: db, sessions: sessions, turns: turns, syntheticIntents: intents, modelCache: botOptions.cache, workers: workers, sessionTurns: sessionTurns))
        let result = try await benchmark.run(openSQLite: { try SQLiteStore(path: $0) }, databaseBytes: SQLiteStore.databaseBytes(path:))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            Console.print(TerminalText(json: String(decoding: try encoder.encode(result), as: UTF8.self)))
            return
        }
        Console.print("\(String(format: "%d turns over %d sessions, %@ store, %d intents", result.turns, result.sessions, result.store, result.intents))")
        Console.print("\(String(format: "throughput   %.0f turns/s", result.turnsPerSecond))")
        Console.print("\(String(format: "latency      p50 %.0f µs · p99 %.0f µs · max %.0f µs", result.p50Microseconds, result.p99Microseconds, result.maxMicroseconds))")
        Console.print("\(String(format: "memory       peak RSS %.1f MB · %.0f bytes per stored session", result.peakRSSMegabytes, result.bytesPerSession))")
        Console.print("\(String(format: "start-up     %.1f ms", result.startupMilliseconds))")
        if let long = result.long {
            Console.print("\(String(format: "one session  %d turns: p50 %.0f µs (first 1,000) · %.0f µs (last 1,000) · %.0f bytes per turn", long.turns, long.firstP50Microseconds, long.lastP50Microseconds, long.bytesPerTurn))")
            Console.print("\(String(format: "handoffs     %d · %.0f packet bytes per handoff", long.handoffs, long.packetBytesPerHandoff))")
        }
    }
}

extension Benchmark.StoreKind: ExpressibleByArgument {}

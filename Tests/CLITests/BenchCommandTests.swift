import Foundation
import GRDB
import Testing

/// `relevo bench` reports every figure with the documented JSON keys (speed itself is measured in release builds,
/// never asserted in tests).
@Suite struct BenchCommandTests {
    @Test(arguments: ["memory", "sqlite"])
    func jsonHasEveryKey(_ store: String) throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("bench.sqlite").path
        let output = try CLI.run(["bench", "--store", store, "--db", db, "--sessions", "4", "--turns", "80", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "turns_per_second", "p50_us", "p99_us", "max_us", "peak_rss_mb", "bytes_per_session", "startup_ms", "sessions", "turns",
            "store", "intents",
        ])
        #expect(object["store"] as? String == store)
        #expect(object["sessions"] as? Int == 4)
        #expect(object["turns"] as? Int == 80)
        #expect(object["intents"] as? Int == 16)
        #expect((object["turns_per_second"] as? Double ?? 0) > 0)
        #expect((object["p50_us"] as? Double ?? 0) <= (object["p99_us"] as? Double ?? 0))
        #expect((object["p99_us"] as? Double ?? 0) <= (object["max_us"] as? Double ?? 0))
    }

    @Test func syntheticBotsGrowToTheAskedSize() throws {
        // A few generated intents say the same as 150 would: a debug build trains 150 for minutes of a core.
        let output = try CLI.run(["bench", "--sessions", "2", "--turns", "20", "--intents", "4", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["intents"] as? Int == 20, "4 generated intents plus the default bot's 16")
    }

    @Test func badOptionsAreRefused() throws {
        let output = try CLI.run(["bench", "--sessions", "10", "--turns", "5"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--turns must be at least --sessions"))
        let workers = try CLI.run(["bench", "--workers", "0"])
        #expect(workers.status != 0)
        #expect(workers.stderr.contains("--workers must be at least 1"))
    }

    @Test func everyTurnIsServedWhateverTheTurnsInFlight() throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("workers.sqlite").path
        let output = try CLI.run(["bench", "--store", "sqlite", "--db", db, "--sessions", "8", "--turns", "96", "--workers", "8", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["turns"] as? Int == 96)
        // Every customer turn and every reply is in the database: 8 customers, 12 steps each.
        let stored = try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM turn WHERE role = 'customer'") }
        #expect((stored ?? 0) >= 80, "customer turns stored: \(stored ?? 0)")
    }
}

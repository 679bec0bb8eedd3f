import Foundation
import GRDB
import Testing

/// `relevo chat` killed with SIGKILL at random points: every reply it printed was stored first, every ticket it
/// announced exists, and the database stays intact; the next process continues the conversation.
/// `RELEVO_CRASH_ROUNDS` sets the number of kills (default 8).
@Suite struct CrashSafetyTests {
    static let script = [
        "hola", "where is my order?", "4471", "thanks", "how long does shipping take", "zorp blag", "I forgot my password",
        "ana@example.com", "yes", "what are your opening hours", "agent", "hello?", "what's the status of my case?",
        "my internet is down", "are you a bot?", "bon dia", "on és la meva comanda 5512", "eso no me sirve",
    ]

    /// Runs chat for `customer`, killing it once it has printed `killAfter` lines; returns what it printed.
    func runAndKill(db: String, customer: String, killAfter: Int) throws -> [String] {
        let process = Process()
        process.environment = CLI.environment
        process.executableURL = CLI.executable
        process.arguments = ["chat", "--db", db, "--customer", customer]
        process.currentDirectoryURL = CLI.root
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((Self.script.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        var printed = ""
        while printed.split(separator: "\n").count < killAfter {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        printed += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // Only whole lines were surely printed.
        var lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !printed.hasSuffix("\n") { lines.removeLast() }
        return lines.filter { !$0.isEmpty }
    }

    @Test func killedChatsLoseNothingThatWasPrinted() throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("crash.sqlite").path
        var random = SystemRandomNumberGenerator()
        var printedByCustomer: [String: [String]] = [:]
        let rounds = ProcessInfo.processInfo.environment["RELEVO_CRASH_ROUNDS"].flatMap(Int.init) ?? 8
        for round in 0..<rounds {
            let customer = "crash-\(round % 3)"
            let lines = try runAndKill(db: db, customer: customer, killAfter: Int.random(in: 1...24, using: &random))
            printedByCustomer[customer, default: []] += lines
        }
        let queue = try DatabaseQueue(path: db)
        let integrity = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        for (customer, lines) in printedByCustomer {
            let stored = try queue.read { db in
                Set(try String.fetchAll(db, sql: "SELECT text FROM turn WHERE customerId = ? AND role != 'customer'", arguments: [customer]))
            }
            for line in lines where line.hasPrefix("bot> ") || line.hasPrefix("agent> ") {
                let text = String(line.drop { $0 != ">" }.dropFirst(2))
                #expect(stored.contains(text), "printed but not stored for \(customer): \(text)")
            }
            for line in lines where line.hasPrefix("[handoff] ticket ") {
                let number = String(line.split(separator: " ")[2])
                let exists = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket WHERE number = ?", arguments: [number]) }
                #expect(exists == 1, "announced ticket \(number) missing")
            }
        }
        // A later process continues where the killed ones stopped, on the same database.
        let after = try CLI.run(["chat", "--db", db, "--customer", "crash-0"], input: "what's the status of my case?\n")
        #expect(after.status == 0)
        #expect(after.lines.count >= 1)
    }
}

import Foundation
import GRDB
import Synchronization
import Testing

@Suite struct ChatCommandTests {
    /// The issue's check: piped Spanish input ends with the ticket number and the queue.
    @Test func pipedInputEndsWithTheTicketAndQueue() throws {
        let output = try CLI.run(["chat", "--db", ":memory:"], input: "hola\nquiero hablar con una persona\n")
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let lines = output.lines
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("bot> ¡Hola! Soy Relevo"))
        #expect(lines[1] == "bot> Claro. Te paso ahora con una persona.")
        let ticket = try #require(lines[2].firstMatch(of: /caso es (R-[A-Z0-9]{6}), con nuestro equipo de atención al cliente/)?.1)
        #expect(lines[3] == "[handoff] ticket \(ticket) queue general reason user_request")
        #expect(!output.stdout.contains("you>"), "no prompt when input is piped")
    }

    @Test func theClockCanBeMovedForScriptedRuns() throws {
        // 23:30 in Madrid on Monday 5 January 2026: the customer service queue (08:00-22:00) is closed.
        let night = Date(timeIntervalSince1970: 1_767_652_200)
        var environment = CLI.environment
        environment["RELEVO_CLOCK_OFFSET"] = String(night.timeIntervalSinceNow)
        let output = try CLI.runCommand(CLI.executable.path, ["chat", "--db", ":memory:"], input: Data("agent\n".utf8),
                                        environment: environment)
        #expect(output.status == 0)
        #expect(output.stdout.contains("08:00"), "the queue's opening time: \(output.stdout)")
        environment["RELEVO_CLOCK_OFFSET"] = "yesterday"
        let refused = try CLI.runCommand(CLI.executable.path, ["chat", "--db", ":memory:"], input: Data("agent\n".utf8),
                                         environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: RELEVO_CLOCK_OFFSET must be a number of seconds (for example -3600), not 'yesterday'\n")
    }

    /// Four processes chatting for one customer on one database at once: every message is stored, and each
    /// session's customer turns are numbered 1, 2, 3… without a gap or a number used twice, however the
    /// processes interleave.
    @Test func fourProcessesForOneCustomerKeepOneOrder() throws {
        let folder = try CLI.temporaryDirectory()
        let db = folder.appendingPathComponent("race.sqlite").path
        let lines = ["hello", "where is my order?", "4471", "thanks", "what are your opening hours?", "bye"]
        let inputs = (0..<4).map { process in (0..<25).flatMap { round in lines.map { "\($0) \(process)\(round)" } } }
        let outputs = Mutex<[CLI.Output]>([])
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let input = inputs[index].joined(separator: "\n") + "\n"
            let output = try? CLI.run(["chat", "--db", db, "--customer", "same"], input: input)
            outputs.withLock { $0.append(output ?? CLI.Output(status: -1, stdout: "", stderr: "not run")) }
        }
        for output in outputs.withLock({ $0 }) {
            #expect(output.status == 0, "\(output.stderr)")
        }
        let turns = try DatabaseQueue(path: db).read { db in
            try Row.fetchAll(db, sql: "SELECT sessionId, turn, text FROM turn WHERE role = 'customer' ORDER BY id")
                .map { (session: $0["sessionId"] as String, turn: $0["turn"] as Int, text: $0["text"] as String) }
        }
        #expect(turns.map(\.text).sorted() == inputs.flatMap { $0 }.sorted(), "every message stored once")
        for (session, numbers) in Dictionary(grouping: turns, by: \.session).mapValues({ $0.map(\.turn) }) {
            #expect(numbers.sorted() == Array(1...numbers.count), "session \(session): turns \(numbers.sorted())")
        }
        let sessions = try DatabaseQueue(path: db).read { db in
            try Row.fetchAll(db, sql: "SELECT id, turnCount FROM session").map { ($0["id"] as String, $0["turnCount"] as Int) }
        }
        for (id, count) in sessions {
            #expect(turns.filter { $0.session == id }.count == count, "session \(id) counts \(count) turns")
        }
    }

    @Test func aSecondProcessContinuesTheSameCustomersConversation() throws {
        let folder = try CLI.temporaryDirectory()
        let db = folder.appendingPathComponent("chat.sqlite").path
        let first = try CLI.run(["chat", "--db", db, "--customer", "ana", "--channel", "web"], input: "where is my order?\n")
        #expect(first.lines == ["bot> What's your order number? You'll find it in your confirmation email (for example 4471)."])
        let second = try CLI.run(["chat", "--db", db, "--customer", "ana", "--channel", "sms"], input: "4471\nis my order shipped?\n")
        #expect(second.status == 0)
        #expect(second.lines.count == 2)
        #expect(second.lines.allSatisfy { $0.hasPrefix("bot> Order 4471 is shipped and in transit") })
    }

    @Test func recordWritesATranscriptThatReplaysGreen() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("session.transcript").path
        let chat = try CLI.run(["chat", "--db", ":memory:", "--customer", "bea", "--record", file],
                               input: "hi\nwhere is my order 5512\nthanks\nI want a refund\nhello?\n")
        #expect(chat.status == 0)
        let recorded = try String(contentsOfFile: file, encoding: .utf8)
        #expect(recorded.contains("@customer bea"))
        #expect(recorded.contains("> where is my order 5512"))
        #expect(recorded.contains("= handoff reason=human_only_intent queue=orders"))
        let replay = try CLI.run(["replay", file])
        #expect(replay.status == 0, "\(replay.stdout)\n\(recorded)")
        #expect(replay.lines == ["PASS \(file)", "1 passed, 0 failed"])
    }

    @Test func binaryGarbageOnStandardInputIsAnsweredAndExitsZero() throws {
        var garbage = Data([0xFF, 0xFE, 0x00, 0x41, 0x0A, 0xC3, 0x28, 0x0A, 0x1B, 0x5B, 0x32, 0x4A, 0x0A])
        garbage.append(Data("hola\n".utf8))
        let output = try CLI.run(["chat", "--db", ":memory:"], input: garbage)
        #expect(output.status == 0)
        #expect(output.lines.count >= 4)
    }

    @Test func aBadDatabasePathIsOneClearError() throws {
        let output = try CLI.run(["chat", "--db", "/nonexistent/folder/x.sqlite"], input: "hola\n")
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error: cannot use database '/nonexistent/folder/x.sqlite': "))
        #expect(output.stdout.isEmpty)
    }

    @Test func invalidDefinitionsAreRefusedWithTheValidatorsMessages() throws {
        let folder = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bot"), withIntermediateDirectories: true)
        try "languages: [en\n".write(to: folder.appendingPathComponent("bot/bot.yaml"), atomically: true, encoding: .utf8)
        let output = try CLI.run(["chat", "--bot", "bot", "--db", ":memory:"], input: "hi\n", in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("bot/bot.yaml:2:1: error: YAML syntax: "))
    }

    @Test func emptyCustomerIsRejected() throws {
        let output = try CLI.run(["chat", "--customer", " ", "--db", ":memory:"], input: "")
        #expect(output.status != 0)
        #expect(output.stderr.contains("--customer: the customer id must not be empty"))
    }

    @Test func idsThatCouldDriveTheTerminalOrForgeALineAreRefused() throws {
        let forged = try CLI.run(["chat", "--customer", "ana\nR-FAKE01  high  orders", "--db", ":memory:"], input: "agent\n")
        #expect(forged.status != 0)
        #expect(forged.stdout.isEmpty)
        #expect(forged.stderr.contains(#"--customer: the customer id 'ana\nR-FAKE01  high  orders' contains a control character or line break"#))
        let title = try CLI.run(["chat", "--channel", "\u{1B}]0;pwned\u{7}", "--db", ":memory:"], input: "agent\n")
        #expect(title.status != 0)
        #expect(title.stderr.contains(#"--channel: the channel '\e]0;pwned\u{7}' contains a control character or line break"#))
        #expect(!title.stderr.unicodeScalars.contains { $0.value == 0x1B })
        let long = try CLI.run(["chat", "--customer", String(repeating: "x", count: 129), "--db", ":memory:"], input: "")
        #expect(long.stderr.contains("--customer: the customer id is 129 characters long; at most 128 are allowed"))
    }
}

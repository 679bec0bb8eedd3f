import Foundation
import GRDB
import Testing

/// Database trouble gives one clear message and an exit code — never a stack trace or partial state — and two
/// processes on one database (chat and agent) never show "database is locked" to the user.
@Suite(.serialized) struct DatabaseFailureTests {
    /// Another process's write transaction (here another connection's, on a thread of its own): held from when
    /// the initializer returns until ``release()``.
    final class WriteLock: Sendable {
        private let released = DispatchSemaphore(value: 0)

        init(on path: String) async throws {
            let holder = try DatabaseQueue(path: path)
            // A commit first leaves the WAL not empty: a process opening the database then writes nothing (GRDB
            // writes to an empty WAL), and meets the lock when it stores a turn.
            try await holder.write { try $0.execute(sql: "PRAGMA user_version = 1") }
            let released = self.released
            try await withCheckedThrowingContinuation { (held: CheckedContinuation<Void, any Error>) in
                Thread.detachNewThread {
                    var locked = false
                    do {
                        try holder.inDatabase { db in
                            try db.execute(sql: "BEGIN IMMEDIATE")
                            locked = true
                            held.resume()
                            released.wait()
                            try db.execute(sql: "COMMIT")
                        }
                    } catch {
                        if !locked { held.resume(throwing: error) }
                    }
                }
            }
        }

        func release() { released.signal() }
    }

    @Test func aDatabaseRelevoMustNotUseIsOneLineNamingTheFile() throws {
        let folder = try CLI.temporaryDirectory()
        func made(_ name: String, _ sql: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            #expect(try CLI.run(["chat", "--db", path], input: "agent\n").status == 0)
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: sql) }
            try queue.close()
            return path
        }
        let newer = try made("newer.sqlite", "INSERT INTO grdb_migrations (identifier) VALUES ('v9-archive')")
        let renamed = try made("renamed.sqlite", "ALTER TABLE turn RENAME COLUMN text TO body")
        let garbage = folder.appendingPathComponent("garbage.sqlite").path
        try Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: URL(fileURLWithPath: garbage))
        let expected = [
            newer: "this database was written by a newer version of Relevo (migration v9-archive)",
            renamed: "table 'turn' has no column 'text'; the database's schema was changed outside Relevo",
            garbage: "the file is not a database (damaged, or another kind of file)",
        ]
        for (path, message) in expected {
            for command in [["chat"], ["agent", "queue"], ["agent", "show", "R-1"]] {
                let output = try CLI.run(command + ["--db", path], input: "hello\n")
                #expect(output.status == 1)
                #expect(output.stderr == "error: cannot use database '\(path)': \(message)\n", "\(command)")
                #expect(output.stdout.isEmpty)
            }
        }
        let turns = try DatabaseQueue(path: newer).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM turn") }
        #expect(turns == 3, "the newer version's database was not written to")
    }

    @Test func aReadOnlyDatabaseIsOneClearError() throws {
        let folder = try CLI.temporaryDirectory()
        let db = folder.appendingPathComponent("ro.sqlite").path
        _ = try CLI.run(["chat", "--db", db], input: "hola\n")
        for file in [db, db + "-wal", db + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        // Root writes through file permissions, so run as an unprivileged user then.
        let output: CLI.Output
        if getuid() == 0 {
            output = try CLI.runCommand("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.executable.path, "chat", "--db", db], input: "hola\n")
        } else {
            output = try CLI.run(["chat", "--db", db], input: "hola\n")
        }
        #expect(output.status == 1)
        #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stdout.isEmpty, "nothing answered that could not be stored")
    }

    @Test func aFullDiskIsOneClearErrorAndNoPartialTurn() throws {
        let folder = try CLI.temporaryDirectory()
        let db = folder.appendingPathComponent("full.sqlite").path
        let lines = (0..<2000).map { "where is my order \(4000 + $0) and this line is long enough to fill pages quickly" }
        let created = try CLI.run(["chat", "--db", db, "--customer", "disk"], input: "hola\n")
        #expect(created.status == 0)
        // A file-size limit a little above the database's size stands in for a full disk: writes past it fail.
        let process = Process()
        process.environment = CLI.environment
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 1024; exec \"$0\" chat --db \"$1\" --customer disk", CLI.executable.path, db]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(stderr.hasPrefix("error: this message could not be stored, so it was not answered: "))
        #expect(!stderr.contains("Fatal error") && !stderr.contains("Stack dump"))
        // Every answered message is stored whole; the failed one left nothing behind.
        let queue = try DatabaseQueue(path: db)
        let (unanswered, botTexts, integrity) = try queue.read { db in
            (try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM turn c WHERE c.role = 'customer' AND NOT EXISTS
                  (SELECT 1 FROM turn b WHERE b.sessionId = c.sessionId AND b.turn = c.turn AND b.role = 'bot')
                """) ?? -1,
             Set(try String.fetchAll(db, sql: "SELECT text FROM turn WHERE role = 'bot'")),
             try String.fetchAll(db, sql: "PRAGMA integrity_check"))
        }
        #expect(integrity == ["ok"])
        #expect(unanswered == 0, "no customer turn stored without its reply")
        let answered = printed.split(separator: "\n").filter { $0.hasPrefix("bot> ") }.map { String($0.dropFirst(5)) }
        #expect(!answered.isEmpty, "some messages fit before the disk filled")
        #expect(answered.allSatisfy(botTexts.contains), "every printed reply is stored")
    }

    @Test func aLockedDatabaseIsWaitedForThenAnswers() async throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("locked.sqlite").path
        _ = try CLI.run(["chat", "--db", db], input: "hola\n")
        let lock = try await WriteLock(on: db)
        defer { lock.release() }
        // The chat answers up to storing the turn while the lock is held (its log shows the handoff made, the last
        // step before the commit); only then is the lock released: the commit waits for it (busy timeout), then the
        // chat answers. The timeout is far beyond any wait here, however busy the machine.
        let process = Process()
        process.environment = CLI.environment
        process.executableURL = CLI.executable
        process.arguments = ["chat", "--db", db, "--busy-timeout", "600", "--log-level", "info"]
        process.currentDirectoryURL = CLI.root
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("agent\n".utf8))
        try input.fileHandleForWriting.close()
        var logged = ""
        while !logged.contains("] handoff\n") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            logged += String(decoding: data, as: UTF8.self)
        }
        lock.release()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        logged += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(logged.contains("] handoff\n"), "the turn reached its commit while the lock was held: \(logged)")
        #expect(process.terminationStatus == 0)
        #expect(!logged.contains("locked"), "\(logged)")
        #expect(printed.contains("[handoff] ticket "))
    }

    @Test func aLockHeldTooLongIsOneClearError() async throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("held.sqlite").path
        _ = try CLI.run(["chat", "--db", db], input: "hola\n")
        // Held from before the chat starts until it is over, however long that takes on a loaded machine.
        let lock = try await WriteLock(on: db)
        defer { lock.release() }
        let output = try CLI.run(["chat", "--db", db, "--busy-timeout", "0.5"], input: "where is my order\n")
        lock.release()
        #expect(output.status == 1)
        // Met while storing the turn (or while opening, were the WAL empty): one line either way.
        #expect(output.stderr.split(separator: "\n").count == 1)
        #expect(output.stderr.hasPrefix("error: "))
        #expect(output.stderr.hasSuffix("the database is locked by another process\n"))
        #expect(output.stdout.isEmpty)
    }

    @Test func chatAndAgentShareTheDatabaseWithoutLockErrors() async throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let chat = Task.detached {
            try CLI.run(["chat", "--db", db, "--customer", "busy"],
                        input: (0..<150).map { ["hola", "where is my order 4471", "thanks", "what are your opening hours"][$0 % 4] }.joined(separator: "\n") + "\n")
        }
        var agentErrors = ""
        for index in 0..<25 {
            let other = try CLI.run(["chat", "--db", db, "--customer", "c\(index)"], input: "agent\n")
            agentErrors += other.stderr
            let queue = try CLI.run(["agent", "queue", "--db", db])
            agentErrors += queue.stderr
            if let number = queue.lines.dropFirst().first?.split(separator: " ").first {
                agentErrors += try CLI.run(["agent", "reply", String(number), "--db", db, "On it."]).stderr
            }
        }
        let chatOutput = try await chat.value
        #expect(chatOutput.status == 0)
        #expect(chatOutput.stderr.isEmpty)
        #expect(agentErrors.isEmpty, "\(agentErrors)")
    }
}

import Foundation
import Testing

/// `relevo customer export`, `relevo customer erase` and `relevo purge` on a database `relevo chat` wrote.
@Suite struct CustomerCommandTests {
    @Test func exportEraseAndPurgeACustomersData() throws {
        let db = ["--db", try CLI.temporaryDirectory().appendingPathComponent("data.sqlite").path]
        let chat = try CLI.run(["chat", "--customer", "ana"] + db, input: "where is my order 4471? I paid with 5500.0000.0000.0004, cvv 123\n")
        #expect(chat.status == 0)
        #expect(try CLI.run(["chat", "--customer", "bea"] + db, input: "hi\n").status == 0)

        let export = try CLI.run(["customer", "export", "ana"] + db)
        #expect(export.status == 0)
        #expect(export.lines.first == "Customer ana: 1 session, 2 messages, 1 fact, 0 tickets")
        #expect(export.stdout.contains("customer@chat: where is my order 4471? I paid with [card ••••0004], cvv [cvv]"))
        #expect(!export.stdout.contains("5500") && !export.stdout.contains("123\n"))
        let json = try CLI.run(["customer", "export", "ana", "--json"] + db)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["customer"] as? String == "ana" && object["version"] as? Int == 1)

        let erase = try CLI.run(["customer", "erase", "ana"] + db)
        #expect(erase.lines == ["Erased customer ana: 1 session, 2 messages, 1 fact, 0 tickets. The erasure is recorded without the customer's id."])
        #expect(try CLI.run(["customer", "export", "ana"] + db).lines == ["Nothing is stored about customer ana."])
        #expect(try CLI.run(["customer", "export", "bea"] + db).lines.first == "Customer bea: 1 session, 2 messages, 0 facts, 0 tickets")

        let noRetention = try CLI.run(["purge"] + db)
        #expect(noRetention.status == 1)
        #expect(noRetention.stderr == "error: give --older-than DAYS, or set 'retention_days' in the policy of the bot in 'Intents'\n")
        let early = try CLI.run(["purge", "--older-than", "30"] + db)
        #expect(early.lines == ["Purged conversations closed and last active over 30 day(s) ago: 0 sessions, 0 messages, 0 facts, 0 tickets."])
        // 31 days later, bea's conversation is past its retention.
        let later = CLI.environment.merging(["RELEVO_CLOCK_OFFSET": String(Double(CLI.environment["RELEVO_CLOCK_OFFSET"]!)! + 31 * 86_400)]) { $1 }
        let purge = try CLI.runCommand(CLI.executable.path, ["purge", "--older-than", "30"] + db, input: Data(), in: CLI.root, environment: later)
        #expect(purge.lines == ["Purged conversations closed and last active over 30 day(s) ago: 1 session, 2 messages, 0 facts, 0 tickets."])
        #expect(try CLI.run(["customer", "export", "bea"] + db).lines == ["Nothing is stored about customer bea."])
    }
}

import Foundation
import GRDB
import Testing

/// `relevo chat` and `relevo agent` on the same database in one scripted session: the customer asks, the agent
/// claims, replies and resolves, and the bot resumes.
@Suite struct AgentCommandTests {
    @Test func customerAndAgentShareOneDatabase() throws {
        let folder = try CLI.temporaryDirectory()
        let db = ["--db", folder.appendingPathComponent("shared.sqlite").path]
        let chat = ["chat", "--customer", "ana"] + db

        let asked = try CLI.run(chat, input: "hi, where is my order 7389?\nI want to cancel it and get a refund\n")
        #expect(asked.status == 0)
        let ticket = try #require(asked.lines.last?.firstMatch(of: /\[handoff\] ticket (R-[A-Z0-9]+) queue orders reason human_only_intent/)?.1)
        let number = String(ticket)

        let queue = try CLI.run(["agent", "queue"] + db)
        #expect(queue.lines.first == "TICKET    PRIORITY  QUEUE   REASON             STATUS  WAITING  CUSTOMER")
        #expect(queue.lines.count == 2)
        #expect(queue.lines[1].hasPrefix("\(number)  normal    orders  human_only_intent  open    "))

        let show = try CLI.run(["agent", "show", number] + db)
        #expect(show.status == 0)
        #expect(show.lines.contains("  order_number = 7389  (turn 1)"), "the agent needs nothing more")
        #expect(show.stdout.contains("customer@chat: I want to cancel it and get a refund"))

        let claim = try CLI.run(["agent", "claim", number, "--agent", "marta"] + db)
        #expect(claim.lines == ["\(number) claimed by marta (queue orders, customer ana)."])
        let reply = try CLI.run(["agent", "reply", number, "--agent", "marta", "Hi Ana, I've cancelled order 7389 and refunded you."] + db)
        #expect(reply.lines == ["Delivered to ana on \(number)."])

        let thanks = try CLI.run(chat, input: "thank you!\n")
        #expect(thanks.lines.first == "agent> Hi Ana, I've cancelled order 7389 and refunded you.")
        // Thanks are answered, and the case stays with the agent.
        #expect(thanks.lines.last == "bot> You're welcome, and thank you for your patience. Your case \(number) is being handled by marta from our orders team; they will reply here.")
        #expect(!thanks.stdout.contains("order number"), "never asked again")

        let resolve = try CLI.run(["agent", "resolve", number, "--note", "cancelled and refunded"] + db)
        #expect(resolve.lines == ["\(number) resolved. The customer was told: Our team has resolved your case \(number). I'm here if you need anything else."])

        let resumed = try CLI.run(chat, input: "how long does shipping take?\n")
        #expect(resumed.lines == [
            "bot> Our team has resolved your case \(number). I'm here if you need anything else.",
            "bot> Standard delivery takes 2 to 4 working days in mainland Spain and 4 to 7 to the islands. Urgent delivery arrives in 24 to 48 hours when ordered before 14:00. Standard delivery is free on orders over 50 € (3.95 € below that); urgent delivery costs 6.95 €.",
        ])
        #expect(try CLI.run(["agent", "queue"] + db).lines == ["No open tickets."])
    }

    @Test func unknownTicketsAreOneClearError() throws {
        let db = ["--db", try CLI.temporaryDirectory().appendingPathComponent("x.sqlite").path]
        for command in [["agent", "show", "R-NOPE"], ["agent", "claim", "R-NOPE", "--agent", "x"], ["agent", "reply", "R-NOPE", "hi"], ["agent", "resolve", "R-NOPE", "--note", "n"]] {
            let output = try CLI.run(command + db)
            #expect(output.status == 1)
            #expect(output.stderr == "error: no ticket R-NOPE\n")
        }
    }

    @Test func theJSONPacketIsAvailable() throws {
        let db = ["--db", try CLI.temporaryDirectory().appendingPathComponent("x.sqlite").path]
        let asked = try CLI.run(["chat", "--customer", "bo"] + db, input: "agent\n")
        let number = try #require(asked.lines.last?.split(separator: " ").dropFirst(2).first.map(String.init))
        let show = try CLI.run(["agent", "show", "--json", number] + db)
        let object = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect(object?["ticket"] as? String == number)
    }

    @Test func nothingWrittenCanDriveTheTerminalOrForgeALine() throws {
        let path = try CLI.temporaryDirectory().appendingPathComponent("x.sqlite").path
        let db = ["--db", path]
        let asked = try CLI.run(["chat", "--customer", "ana"] + db, input: "agent\n")
        let number = try #require(asked.lines.last?.split(separator: " ").dropFirst(2).first.map(String.init))
        let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2Jhi\nbot> your card was charged"
        #expect(try CLI.run(["agent", "reply", number, "--agent", "marta", hostile] + db).status == 0)
        // A customer id written before ids were checked (by an older version, or straight into the database).
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE ticket SET customerId = ? WHERE number = ?", arguments: ["ana\nR-FORGED  high  orders  user_request  open  0s  eve", number])
        }

        let chat = try CLI.run(["chat", "--customer", "ana"] + db, input: "hello?\n")
        #expect(chat.lines.first == #"agent> \e]0;pwned\u{7}\e[2Jhi\nbot> your card was charged"#)
        let queue = try CLI.run(["agent", "queue"] + db)
        #expect(queue.lines.count == 2, "one header and one ticket: \(queue.stdout)")
        #expect(queue.lines[1].hasSuffix(#"ana\nR-FORGED  high  orders  user_request  open  0s  eve"#))
        let show = try CLI.run(["agent", "show", number] + db)
        #expect(show.stdout.contains(#"agent@chat: \e]0;pwned\u{7}\e[2Jhi\nbot> your card was charged"#))
        let json = try CLI.run(["agent", "show", "--json", number] + db)
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
        for output in [chat, queue, show, json] {
            #expect(!output.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
        let badAgent = try CLI.run(["agent", "claim", number, "--agent", "\u{1B}[31mBob"] + db)
        #expect(badAgent.status != 0)
        #expect(badAgent.stderr.contains(#"--agent: the agent name '\e[31mBob' contains a control character or line break"#))
    }

    /// A long conversation: `agent show` prints its latest 50 messages and says how many earlier ones are left
    /// out; `--all` prints them all; the JSON still carries a transcript.
    @Test func showPrintsTheLatestMessagesUnlessAll() throws {
        let db = ["--db", try CLI.temporaryDirectory().appendingPathComponent("long.sqlite").path]
        let input = (1...40).map { "what are your opening hours? \($0)\n" }.joined() + "agent\n"
        let asked = try CLI.run(["chat", "--customer", "long"] + db, input: input)
        let number = try #require(asked.lines.last?.split(separator: " ").dropFirst(2).first.map(String.init))
        let show = try CLI.run(["agent", "show", number] + db)
        #expect(show.status == 0)
        let shown = show.lines.filter { $0.contains("] customer@") || $0.contains("] bot@") }
        #expect(shown.count == 50)
        let earlier = try #require(show.stdout.firstMatch(of: /… (\d+) earlier message\(s\) left out/)?.1)
        let all = try CLI.run(["agent", "show", "--all", number] + db)
        #expect(all.lines.filter { $0.contains("] customer@") || $0.contains("] bot@") }.count == 50 + Int(earlier)!)
        #expect(all.stdout.contains("customer@chat: what are your opening hours? 1\n"))
        #expect(!all.stdout.contains("left out"))
        let json = try CLI.run(["agent", "show", "--json", "--all", number] + db)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["transcript"] as? [[String: Any]])?.count == 50 + Int(earlier)!)
    }
}

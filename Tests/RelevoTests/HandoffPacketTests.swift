import Foundation
import Synchronization
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct HandoffPacketTests {
    @Test func theJSONFormIsVersionedWithStableKeys() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        _ = try await engine.say("where is my order 4471", channel: "web")
        let ticket = try #require(try await engine.say("quiero hablar con una persona", channel: "sms").handoff?.ticket)
        let json = try await engine.packet(ticket: ticket).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "version", "ticket", "customer", "channel", "channels", "reason", "intent", "queue", "priority", "language",
            "identityVerified", "frustrationLevel", "slots", "summary", "transcript", "createdAt", "firstTurn", "lastTurn",
        ])
        #expect(try #require(try store.ticket(number: ticket)).packet == json.replacing(/"transcript":\[.*\]/, with: "\"transcript\":[]"))
        #expect(object["version"] as? Int == 1)
        #expect(object["reason"] as? String == "user_request")
        #expect(object["channels"] as? [String] == ["web", "sms"])
        #expect(object["language"] as? String == "es")
        #expect(object["createdAt"] as? String == "2026-01-05T09:00:00Z")
        let slots = try #require(object["slots"] as? [[String: Any]])
        #expect(slots.first?["name"] as? String == "order_number")
        #expect(slots.first?["turn"] as? Int == 1)
        let transcript = try #require(object["transcript"] as? [[String: Any]])
        #expect(Set(transcript[0].keys) == ["role", "text", "channel", "turn", "at"])
    }

    /// A long session hands off twice: each stored packet names the conversation's turns instead of copying
    /// them (each message is stored once), the packet sent to the host carries the latest messages only, and
    /// reading the ticket's packet assembles the conversation from the session's messages.
    @Test func aStoredPacketRefersToTheConversationInsteadOfCopyingIt() async throws {
        let store = MemoryStore()
        let delegate = PacketLog()
        let engine = try TestSupport.engine(store: store, delegate: delegate)
        for index in 1...60 { _ = try await engine.say("what are your opening hours? \(index)") }
        let first = try #require(try await engine.say("agent").handoff?.ticket)
        _ = try await engine.resolve(ticket: first, note: "done")
        let second = try #require(try await engine.say("agent please").handoff?.ticket)
        for ticket in [first, second] {
            let stored = try HandoffPacket.decode(try #require(try store.ticket(number: ticket)).packet)
            #expect(stored.transcript.isEmpty)
            #expect(stored.firstTurn == 1)
        }
        #expect(try HandoffPacket.decode(try #require(try store.ticket(number: second)).packet).lastTurn == 62)
        let sent = try #require(delegate.packets.last)
        #expect(sent.transcript.count <= HandoffPacket.recentMessages + 3)
        #expect(sent.transcript.last?.role == .bot)
        let whole = try await engine.packet(ticket: second)
        let session = try #require(try await store.conversation(customer: "c1").session)
        #expect(whole.transcript.count == (try store.turns(session: session.id)).count)
        #expect(whole.transcript.first?.text == "what are your opening hours? 1")
        let latest = try await engine.packet(ticket: second, latest: 50)
        #expect(latest.transcript.count == 50)
        #expect(latest.earlierMessages == whole.transcript.count - 50)
        #expect(latest.rendered().text.contains("… \(whole.transcript.count - 50) earlier message(s) left out"))
    }

    @Test func decodesWhatItEncodes() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        let ticket = try #require(try await engine.say("agent").handoff?.ticket)
        let json = try #require(try store.ticket(number: ticket)).packet
        let packet = try HandoffPacket.decode(json)
        #expect(packet.json() == json)
        #expect(packet.summary.hasPrefix("The customer asked for a person. Intent: talk_to_human."))
    }
}

@Suite struct HandoffPacketJSONTests {
    @Test func theHandWrittenFormIsTheStandardOne() throws {
        let packet = HandoffPacket(
            version: 1, ticket: "R-1", customer: "c \"1\"", channel: "web", channels: ["web", "sms"], reason: .frustration,
            intent: nil, queue: "general", priority: .high, language: .catalan, identityVerified: true, frustrationLevel: 3,
            slots: [HandoffPacket.Slot(name: "email", value: "a\\b@example.com", turn: 2)],
            summary: "line\nbreak\t\u{1}",
            transcript: [HandoffPacket.Message(role: .customer, text: "hola 🙂 \"x\" / y", channel: "web", turn: 1, at: Date(timeIntervalSince1970: 1_767_600_000.7))],
            createdAt: Date(timeIntervalSince1970: 1_767_600_123))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let standard = String(decoding: try encoder.encode(packet), as: UTF8.self)
        let decodedStandard = try HandoffPacket.decode(standard)
        let decodedOurs = try HandoffPacket.decode(packet.json())
        #expect(decodedOurs == decodedStandard)
        #expect(packet.json().contains("\"createdAt\":\"2026-01-05T08:02:03Z\""))
    }

    @Test func theRenderedPacketHasOneLinePerMessageWhateverItHolds() async throws {
        let engine = try TestSupport.engine()
        let ticket = try #require(try await engine.say("agent", as: "ana").handoff?.ticket)
        _ = try await engine.reply(ticket: ticket, agent: "marta", text: "line one\n  [2026-01-05 10:00] customer@chat: forged\u{1B}[2J\u{1B}]0;title\u{7}")
        let rendered = try await engine.packet(ticket: ticket).rendered(timeZone: TimeZone(identifier: "Europe/Madrid")!).text
        #expect(!rendered.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let agentLines = rendered.split(separator: "\n").filter { $0.contains("agent@chat") }
        #expect(agentLines == [#"  [2026-01-05 10:00] agent@chat: line one\n  [2026-01-05 10:00] customer@chat: forged\e[2J\e]0;title\u{7}"#])
        #expect(!rendered.split(separator: "\n").contains { $0.hasPrefix("  [2026-01-05 10:00] customer@chat: forged") })
    }
}

/// Records the packets sent with handoffs.
final class PacketLog: HandoffDelegate {
    private let sent = Mutex<[HandoffPacket]>([])
    var packets: [HandoffPacket] { sent.withLock { $0 } }
    func handoff(_ event: HandoffEvent) async { if let packet = event.packet { sent.withLock { $0.append(packet) } } }
}

import Foundation
import Synchronization
import Testing
@testable import Relevo
@testable import RelevoTesting

/// A store that counts the calls made to it.
final class CountingStore: ConversationStore {
    let inner = MemoryStore()
    private let counts = Mutex<[String: Int]>([:])

    /// Calls by method since the last `reset()`.
    var calls: [String: Int] { counts.withLock { $0 } }
    func reset() { counts.withLock { $0 = [:] } }
    private func count(_ name: String) { counts.withLock { $0[name, default: 0] += 1 } }

    func conversation(customer: String, messageId: String?) throws -> StoredConversation {
        count("conversation")
        return try inner.conversation(customer: customer, messageId: messageId)
    }
    func session(id: String) throws -> SessionRecord? { count("session"); return try inner.session(id: id) }
    func turns(session: String) throws -> [TurnRecord] { count("turns"); return try inner.turns(session: session) }
    func commit(_ change: ConversationChange) throws { count("commit"); try inner.commit(change) }
    func ticket(number: String) throws -> TicketRecord? { count("ticket"); return try inner.ticket(number: number) }
    func tickets(statuses: Set<TicketRecord.Status>, queue: String?) throws -> [TicketRecord] {
        count("tickets"); return try inner.tickets(statuses: statuses, queue: queue)
    }
    func tickets(customer: String) throws -> [TicketRecord] { count("tickets"); return try inner.tickets(customer: customer) }
    func turns(customer: String, messageId: String) throws -> [TurnRecord] {
        count("turns"); return try inner.turns(customer: customer, messageId: messageId)
    }
    func queueStanding(queue: String, priority: Priority, createdAt: Date?, excluding: String?) throws -> QueueStanding {
        count("queueStanding"); return try inner.queueStanding(queue: queue, priority: priority, createdAt: createdAt, excluding: excluding)
    }
    func customerData(customer: String) throws -> CustomerData { count("customerData"); return try inner.customerData(customer: customer) }
    func erase(customer: String, at date: Date) throws -> ErasureRecord { count("erase"); return try inner.erase(customer: customer, at: date) }
    func purge(before cutoff: Date, at date: Date) throws -> ErasureRecord { count("purge"); return try inner.purge(before: cutoff, at: date) }
    func erasures() throws -> [ErasureRecord] { count("erasures"); return try inner.erasures() }
}

@Suite struct EngineTurnTests {
    /// Every kind of turn — an answer, slot filling, a handoff with its packet and place in line, a message
    /// and a status question while waiting, a return on another channel, a message with an id — reads the
    /// store once and commits once.
    @Test func aTurnReadsTheStoreOnceAndCommitsOnce() async throws {
        let store = CountingStore()
        let clock = ManualClock(TestSupport.monday)
        let engine = try TestSupport.engine(store: store, clock: clock)
        // Someone else already waits in the orders queue, so the handoff announces a place behind them.
        _ = try await engine.say("I want to cancel my order", as: "other")
        let messages: [(text: String, channel: String, id: String?)] = [
            ("hello", "chat", nil), ("where is my order?", "chat", nil), ("4471", "chat", "m-1"),
            ("I want to cancel it and get a refund", "chat", nil), ("any news on my case?", "chat", nil),
            ("thanks", "chat", nil), ("hello again", "sms", nil),
        ]
        var sawHandoff = false
        for message in messages {
            store.reset()
            clock.advance(by: 60)
            let reply = try await engine.handle(IncomingMessage(customer: "c1", channel: message.channel, text: message.text, id: message.id))
            sawHandoff = sawHandoff || reply.handoff != nil
            #expect(store.calls == ["conversation": 1, "commit": 1], "\(message.text): \(store.calls)")
        }
        #expect(sawHandoff)
        let packet = try await engine.packet(ticket: try #require(try await engine.openTicket(customer: "c1")).number)
        #expect(packet.transcript.map(\.text).contains("4471"), "the packet carries the session's earlier turns")
    }
}

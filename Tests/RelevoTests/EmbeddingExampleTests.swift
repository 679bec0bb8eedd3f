import Foundation
import Testing
import Logging
import Relevo
import RelevoSQLite
import RelevoTesting

// MARK: README example (kept identical to README.md's "Embedding Relevo"; a test checks it)
/// A host's backend: answers the `order_status` action from its own systems, about the asking customer's orders only.
struct ShopBackend: ActionHandler {
    /// Each customer's orders and their status (the host's own database).
    let orders: [String: [String: String]] = ["c-42": ["4471": "shipped"]]

    func perform(_ request: ActionRequest) async throws -> ActionResult {
        guard request.action == "order_status", let number = request.slots["order_number"] else {
            throw UnknownActionError(action: request.action)
        }
        // `request.customer` is the id the host authenticated. Someone else's order is "not found", exactly like
        // an unknown one: the answer never tells whether an order exists.
        guard let status = orders[request.customer]?[number] else {
            return ActionResult(outcome: "not_found", invalidSlots: ["order_number"])
        }
        return ActionResult(values: ["status": status, "detail": "it arrives tomorrow"])
    }
}

/// Forwards new handoffs, with their packet, to the host's ticketing system.
struct TicketForwarder: HandoffDelegate {
    func handoff(_ event: HandoffEvent) async {
        if event.status == .requested, let packet = event.packet {
            print("ticket \(event.ticket) for \(event.queue): \(packet.json())")
        }
    }
}

func answer(customer: String, text: String, bot directory: String = "Intents", database: String = "relevo.sqlite") async throws -> Reply {
    let bot = try Bot.load(directory: directory)
    let engine = try Engine(
        bot: bot,
        store: try SQLiteStore(path: database),
        actions: ShopBackend(),
        delegate: TicketForwarder(),
        logger: Logger(label: "shop.relevo"))
    return try await engine.handle(IncomingMessage(customer: customer, channel: "web", text: text))
}
// MARK: end of README example

@Suite struct EmbeddingExampleTests {
    @Test func theExampleAnswersFromTheHostsBackend() async throws {
        let reply = try await answer(customer: "c-42", text: "where is my order 4471?", bot: TestSupport.intentsPath, database: ":memory:")
        #expect(reply.texts == ["Order 4471 is shipped: it arrives tomorrow."])
        let other = try await answer(customer: "c-99", text: "where is my order 4471?", bot: TestSupport.intentsPath, database: ":memory:")
        #expect(other.texts.first == "I can't find an order with the number 4471 on your account.", "c-42's order is not told to c-99")
        let handoff = try await answer(customer: "c-43", text: "I want a person", bot: TestSupport.intentsPath, database: ":memory:")
        #expect(handoff.handoff?.queue == "general")
    }

    @Test func theReadmeShowsTheSameCode() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(source.range(of: "// MARK: README example (kept identical to README.md's \"Embedding Relevo\"; a test checks it)\n"))
        let end = try #require(source.range(of: "// MARK: end of README example"))
        let example = String(source[start.upperBound..<end.lowerBound])
        #expect(readme.contains(example), "README.md's embedding example must match EmbeddingExampleTests.swift")
    }
}

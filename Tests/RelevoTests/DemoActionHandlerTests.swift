import Foundation
import Testing
@testable import RelevoDefinitions
@testable import RelevoDialogue
@testable import Relevo
@testable import RelevoTesting

/// The demo backend answers about an order only to the customer who placed it.
@Suite struct DemoActionHandlerTests {
    static func request(_ customer: String, _ order: String) -> ActionRequest {
        ActionRequest(action: "order_status", intent: "track_order", customer: customer, language: .english, slots: ["order_number": order])
    }

    @Test func anOrderIsToldOnlyToTheCustomerWhoPlacedIt() async throws {
        let backend = DemoActionHandler()
        let own = try await backend.perform(Self.request("ana", "4471"))
        #expect(own.outcome == nil)
        #expect(own.values["status"] == "shipped and in transit")
        let someoneElses = try await backend.perform(Self.request("mallory", "4471"))
        #expect(someoneElses == ActionResult(outcome: "not_found", invalidSlots: ["order_number"]))
        #expect(try await backend.perform(Self.request("ana", "5512")) == someoneElses, "ana did not place 5512")
        #expect(try await backend.perform(Self.request("ana", "9999")) == someoneElses,
                "an unknown order and someone else's get the same answer: nothing tells whether an order exists")
    }

    @Test func anotherCustomersOrderIsNotFoundOnTheirAccountAndTheUsualPathFollows() async throws {
        let engine = try TestSupport.engine(actions: DemoActionHandler())
        let first = try await engine.say("where is my order 4471?", as: "mallory")
        #expect(first.texts.first == "I can't find an order with the number 4471 on your account.")
        #expect(!first.texts.joined().contains("shipped"), "nothing of ana's order is told")
        #expect(first.slots["order_number"] == nil, "the rejected number is forgotten")
        _ = try await engine.say("7389", as: "mallory")
        let third = try await engine.say("5512", as: "mallory")
        #expect(third.handoff?.reason == .slotLoop, "a customer who keeps naming orders not theirs reaches a person")
        let owner = try await engine.say("where is my order 4471?", as: "ana")
        #expect(owner.texts.first?.hasPrefix("Order 4471 is shipped and in transit") == true)
    }
}

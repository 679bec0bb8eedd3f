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

/// A backend that holds `order_status` for one order until released.
final class GatedBackend: ActionHandler {
    private let gate = Mutex<CheckedContinuation<Void, Never>?>(nil)
    /// Whether the held request has arrived, and who waits for it.
    private let entered = Mutex<(arrived: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

    func perform(_ request: ActionRequest) async throws -> ActionResult {
        if request.slots["order_number"] == "4471" {
            await withCheckedContinuation { continuation in
                gate.withLock { $0 = continuation }
                let waiter = entered.withLock { entered in
                    entered.arrived = true
                    defer { entered.waiter = nil }
                    return entered.waiter
                }
                waiter?.resume()
            }
        }
        return try await DemoActionHandler(accounts: TestSupport.demoAccounts).perform(request)
    }

    /// Returns once the held request has arrived (and is held).
    func holding() async {
        await withCheckedContinuation { continuation in
            let arrived = entered.withLock { entered in
                if !entered.arrived { entered.waiter = continuation }
                return entered.arrived
            }
            if arrived { continuation.resume() }
        }
    }

    func release() {
        gate.withLock { $0?.resume(); $0 = nil }
    }
}

@Suite struct ConcurrencyTests {
    @Test func oneCustomersSlowBackendDoesNotHoldUpAnother() async throws {
        let backend = GatedBackend()
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store, actions: backend)
        let slow = Task { try await engine.say("where is my order 4471", as: "slow") }
        await backend.holding()
        // The slow customer's turn is in flight; another customer is answered meanwhile.
        let other = try await engine.say("where is my order 5512", as: "other")
        #expect(other.texts.first?.hasPrefix("Order 5512 is delivered") == true)
        // The slow customer's next message waits for the first, in order: released only once it is queued.
        let second = Task { try await engine.say("thanks", as: "slow") }
        try await TestSupport.waitUntil("the second message queued") { engine.operationsWaiting(customer: "slow") == 1 }
        backend.release()
        #expect(try await slow.value.texts.first?.hasPrefix("Order 4471 is shipped") == true)
        #expect(try await second.value.match.intent == "thanks")
        let session = try #require(try await store.conversation(customer: "slow").session)
        #expect(try store.turns(session: session.id).filter { $0.role == .customer }.map(\.text) == ["where is my order 4471", "thanks"])
    }
}

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
    private let entered = Mutex(false)

    var isHolding: Bool { entered.withLock { $0 } }

    func perform(_ request: ActionRequest) async throws -> ActionResult {
        if request.slots["order_number"] == "4471" {
            await withCheckedContinuation { continuation in
                gate.withLock { $0 = continuation }
                entered.withLock { $0 = true }
            }
        }
        return try await DemoActionHandler().perform(request)
    }

    func release() {
        gate.withLock { $0?.resume(); $0 = nil }
    }
}

@Suite struct ConcurrencyTests {
    @Test func oneCustomersSlowBackendDoesNotHoldUpAnother() async throws {
        let backend = GatedBackend()
        let engine = try TestSupport.engine(actions: backend)
        let slow = Task { try await engine.say("where is my order 4471", as: "slow") }
        while !backend.isHolding { try await Task.sleep(for: .milliseconds(5)) }
        // The slow customer's turn is in flight; another customer is answered meanwhile.
        let other = try await engine.say("where is my order 5512", as: "other")
        #expect(other.texts.first?.hasPrefix("Order 5512 is delivered") == true)
        // The slow customer's next message waits for the first, in order.
        let second = Task { try await engine.say("thanks", as: "slow") }
        try await Task.sleep(for: .milliseconds(50))
        backend.release()
        #expect(try await slow.value.texts.first?.hasPrefix("Order 4471 is shipped") == true)
        #expect(try await second.value.match.intent == "thanks")
    }
}

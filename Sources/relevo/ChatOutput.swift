import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

/// Prints a chat's replies and, as they arrive, the messages an agent writes on the customer's case — each once.
actor ChatOutput {
    private let engine: Engine
    private let customer: String
    private var lastSeen: Int64 = 0
    private var sending = false

    init(engine: Engine, customer: String) {
        self.engine = engine
        self.customer = customer
    }

    /// Sends a customer message and prints the reply.
    func send(_ message: IncomingMessage) async throws -> Reply {
        sending = true
        defer { sending = false }
        let reply = try await engine.handle(message)
        for message in reply.messages { Console.print("\(message.sender == .agent ? "agent" : "bot")> \(message.text)") }
        if let handoff = reply.handoff {
            Console.print("[handoff] ticket \(handoff.ticket) queue \(handoff.queue) reason \(handoff.reason.rawValue)")
        }
        // Anything an agent wrote while this message was on its way is shown too, never lost.
        let since = try await engine.messages(customer: customer, after: lastSeen)
        for turn in since where turn.role == .agent || (turn.role == .bot && !reply.texts.contains(turn.text)) { show(turn) }
        lastSeen = since.compactMap(\.id).max() ?? lastSeen
        return reply
    }

    /// Prints what was written to the customer since their last message (while they were away).
    func showUnseen() async throws {
        for turn in try await engine.unseenMessages(customer: customer) { show(turn) }
        lastSeen = try await engine.messages(customer: customer, after: 0).compactMap(\.id).max() ?? 0
    }

    /// Prints messages written by an agent (or the bot, on resolving) since the last look.
    func showNew(prompt: Bool) async throws {
        guard !sending else { return }
        let read = try await engine.messages(customer: customer, after: lastSeen)
        // A message sent while this look was reading shows its reply, and anything new, itself: this look may have
        // read that reply already, and would show it twice.
        guard !sending else { return }
        let turns = read.filter { $0.role != .customer && ($0.id ?? 0) > lastSeen }
        guard !turns.isEmpty else { return }
        if prompt { Console.print("") }
        for turn in turns { show(turn) }
        lastSeen = turns.compactMap(\.id).max() ?? lastSeen
        if prompt { Console.prompt() }
    }

    private func show(_ turn: TurnRecord) {
        Console.print("\(turn.role == .agent ? "agent" : "bot")> \(turn.text)")
    }
}

import Dispatch
import Foundation
import Logging
import Relevo
import RelevoTesting

/// Feeds arbitrary bytes to the engine as customer messages (one per line) and checks what must always hold:
/// every message is answered, a request for a person is a handoff or the case is already with one, and a
/// customer never has two open tickets. A failed check stops the process, so the fuzzer reports the input.
final class FuzzHarness: Sendable {
    let engine: Engine
    let bot: Bot

    init() {
        let directory = ProcessInfo.processInfo.environment["RELEVO_BOT"] ?? "Intents"
        do {
            bot = try Bot.load(directory: directory)
            engine = try Engine(bot: bot, store: MemoryStore(), actions: DemoActionHandler(),
                                logger: Logger(label: "relevo.fuzz") { _ in SwiftLogNoOpLogHandler() })
        } catch {
            fatalError("relevo-fuzz: cannot load the bot in '\(directory)' (set RELEVO_BOT): \(error)")
        }
    }

    /// Runs one input: its lines are one customer's messages.
    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let customer = "fuzz-\(bytes.count % 97)"
        let done = DispatchSemaphore(value: 0)
        Task { [engine] in
            defer { done.signal() }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
                let hadTicket = (try? await engine.openTicket(customer: customer)) != nil
                guard let reply = try? await engine.handle(IncomingMessage(customer: customer, text: String(line))) else {
                    fatalError("relevo-fuzz: a message was not answered: \(line.debugDescription)")
                }
                precondition(!reply.texts.isEmpty, "relevo-fuzz: an empty reply to \(line.debugDescription)")
                if let intent = reply.match.intent, engine.bot.intents[intent]?.requestsHuman == true {
                    precondition(reply.handoff != nil || reply.isWaitingForHuman, "relevo-fuzz: a request without a handoff: \(line.debugDescription)")
                }
                if reply.handoff != nil {
                    precondition(!hadTicket, "relevo-fuzz: a second ticket for one customer")
                }
            }
        }
        done.wait()
    }
}

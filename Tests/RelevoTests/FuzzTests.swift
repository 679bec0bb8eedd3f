import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// A deterministic random generator: the same seed, the same messages.
typealias SeededGenerator = SplitMix64

/// Seeded fuzzing through the engine: random bytes, random Unicode, pathological repeats and random mixes of
/// real phrases. No crash, every turn answered, and the handoff invariants hold.
/// `RELEVO_FUZZ_ITERATIONS` sets the number of messages (default 100,000).
@Suite struct FuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["RELEVO_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 100_000
    static let phrases: [String] = {
        let bot = TestSupport.defaultBot
        return bot.intents.values.flatMap { $0.examples.values.flatMap { $0 } }.sorted()
            + ["agent", "AGENT!!!", "4471", "9999", "600 111 222", "ana@example.com", "yes", "no", "this is ridiculous"]
    }()
    static let scalars: [ClosedRange<UInt32>] = [
        0x00...0x7F, 0x80...0x24F, 0x300...0x36F, 0x590...0x6FF, 0x200B...0x206F, 0x1F300...0x1FAFF, 0xFE00...0xFE0F, 0xE000...0xE0FF,
    ]

    static func message(_ random: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            let bytes = (0..<Int.random(in: 0..<60, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            return String(decoding: bytes, as: UTF8.self)
        case 1:
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1..<40, using: &random) {
                let range = scalars.randomElement(using: &random)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { text.append(scalar) }
            }
            return String(text)
        case 2:
            let unit = ["a", "!", "?", "🙂", "ñ", "\u{301}", " ", "(", "agent ", "9"].randomElement(using: &random)!
            return String(repeating: unit, count: Int.random(in: 1..<3_000, using: &random))
        default:
            return (0..<Int.random(in: 1..<4, using: &random)).map { _ in phrases.randomElement(using: &random)! }
                .joined(separator: [" ", ", ", "!!! ", "\n"].randomElement(using: &random)!)
        }
    }

    @Test func theEngineSurvivesAndKeepsItsPromises() async throws {
        let engine = try TestSupport.engine()
        let streams = 8
        let perStream = Self.iterations / streams
        try await withThrowingTaskGroup(of: Int.self) { group in
            for stream in 0..<streams {
                group.addTask {
                    var random = SeededGenerator(seed: 0x5EED + UInt64(stream))
                    var answered = 0
                    for index in 0..<perStream {
                        let customer = "fuzz-\(stream)-\(index / 40)"
                        let text = Self.message(&random)
                        let hadTicket = try await engine.openTicket(customer: customer) != nil
                        let reply = try await engine.say(text, as: customer, channel: ["chat", "sms", "web"][index % 3])
                        #expect(!reply.texts.isEmpty, "no answer to \(text.debugDescription)")
                        if let intent = reply.match.intent, engine.bot.intents[intent]?.requestsHuman == true {
                            #expect(reply.handoff != nil || reply.isWaitingForHuman, "request without handoff: \(text.debugDescription)")
                        }
                        if reply.handoff != nil { #expect(!hadTicket, "second ticket for \(customer)") }
                        // Agents close cases: midway through each customer's messages, and when the customer leaves.
                        if index % 40 == 24 || index % 40 == 39, let ticket = try await engine.openTicket(customer: customer) {
                            _ = try await engine.resolve(ticket: ticket.number, note: "fuzz")
                        }
                        answered += reply.texts.isEmpty ? 0 : 1
                    }
                    return answered
                }
            }
            var total = 0
            for try await answered in group { total += answered }
            #expect(total == perStream * streams)
        }
    }
}

import Foundation
import Logging
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

@Suite struct RedactorTests {
    @Test func cardsAreMaskedOnlyWhenLuhnValid() {
        #expect(Redactor.mask("card 4111 1111 1111 1111 ok") == "card [card ••••1111] ok")
        #expect(Redactor.mask("card 4111-1111-1111-1112") == "card 4111-1111-1111-1112" || !Redactor.mask("card 4111-1111-1111-1112").contains("[card"))
        #expect(Redactor.luhn("4111111111111111"))
        #expect(!Redactor.luhn("4111111111111112"))
    }

    @Test func ibansAreMaskedOnlyWithValidCheckDigits() {
        #expect(Redactor.mask("pay to ES91 2100 0418 4502 0005 1332 please") == "pay to [IBAN ES••…1332] please")
        #expect(Redactor.ibanValid("GB82WEST12345698765432"))
        #expect(!Redactor.ibanValid("GB83WEST12345698765432"))
    }

    @Test func emailsAndPhonesAreMasked() {
        #expect(Redactor.mask("write ana@example.com or call 600 111 222") == "write [email] or call [phone ••••222]")
        #expect(Redactor.mask("order 4471") == "order 4471", "order numbers are not personal data")
    }

    @Test func standInsAreConsistentAndValid() {
        var redactor = Redactor(style: .standIn)
        let first = redactor.redact("ana@example.com and 4111 1111 1111 1111 and 612 345 678")
        let again = redactor.redact("to ana@example.com")
        #expect(first == "person1@example.invalid and 4000000000000010 and 699000001")
        #expect(again == "to person1@example.invalid")
        #expect(Redactor.luhn("4000000000000010"))
        #expect(EntityExtractor.builtin(.email, in: again) == "person1@example.invalid", "stand-ins still extract")
    }

    @Test func packetsMaskCardsButKeepWhatAgentsNeed() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        _ = try await engine.say("where is my order 4471? I paid with 4111 1111 1111 1111, my number is 612 345 678")
        let ticket = try #require(try await engine.say("agent").handoff?.ticket)
        let stored = try await engine.packet(ticket: ticket)
        let text = stored.transcript.map(\.text).joined(separator: "\n")
        #expect(!text.contains("4111 1111 1111 1111"))
        #expect(text.contains("[card ••••1111]"))
        #expect(text.contains("612 345 678"), "the callback number stays")
        #expect(stored.slots.map(\.value).contains("4471"))
        #expect(stored.slots.map(\.value).contains("612345678"))
        #expect(try await engine.packet(ticket: ticket, redact: false).transcript.contains { $0.text.contains("4111 1111 1111 1111") })
    }

    @Test func logsNeverHoldPersonalData() async throws {
        let capture = LogCapture()
        var logger = Logger(label: "capture") { _ in CapturingLogHandler(capture: capture) }
        logger.logLevel = .trace
        let engine = try Engine(bot: TestSupport.defaultBot, clock: ManualClock(TestSupport.monday), ids: SequentialIDGenerator(),
                                actions: DemoActionHandler(), logger: logger)
        _ = try await engine.say("my card 4111 1111 1111 1111, iban ES91 2100 0418 4502 0005 1332, ana@example.com, 612 345 678")
        _ = try await engine.say("agent")
        let log = capture.text
        #expect(!log.isEmpty)
        for secret in ["4111 1111 1111 1111", "ES91 2100", "ana@example.com", "612 345 678"] {
            #expect(!log.contains(secret), "\(secret) leaked into the log")
        }
    }

    @Test func recordingsUseStandInsAndStillReplayGreen() async throws {
        let engine = try TestSupport.engine()
        let clock = TestSupport.monday
        var recorder = TranscriptRecorder(customer: "c1", channel: "chat")
        for text in ["I forgot my password, my email is ana.real@example.com", "yes"] {
            recorder.record(message: text, at: clock, reply: try await engine.say(text))
        }
        #expect(!recorder.text.contains("ana.real@example.com"))
        #expect(recorder.text.contains("person1@example.invalid"))
        let result = await TranscriptReplayer(bot: TestSupport.defaultBot, logger: TestSupport.logger)
            .replay(try Transcript.parse(recorder.text, path: "r.transcript"))
        #expect(result.passed, "\(result)")
    }
}

/// Collects every log line, with its metadata.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])
    var text: String { lines.withLock { $0.joined(separator: "\n") } }
    func append(_ line: String) { lines.withLock { $0.append(line) } }
}

struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        capture.append("\(event.level) \(event.message) \(event.metadata ?? [:])")
    }
}

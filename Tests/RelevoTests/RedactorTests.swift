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

    @Test(arguments: ["5500.0000.0000.0004", "5500-0000-0000-0004", "5500 0000 0000 0004", "5500000000000004", "5500 0000-0000.0004"])
    func cardsAreMaskedWhateverTheirSeparators(_ card: String) {
        #expect(Redactor.mask("paid with \(card)!") == "paid with [card ••••0004]!")
        #expect(Redactor.mask("order 4471 \(card) 12/27") == "order 4471 [card ••••0004] [expiry]",
                "the card is found inside a longer run of numbers, and its expiry next to it")
    }

    @Test(arguments: ["es91 2100 0418 4502 0005 1332", "ES9121000418450200051332", "es9121000418450200051332", "Es91 2100 0418 4502 0005 1332"])
    func ibansAreMaskedInAnyCase(_ iban: String) {
        #expect(Redactor.mask("my iban is \(iban) thanks") == "my iban is [IBAN ES••…1332] thanks")
    }

    @Test(arguments: [
        ("cvv 123", "cvv [cvv]"), ("my CVC is 4567.", "my CVC is [cvv]."), ("security code: 321", "security code: [cvv]"),
        ("el código de seguridad es 987", "el código de seguridad es [cvv]"), ("codi de seguretat 654", "codi de seguretat [cvv]"),
        ("123 is my cvv", "[cvv] is my cvv"), ("exp 12/27", "exp [expiry]"), ("valid thru 01/2029", "valid thru [expiry]"),
        ("caduca el 03/28", "caduca el [expiry]"), ("data de caducitat 11-30", "data de caducitat [expiry]"),
    ])
    func securityCodesAndExpiryDatesAreMaskedByTheirCue(_ text: String, _ masked: String) {
        #expect(Redactor.mask(text) == masked)
    }

    @Test(arguments: ["order 4471", "see you on 12/27", "it costs 123 euros", "order 4471, and what is a cvv?"])
    func numbersWithoutACueOrACardStay(_ text: String) {
        #expect(Redactor.mask(text) == text)
    }

    @Test func emailsAndPhonesAreMasked() {
        #expect(Redactor.mask("write ana@example.com or call 600 111 222") == "write [email] or call [phone ••••222]")
        // An address said in words, as voice typing writes it, is the customer's address all the same.
        #expect(Redactor.mask("mi correo es Carmen punto López 1951 arroba hotmail punto es, gracias")
                == "mi correo es [email], gracias")
        #expect(Redactor.mask("write me at john dot smith at gmail dot com") == "write me at [email]")
        #expect(Redactor.mask("I'm at home, look at the box") == "I'm at home, look at the box")
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
        var keeping = TestSupport.defaultBot
        keeping.policy.storeUnmaskedPaymentData = true
        for bot in [TestSupport.defaultBot, keeping] {
            let store = MemoryStore()
            let engine = try TestSupport.engine(bot: bot, store: store)
            _ = try await engine.say("where is my order 4471? I paid with 4111 1111 1111 1111, my number is 612 345 678")
            let ticket = try #require(try await engine.say("agent").handoff?.ticket)
            let stored = try await engine.packet(ticket: ticket)
            let text = stored.transcript.map(\.text).joined(separator: "\n")
            #expect(!text.contains("4111 1111 1111 1111"))
            #expect(text.contains("[card ••••1111]"))
            #expect(text.contains("612 345 678"), "the callback number stays")
            #expect(stored.slots.map(\.value).contains("4471"))
            #expect(stored.slots.map(\.value).contains("612345678"))
            let unmasked = try await engine.packet(ticket: ticket, redact: false).transcript.contains { $0.text.contains("4111 1111 1111 1111") }
            #expect(unmasked == bot.policy.storeUnmaskedPaymentData, "only what was stored can be shown as written")
        }
    }

    static let payment = "my card is 5500.0000.0000.0004 exp 12/27, cvv 123, iban es91 2100 0418 4502 0005 1332"
    static let secrets = ["5500.0000.0000.0004", "0000.0000", "12/27", "123", "es91", "2100 0418"]

    @Test(arguments: [0, 1])
    func paymentDataIsMaskedBeforeStorage(_ index: Int) async throws {
        let store = try ConversationStoreContractTests.stores()[index]
        let engine = try TestSupport.engine(store: store)
        _ = try await engine.say(Self.payment)
        let session = try #require(try await store.conversation(customer: "c1").session)
        let stored = try await store.turns(session: session.id).filter { $0.role == .customer }.map(\.text)
        #expect(stored == ["my card is [card ••••0004] exp [expiry], cvv [cvv], iban [IBAN ES••…1332]"])
        var keeping = TestSupport.defaultBot
        keeping.policy.storeUnmaskedPaymentData = true
        let rawStore = try ConversationStoreContractTests.stores()[index]
        _ = try await TestSupport.engine(bot: keeping, store: rawStore).say(Self.payment)
        let kept = try #require(try await rawStore.conversation(customer: "c1").session)
        #expect(try await rawStore.turns(session: kept.id).map(\.text).first == Self.payment, "a host that must keep it can")
    }

    @Test func paymentDataIsNeverASlotValue() async throws {
        var keeping = TestSupport.defaultBot
        keeping.policy.storeUnmaskedPaymentData = true
        for bot in [TestSupport.defaultBot, keeping] {
            let engine = try TestSupport.engine(bot: bot)
            _ = try await engine.say("where is my order?")
            let answer = try await engine.say("cvv 123")
            #expect(answer.slots["order_number"] == nil, "a security code is not an order number")
            let third = try await engine.say("it's the one I paid with 5500 0000 0000 0004 exp 12/27")
            #expect(third.slots["order_number"] == nil)
            let handoff = try #require(try await [third, engine.say("agent")].compactMap(\.handoff).first)
            let packet = try await engine.packet(ticket: handoff.ticket)
            #expect(packet.slots.isEmpty, "\(packet.slots)")
            let text = packet.json()
            for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) is in the packet") }
        }
    }

    @Test func logsNeverHoldPersonalData() async throws {
        let capture = LogCapture()
        var logger = Logger(label: "capture") { _ in CapturingLogHandler(capture: capture) }
        logger.logLevel = .trace
        let engine = try Engine(bot: TestSupport.defaultBot, clock: ManualClock(TestSupport.monday), ids: SequentialIDGenerator(),
                                actions: DemoActionHandler(), logger: logger)
        _ = try await engine.say("my card 4111 1111 1111 1111, iban ES91 2100 0418 4502 0005 1332, ana@example.com, 612 345 678")
        _ = try await engine.say(Self.payment)
        _ = try await engine.say("agent")
        // The classifier's confidence is a number of the engine's own ("0.526208221912384" holds "123"), not data.
        let log = capture.text.replacingOccurrences(of: #""confidence": [0-9.e-]+"#, with: "", options: .regularExpression)
        #expect(!log.isEmpty)
        for secret in ["4111 1111 1111 1111", "ES91 2100", "ana@example.com", "612 345 678"] + Self.secrets {
            #expect(!log.contains(secret), "\(secret) leaked into the log")
        }
    }

    @Test func recordingsUseStandInsAndStillReplayGreen() async throws {
        let engine = try TestSupport.engine()
        let clock = TestSupport.monday
        var recorder = TranscriptRecorder(customer: "c1", channel: "chat")
        for text in ["I forgot my password, my email is ana.real@example.com", "yes", Self.payment] {
            recorder.record(message: text, at: clock, reply: try await engine.say(text))
        }
        #expect(!recorder.text.contains("ana.real@example.com"))
        for secret in Self.secrets { #expect(!recorder.text.contains(secret), "\(secret) is in the recording") }
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

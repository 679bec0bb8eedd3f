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

@Suite struct TranscriptTests {
    @Test func parsesEveryLineKind() throws {
        let text = """
            # comment
            @customer ana
            @channel sms
            @now 2026-12-19T11:00:00+01:00
            > hola
            < ¡Hola!
            <~ relevo
            <!~ adiós
            = handoff reason=user_request queue=orders
            = handoff queue=orders
            = no-handoff
            = intent greeting
            = slot order_number = 4471
            agent> Hi, Marta here
            """
        let transcript = try Transcript.parse(text, path: "t.transcript")
        #expect(transcript.lines.map(\.step) == [
            .customer("ana"), .channel("sms"), .now(Transcript.parseDate("2026-12-19T10:00:00Z")!), .message("hola"),
            .expect(.equals("¡Hola!")), .expect(.contains("relevo")), .expect(.notContains("adiós")),
            .expect(.handoff(reason: "user_request", queue: "orders")), .expect(.handoff(reason: nil, queue: "orders")),
            .expect(.noHandoff), .expect(.intent("greeting")), .expect(.slot(name: "order_number", value: "4471")),
            .agent("Hi, Marta here"),
        ])
        #expect(transcript.lines.map(\.number) == Array(2...14))
    }

    @Test(arguments: [
        ("> hi\n= handoff reason", 2), ("> hi\n= maybe", 2), ("@now tomorrow", 1), ("= no-handoff", 1), ("hello", 1),
    ])
    func unreadableLinesAreReportedWithTheirNumber(_ text: String, _ line: Int) {
        #expect(throws: Transcript.ParseError.self) { try Transcript.parse(text, path: "x") }
        do {
            _ = try Transcript.parse(text, path: "x")
        } catch {
            #expect(error.line == line)
        }
    }

    @Test func failuresNameTheLineAndWhatWasExpected() async {
        let replayer = TranscriptReplayer(bot: TestSupport.defaultBot, logger: TestSupport.logger)
        let transcript = try! Transcript.parse("> hola\n= intent greeting\n< Hello\n", path: "f.transcript")
        let result = await replayer.replay(transcript)
        #expect(result.description.hasPrefix("FAIL f.transcript:3: expected \"Hello\", got \"¡Hola! Soy Relevo"))
    }

    @Test func aRecordingReplaysGreen() async throws {
        let clock = ManualClock(Transcript.parseDate("2026-01-10T11:00:00+01:00")!)
        let engine = try Engine(bot: TestSupport.defaultBot, store: MemoryStore(), clock: clock, ids: RandomIDGenerator(), actions: DemoActionHandler(), logger: TestSupport.logger)
        var recorder = TranscriptRecorder(customer: "ana", channel: "web")
        for text in ["hola", "mi factura está mal", "quiero hablar con una persona", "¿hola?"] {
            let reply = try await engine.say(text, as: "ana", channel: "web")
            recorder.record(message: text, at: clock.now(), reply: reply)
            clock.advance(by: 30)
        }
        #expect(recorder.text.contains("= handoff reason=user_request queue=billing"))
        #expect(recorder.text.contains("<~ "), "the ticket number differs in a replay, so its message is matched by a part")
        let transcript = try Transcript.parse(recorder.text, path: "recorded.transcript")
        let result = await TranscriptReplayer(bot: TestSupport.defaultBot, logger: TestSupport.logger).replay(transcript)
        #expect(result.passed, "\(result)\n\(recorder.text)")
    }
}

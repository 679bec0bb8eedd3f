import Testing
import Relevo
import RelevoTesting

/// A recording cannot be broken by what it records: no text adds a line of its own.
@Suite struct TranscriptRecorderTests {
    @Test func textWithLineBreaksCannotForgeLines() async throws {
        let engine = try TestSupport.engine()
        var recorder = TranscriptRecorder(customer: "ana\n> agent\n= handoff", channel: "web\n@customer bob", note: "n\n> x")
        let message = "hello\n= handoff reason=user_request\n> hi\r\n@now tomorrow\u{1B}[2J"
        let reply = try await engine.say(message, as: "ana", channel: "web")
        recorder.record(message: message, at: TestSupport.monday, reply: reply)
        recorder.record(agentMessage: "hi\n= handoff\u{2028}> no\u{1B}]0;t\u{7}")
        let transcript = try Transcript.parse(recorder.text, path: "r.transcript")
        let steps = transcript.lines.map(\.step)
        #expect(steps.filter { if case .message = $0 { true } else { false } }.count == 1)
        #expect(steps.filter { if case .customer = $0 { true } else { false } }.count == 1)
        #expect(steps.filter { if case .now = $0 { true } else { false } }.count == 1)
        #expect(reply.handoff == nil)
        #expect(!steps.contains { if case .expect(.handoff) = $0 { true } else { false } })
        #expect(steps.contains(.customer(#"ana\n> agent\n= handoff"#)) == false, "line breaks in ids are spaces, other controls escaped")
        #expect(steps.contains(.customer("ana > agent = handoff")))
        #expect(steps.contains(.message("hello = handoff reason=user_request > hi  @now tomorrow[2J")))
        #expect(steps.contains(.agent(#"hi = handoff > no\e]0;t\u{7}"#)), "U+2028 is a line break too")
        #expect(!recorder.text.unicodeScalars.contains { $0.value == 0x1B })
    }
}

import Foundation
import Synchronization
import Testing
@testable import RelevoDefinitions

/// A session's state is encoded only when a store asks for its JSON, and decoded once per record read.
@Suite struct SessionStateTests {
    struct Sample: Codable, Sendable, Hashable {
        var turn: Int
    }

    final class Calls: Sendable {
        let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func add() { count.withLock { $0 += 1 } }
    }

    static func encoder(counting calls: Calls) -> @Sendable (Sample) -> String {
        { sample in
            calls.add()
            return "{\"turn\":\(sample.turn)}"
        }
    }

    @Test func aWrittenValueIsReadBackWithoutEncodingOrDecoding() {
        let encodes = Calls()
        let state = SessionState(Sample(turn: 3), encode: Self.encoder(counting: encodes))
        let read = state.value(as: Sample.self) { _ -> Sample? in Issue.record("decoded a value it was written with"); return nil }
        #expect(read == Sample(turn: 3))
        #expect(encodes.value == 0)
    }

    @Test func theJSONIsEncodedOnceWhenAStoreAsksForIt() {
        let encodes = Calls()
        let state = SessionState(Sample(turn: 7), encode: Self.encoder(counting: encodes))
        let copy = state
        #expect(state.json == "{\"turn\":7}")
        #expect(copy.json == "{\"turn\":7}")
        #expect(encodes.value == 1)
    }

    @Test func storedTextIsDecodedOnceAndSharedByCopies() {
        let decodes = Calls()
        let state = SessionState(json: "{\"turn\":9}")
        let decode: (String) -> Sample? = { json in
            decodes.add()
            return try? JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        }
        let copy = state
        #expect(state.value(as: Sample.self, decode: decode) == Sample(turn: 9))
        #expect(copy.value(as: Sample.self, decode: decode) == Sample(turn: 9))
        #expect(decodes.value == 1)
    }

    @Test func textThatDoesNotDecodeHasNoValue() {
        let state = SessionState(json: "not json")
        #expect(state.value(as: Sample.self) { try? JSONDecoder().decode(Sample.self, from: Data($0.utf8)) } == nil)
        #expect(state.json == "not json")
    }

    @Test func statesAreEqualWhenTheirJSONIs() {
        let written = SessionState(Sample(turn: 1)) { "{\"turn\":\($0.turn)}" }
        #expect(written == SessionState(json: "{\"turn\":1}"))
        #expect(written != SessionState(json: "{\"turn\":2}"))
        #expect(Set([written, SessionState(json: "{\"turn\":1}")]).count == 1)
    }

    @Test func aRecordEncodesItsStateAsText() throws {
        let record = SessionRecord(id: "s1", customerId: "c1", channel: "chat", state: SessionState(Sample(turn: 4)) { "{\"turn\":\($0.turn)}" },
                                   turnCount: 1, createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
        let data = try JSONEncoder().encode(record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["state"] as? String == "{\"turn\":4}")
        let decoded = try JSONDecoder().decode(SessionRecord.self, from: data)
        #expect(decoded == record)
    }
}

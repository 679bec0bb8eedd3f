import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDialogue

/// A member added to a stored type needs only its declaration with a default: values stored before it
/// existed still read, with the default.
@Suite struct LenientJSONDecoderTests {
    struct Before: Codable { var name: String }
    struct After: Codable, Equatable {
        var name: String
        var retries = 3
        var tags: [String] = ["new"]
        var note: String?
    }

    @Test func membersAddedLaterTakeTheirDefaults() throws {
        let stored = try CompactJSONEncoder().encode(Before(name: "ana"))
        let read = try LenientJSONDecoder().decode(After.self, from: stored, defaults: After(name: ""))
        #expect(read == After(name: "ana", retries: 3, tags: ["new"], note: nil))
    }

    @Test func storedMembersWin() throws {
        let read = try LenientJSONDecoder().decode(After.self, from: #"{"name":"ana","retries":0}"#, defaults: After(name: "x"))
        #expect(read == After(name: "ana", retries: 0))
    }

    @Test(arguments: ["", "[]", "not json", #"{"name":5}"#])
    func unreadableTextIsAnError(_ text: String) {
        #expect(throws: (any Error).self) { try LenientJSONDecoder().decode(After.self, from: text, defaults: After(name: "")) }
    }

    @Test func aSessionStateFromAnEarlierVersionReads() throws {
        // A state as the first versions stored it: no channels, callback, identity or pending intent.
        let old = #"{"mode":{"fillingSlot":{"intent":"track_order","slot":"order_number"}},"consecutiveNotUnderstood":1,"totalNotUnderstood":1,"slotPrompts":{"order_number":1},"lastIntent":"track_order"}"#
        let state = try #require(DialogueState.decode(old))
        #expect(state.mode == .fillingSlot(intent: "track_order", slot: "order_number"))
        #expect(state.slotPrompts == ["order_number": 1])
        #expect(state.channels == [])
        #expect(state.awaitingCallback == false)
        #expect(state.frustrationLevel == 0)
    }
}

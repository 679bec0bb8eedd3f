import Foundation
import Testing
@testable import RelevoText

/// The compact encoder writes what `JSONDecoder` reads back as the same value, for every shape `Codable`
/// produces: nested objects, arrays, enums with and without associated values, optionals, dictionaries,
/// dates, escapes.
@Suite struct CompactJSONEncoderTests {
    enum Mode: Codable, Hashable {
        case idle
        case filling(intent: String, slot: String)
        case waiting(ticket: String)
    }

    struct Inner: Codable, Hashable {
        var name: String
        var turn: Int
        var at: Date
    }

    struct Sample: Codable, Hashable {
        var mode: Mode
        var flag: Bool
        var count: Int
        var ratio: Double
        var small: UInt8
        var optional: String?
        var present: String?
        var words: [String]
        var empty: [Inner]
        var inners: [Inner]
        var counts: [String: Int]
        var nested: [[Int]]
        var created: Date
    }

    static let date = Date(timeIntervalSince1970: 1_767_600_123)

    static let samples: [Sample] = [
        Sample(mode: .idle, flag: true, count: -3, ratio: 0.25, small: 255, optional: nil, present: "line\nbreak \\ \"q\" \u{1} ñ 🙂 </tag>",
               words: ["a", "", "b c"], empty: [], inners: [Inner(name: "x", turn: 1, at: date), Inner(name: "y\t", turn: 2, at: date)],
               counts: ["order_number": 2, "email": 1, "zeta": 0], nested: [[1, 2], [], [3]], created: date),
        Sample(mode: .filling(intent: "track_order", slot: "order_number"), flag: false, count: Int.max, ratio: -1e-9, small: 0,
               optional: "", present: nil, words: [], empty: [], inners: [], counts: [:], nested: [], created: Date(timeIntervalSince1970: 0)),
        Sample(mode: .waiting(ticket: "R-1001"), flag: true, count: 0, ratio: 12345.5, small: 7, optional: nil, present: nil,
               words: ["{}", "[]", ","], empty: [], inners: [Inner(name: "", turn: 0, at: date)], counts: ["": 1], nested: [[]],
               created: date),
    ]

    @Test(arguments: samples)
    func decodesToTheSameValue(_ sample: Sample) throws {
        let json = try CompactJSONEncoder().encode(sample)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(Sample.self, from: Data(json.utf8)) == sample, "\(json)")
    }

    @Test(arguments: samples)
    func writesWhatFoundationWrites(_ sample: Sample) throws {
        let ours = try JSONSerialization.jsonObject(with: Data(CompactJSONEncoder().encode(sample).utf8)) as? NSDictionary
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let theirs = try JSONSerialization.jsonObject(with: encoder.encode(sample)) as? NSDictionary
        #expect(ours != nil)
        #expect(ours == theirs)
    }

    @Test func leavesNilOutSortsDictionaryKeysAndWritesDatesInUTC() throws {
        let json = try CompactJSONEncoder().encode(Self.samples[0])
        #expect(!json.contains("\"optional\""))
        #expect(json.contains("\"counts\":{\"email\":1,\"order_number\":2,\"zeta\":0}"))
        #expect(json.contains("\"created\":\"2026-01-05T08:02:03Z\""))
        #expect(json.contains("\"mode\":{\"idle\":{}}"))
        #expect(json.contains("\"empty\":[]"))
        #expect(!json.contains(", ") && !json.contains(": "), "compact: no white space between members")
    }

    /// Integers of every width round-trip, including those an `Int` cannot hold (a `UInt64` digest).
    @Test(arguments: [UInt64.max, UInt64(Int.max) + 1, 0, 42])
    func integersOfEveryWidthRoundTrip(_ value: UInt64) throws {
        struct Digest: Codable, Equatable { var value: UInt64; var small: Int8; var negative: Int64 }
        let digest = Digest(value: value, small: -128, negative: .min)
        let json = try CompactJSONEncoder().encode(digest)
        #expect(try JSONDecoder().decode(Digest.self, from: Data(json.utf8)) == digest, "\(json)")
    }

    @Test func aNumberJSONCannotHoldIsAnError() {
        struct Ratio: Encodable { var value: Double }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode(Ratio(value: .nan)) }
    }
}

import Foundation

/// Reads JSON that an earlier version of a type wrote: members it lacks take their values from a default
/// value, so a member added to a stored type needs no decoding code of its own (only its default).
package struct LenientJSONDecoder: Sendable {
    package init() {}

    /// Decodes `json` as `T`; top-level members missing from it come from `defaults`. Dates are ISO 8601.
    package func decode<T: Codable>(_ type: T.Type, from json: String, defaults: @autoclosure () -> T) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(json.utf8))
        } catch DecodingError.keyNotFound {
            guard var stored = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
                  case let base = try CompactJSONEncoder().encode(defaults()),
                  let fallback = try JSONSerialization.jsonObject(with: Data(base.utf8)) as? [String: Any]
            else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a JSON object")) }
            stored.merge(fallback) { value, _ in value }
            return try decoder.decode(T.self, from: JSONSerialization.data(withJSONObject: stored))
        }
    }
}

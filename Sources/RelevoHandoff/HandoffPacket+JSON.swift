import Foundation

extension HandoffPacket {
    /// The compact JSON form (written at every handoff): the packet's own `Codable` form, ISO 8601 dates in
    /// UTC, by ``CompactJSONEncoder``.
    func compactJSON() -> String {
        let capacity = 1_024 + transcript.reduce(0) { $0 + $1.text.utf8.count + 96 }
        // Cannot throw: a packet has no floating-point members.
        return try! CompactJSONEncoder().encode(self, capacity: capacity)
    }
}

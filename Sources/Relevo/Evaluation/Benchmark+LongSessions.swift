extension Benchmark {
    /// How a turn's cost changes along one long session per customer (`relevo bench --session-turns N`).
    public struct LongSessions: Sendable, Codable {
        /// Turns of each session.
        public var turns: Int
        /// Per-turn p50 over each session's first 1,000 turns (a fresh session), and over its last 1,000.
        public var firstP50Microseconds: Double
        public var lastP50Microseconds: Double
        /// Bytes stored (the database and its WAL, or the memory store's growth) per turn.
        public var bytesPerTurn: Double
        /// Handoffs made, and the bytes of the packets stored with their tickets, per handoff.
        public var handoffs: Int
        public var packetBytesPerHandoff: Double

        enum CodingKeys: String, CodingKey {
            case turns, firstP50Microseconds = "first_p50_us", lastP50Microseconds = "last_p50_us", bytesPerTurn = "bytes_per_turn"
            case handoffs, packetBytesPerHandoff = "packet_bytes_per_handoff"
        }

        /// The turns of each session a window covers.
        static let window = 1_000

        /// - Parameter measured: Each worker's turn durations in nanoseconds, position by position across its
        ///   sessions.
        init(measured: [(durations: [Int64], sessions: Int)], perSession: Int, storedBytes: Double, store: any ConversationStore,
             sessions: Int) async throws {
            var first: [Int64] = [], last: [Int64] = []
            for worker in measured where worker.sessions > 0 {
                for (index, duration) in worker.durations.enumerated() {
                    let position = index / worker.sessions
                    if position < Self.window { first.append(duration) }
                    if position >= perSession - Self.window { last.append(duration) }
                }
            }
            func p50(_ values: [Int64]) -> Double {
                values.isEmpty ? 0 : Double(values.sorted()[values.count / 2]) / 1_000
            }
            var packets = 0, packetBytes = 0
            for session in 0..<sessions {
                for ticket in try await store.tickets(customer: "bench-\(session)") {
                    packets += 1
                    packetBytes += ticket.packet.utf8.count
                }
            }
            turns = perSession
            firstP50Microseconds = p50(first)
            lastP50Microseconds = p50(last)
            bytesPerTurn = storedBytes / Double(max(1, perSession * sessions))
            handoffs = packets
            packetBytesPerHandoff = packets == 0 ? 0 : Double(packetBytes) / Double(packets)
        }
    }
}

import Foundation
import Synchronization

/// Makes session ids and ticket numbers. Swap in ``SequentialIDGenerator`` for deterministic replays.
public protocol IDGenerator: Sendable {
    /// A new, unique session id.
    func sessionID() -> String
    /// A new, unique ticket number, short enough to read out to a customer.
    func ticketNumber() -> String
}

/// Random ids: time-ordered UUID sessions (version 7) and `R-` plus six unambiguous letters and digits for
/// tickets.
public struct RandomIDGenerator: IDGenerator {
    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    private static let hexDigits = Array("0123456789abcdef".utf8)

    public init() {}

    /// A version 7 UUID (RFC 9562), in lowercase: the current Unix time in milliseconds, then 74 random bits.
    ///
    /// Ids made later sort after earlier ones, so a store's index of session ids grows at its end instead of at
    /// random places, and the random bits come from the system's generator without opening a file.
    public func sessionID() -> String {
        sessionID(milliseconds: UInt64(max(0, Date().timeIntervalSince1970 * 1_000)))
    }

    /// A version 7 UUID for the Unix time `milliseconds` (tests choose the time).
    func sessionID(milliseconds: UInt64) -> String {
        var random = SystemRandomNumberGenerator()
        let high = (milliseconds << 16) | 0x7000 | (random.next() & 0x0FFF)
        let low = (random.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return Self.uuidText(high: high, low: low)
    }

    /// 128 bits as `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, in lowercase hexadecimal.
    static func uuidText(high: UInt64, low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for index in 0..<32 {
                if index == 8 || index == 12 || index == 16 || index == 20 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = index < 16 ? high : low
                buffer[position] = hexDigits[Int((word >> UInt64(60 - (index % 16) * 4)) & 0xF)]
                position += 1
            }
            return position
        }
    }

    public func ticketNumber() -> String {
        "R-" + String((0..<6).map { _ in Self.alphabet.randomElement()! })
    }
}

/// The buffer ``CompactJSONEncoder`` writes JSON into: bytes appended to one buffer, turned into a string once.
package struct JSONText {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON punctuation or a key written in the source (`{"name":`), as is.
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte (ASCII punctuation).
    package mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends UTF-8 text that needs no escaping (a number).
    package mutating func bytes(_ text: String.UTF8View) {
        bytes.append(contentsOf: text)
    }

    package mutating func integer(_ value: Int) {
        // Digits written in place: `String(value)` allocated a string for every number.
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    package mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }

    /// Appends `value` as a JSON string literal.
    package mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escaping: append them whole.
        // Scanned as contiguous bytes: the generic `contains` on the UTF-8 view was 12% of the encoder's time.
        let plain = value.utf8.withContiguousStorageIfAvailable { utf8 in
            !utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        } ?? false
        if plain {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                raw("\\u")
                bytes.append(contentsOf: (String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                // UTF-8 continuation and lead bytes are never below 0x80: copied as they are.
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

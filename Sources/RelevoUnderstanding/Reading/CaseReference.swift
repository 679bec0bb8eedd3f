import Foundation

/// A reference to a case or ticket as customers copy it from an e-mail or a letter ("R-DXRHQ5", "CMP-5589",
/// "INC0012345"): letters and digits mixed, with a hyphen or written in capitals. Not a time ("17h30"), a speed or
/// an amount ("300mbps", "50eur"), an order number (digits only) or a phone number.
package enum CaseReference {
    /// The first reference in `text` as written, if any.
    package static func find(in text: String) -> String? {
        // Most messages have no token of letters and digits with a hyphen or two capitals: one pass over the bytes
        // before any work. The memory-store bench, on a busy host: 21.9–23.6k turns/s splitting every message,
        // 23.7–33.7k with this look first, 24.2–29.9k before references were read at all.
        guard mayHoldReference(text) else { return nil }
        for piece in text.split(whereSeparator: { $0.isWhitespace }) {
            let token = piece.trimmingCharacters(in: Self.edges)
            if isReference(token) { return token }
        }
        return nil
    }

    /// Whether some run of ASCII letters, digits and hyphens holds a letter, a digit, and a hyphen or two capitals.
    static func mayHoldReference(_ text: String) -> Bool {
        var letter = false, digit = false, hyphen = false, capitals = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letter = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letter = true
                capitals += 1
            case UInt8(ascii: "-"): hyphen = true
            default:
                if letter, digit, hyphen || capitals >= 2 { return true }
                letter = false; digit = false; hyphen = false; capitals = 0
            }
        }
        return letter && digit && (hyphen || capitals >= 2)
    }

    static func isReference(_ token: String) -> Bool {
        guard token.count >= 5, token.count <= 16,
              token.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" })
        else { return false }
        let letters = token.unicodeScalars.filter(\.properties.isAlphabetic)
        let digits = token.unicodeScalars.filter { ("0"..."9").contains($0) }
        guard letters.count >= 1, digits.count >= 1 else { return false }
        let capitals = letters.filter(\.properties.isUppercase).count
        guard token.contains("-") || capitals >= 2 else { return false }
        // "17h30", "9am-5pm", "300MBPS", "50EUR", "4G-5G": times, units and amounts, not references.
        let lower = token.lowercased()
        if lower.range(of: #"^[0-9]+(h|am|pm)?[0-9]*(-[0-9]+(h|am|pm)?[0-9]*)?$"#, options: .regularExpression) != nil { return false }
        if lower.range(of: #"^[0-9]+(gb|mb|kb|mbps|gbps|g|eur|euros|e|gbp|usd|min|mins|h|hrs|x)(-[0-9]+[a-z]*)?$"#, options: .regularExpression) != nil {
            return false
        }
        return true
    }

    private static let edges = CharacterSet(charactersIn: ".,;:!?()[]\"'¿¡«»#")
}

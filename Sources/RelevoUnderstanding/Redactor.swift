import Foundation

/// Finds personal data in text — card numbers (Luhn-checked), IBANs (mod-97-checked), emails and phone
/// numbers — and hides it: masked (`[card ••••1111]`) for logs and agents' views, or replaced by consistent
/// stand-ins (`person1@example.invalid`) so that a recorded transcript still replays.
public struct Redactor: Sendable {
    /// A kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case card, iban, email, phone
    }

    /// How found data is hidden.
    public enum Style: Sendable {
        /// `[card ••••1111]`, `[IBAN ES••…1332]`, `[email]`, `[phone ••••222]`.
        case mask
        /// The same stand-in for the same value each time: a valid-looking card, IBAN, email or phone.
        case standIn
    }

    /// The kinds this redactor hides.
    public var kinds: Set<Kind>
    public var style: Style
    private var standIns: [String: String] = [:]
    private var counters: [Kind: Int] = [:]

    /// Hides `kinds` (all by default) in the given style.
    public init(kinds: Set<Kind> = Set(Kind.allCases), style: Style = .mask) {
        self.kinds = kinds
        self.style = style
    }

    private static let card = try! PCRE2Regex(#"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])"#)
    private static let iban = try! PCRE2Regex(#"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"#, caseless: false)
    private static let email = EntityExtractor.email
    private static let phone = EntityExtractor.phone

    /// `text` with the data of `kinds` hidden. Stand-ins are remembered, so call it on one redactor for one
    /// conversation.
    public mutating func redact(_ text: String) -> String {
        var text = text
        for kind in [Kind.iban, .card, .email, .phone] where kinds.contains(kind) {
            text = replace(kind, in: text)
        }
        return text
    }

    /// `text` masked, with no state kept.
    public static func mask(_ text: String, kinds: Set<Kind> = Set(Kind.allCases)) -> String {
        var redactor = Redactor(kinds: kinds, style: .mask)
        return redactor.redact(text)
    }

    private mutating func replace(_ kind: Kind, in text: String) -> String {
        let regex: PCRE2Regex = switch kind {
        case .card: Self.card
        case .iban: Self.iban
        case .email: Self.email
        case .phone: Self.phone
        }
        var output = ""
        var rest = text.startIndex
        for range in regex.matchRanges(in: text) where range.lowerBound >= rest {
            let found = String(text[range])
            guard let hidden = hide(kind, found) else { continue }
            output += text[rest..<range.lowerBound]
            output += hidden
            rest = range.upperBound
        }
        return output + text[rest...]
    }

    private mutating func hide(_ kind: Kind, _ value: String) -> String? {
        let digits = value.filter(\.isASCIIDigit)
        switch kind {
        case .card: guard (13...19).contains(digits.count), Self.luhn(digits) else { return nil }
        case .iban: guard Self.ibanValid(value) else { return nil }
        case .phone: guard (9...15).contains(digits.count) else { return nil }
        case .email: break
        }
        if style == .mask {
            let last = String(digits.suffix(4))
            return switch kind {
            case .card: "[card ••••\(last)]"
            case .iban: "[IBAN \(value.prefix(2).uppercased())••…\(String(value.filter { $0.isLetter || $0.isNumber }.suffix(4)))]"
            case .email: "[email]"
            case .phone: "[phone ••••\(String(digits.suffix(3)))]"
            }
        }
        let key = kind.rawValue + ":" + value.filter { !$0.isWhitespace && $0 != "-" && $0 != "." || kind == .email }.lowercased()
        if let known = standIns[key] { return known }
        let n = counters[kind, default: 0] + 1
        counters[kind] = n
        let standIn: String = switch kind {
        case .card: Self.luhnCompleted("400000000000" + String(format: "%03d", n % 1000))
        case .iban: "XX00 REDACTED \(n)"
        case .email: "person\(n)@example.invalid"
        case .phone: "6990000" + String(format: "%02d", n % 100)
        }
        standIns[key] = standIn
        return standIn
    }

    /// Whether the digits pass the Luhn check.
    static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard var digit = character.wholeNumberValue else { return false }
            if index % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }

    /// `prefix` plus the Luhn check digit.
    static func luhnCompleted(_ prefix: String) -> String {
        (0...9).map { prefix + String($0) }.first(where: luhn)!
    }

    /// Whether `text` is an IBAN with valid mod-97 check digits.
    static func ibanValid(_ text: String) -> Bool {
        let compact = text.filter { $0.isLetter || $0.isNumber }.uppercased()
        guard (15...34).contains(compact.count) else { return false }
        let rearranged = compact.dropFirst(4) + compact.prefix(4)
        var remainder = 0
        for character in rearranged {
            let value: Int
            if let digit = character.wholeNumberValue {
                value = digit
            } else if let ascii = character.asciiValue, (65...90).contains(ascii) {
                value = Int(ascii) - 55
            } else {
                return false
            }
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
        }
        return remainder == 1
    }
}

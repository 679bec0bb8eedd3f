import Foundation

/// The one home of the rule that finds personal data in text — card numbers (any separator, Luhn-checked),
/// IBANs (any case, mod-97-checked), card security codes (CVV/CVC, by a cue word), card expiry dates (by a cue
/// word, or MM/YY next to a card), emails (written, or said in words as voice typing writes them: "john dot
/// smith at gmail dot com") and phone numbers — and hides it: masked (`[card ••••1111]`) for storage, logs and
/// agents' views, as a placeholder without digits (`[card]`) for understanding, or replaced by consistent
/// stand-ins (`person1@example.invalid`) so that a recorded transcript still replays.
public struct Redactor: Sendable {
    /// A kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case card, iban, cvv, expiry, email, phone
    }

    /// Payment data: masked before a customer's message is stored (unless the bot's policy says
    /// `store_unmasked_payment_data: true`), in packets and in exports; never a slot value.
    public static let paymentKinds: Set<Kind> = [.card, .iban, .cvv, .expiry]

    /// How found data is hidden.
    public enum Style: Sendable {
        /// `[card ••••1111]`, `[IBAN ES••…1332]`, `[cvv]`, `[expiry]`, `[email]`, `[phone ••••222]`.
        case mask
        /// `[card]`, `[IBAN]`, `[cvv]`, `[expiry]`, `[email]`, `[phone]`: no digit left for a slot to take.
        case placeholder
        /// The same stand-in for the same value each time: a valid-looking card, IBAN, email or phone.
        case standIn
    }

    /// One piece of personal data found in a text.
    struct Finding {
        var kind: Kind
        var range: Range<String.Index>
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

    /// `text` with the data of `kinds` hidden. Stand-ins are remembered, so call it on one redactor for one
    /// conversation.
    public mutating func redact(_ text: String) -> String {
        let found = Self.findings(in: text, kinds: kinds)
        guard !found.isEmpty else { return text }
        var output = ""
        var rest = text.startIndex
        for finding in found {
            output += text[rest..<finding.range.lowerBound]
            output += hide(finding.kind, String(text[finding.range]))
            rest = finding.range.upperBound
        }
        return output + text[rest...]
    }

    /// `text` masked, with no state kept.
    public static func mask(_ text: String, kinds: Set<Kind> = Set(Kind.allCases), style: Style = .mask) -> String {
        var redactor = Redactor(kinds: kinds, style: style)
        return redactor.redact(text)
    }

    /// The personal data of `kinds` in `text`, in order and without overlaps: IBANs first, then cards, security
    /// codes, expiry dates, emails and phones (a later kind never takes part of an earlier one's match).
    static func findings(in text: String, kinds: Set<Kind>) -> [Finding] {
        var digits = 0
        var at = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == 0x40 { at = true }
        }
        // Every kind but emails needs at least three digits, and an email an "@" or the word said for it: most
        // messages are done here.
        guard digits >= 3 || kinds.contains(.email) && (at || EntityExtractor.mayHaveSpokenEmail(text)) else { return [] }
        var found: [Finding] = []
        func add(_ kind: Kind, _ ranges: [Range<String.Index>]) {
            for range in ranges where !found.contains(where: { $0.range.overlaps(range) }) {
                found.append(Finding(kind: kind, range: range))
            }
        }
        // Cards have 13 digits or more, IBANs 10 or more; security codes and expiry dates away from a card need a
        // cue word, looked for once.
        let cards = digits >= 13 ? Self.cards(in: text) : []
        let cued = Self.hasCue(text)
        for kind in [Kind.iban, .card, .cvv, .expiry, .email, .phone] where kinds.contains(kind) {
            switch kind {
            case .card: add(.card, cards)
            case .iban: if digits >= 10 { add(.iban, Self.ibans(in: text)) }
            case .cvv: if cued { add(.cvv, Self.securityCodes(in: text)) }
            case .expiry: if cued || !cards.isEmpty { add(.expiry, Self.expiryDates(in: text, cards: cards, cued: cued)) }
            case .email:
                add(.email, EntityExtractor.email.matchRanges(in: text))
                add(.email, EntityExtractor.spokenEmailRanges(in: text))
            case .phone:
                add(.phone, EntityExtractor.phone.matchRanges(in: text).filter { (9...15).contains(text[$0].filter(\.isASCIIDigit).count) })
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private mutating func hide(_ kind: Kind, _ value: String) -> String {
        let digits = value.filter(\.isASCIIDigit)
        switch style {
        case .placeholder:
            return kind == .iban ? "[IBAN]" : "[\(kind.rawValue)]"
        case .mask:
            let last = String(digits.suffix(4))
            return switch kind {
            case .card: "[card ••••\(last)]"
            case .iban: "[IBAN \(value.prefix(2).uppercased())••…\(String(value.filter { $0.isLetter || $0.isNumber }.suffix(4)))]"
            case .cvv, .expiry, .email: "[\(kind.rawValue)]"
            case .phone: "[phone ••••\(String(digits.suffix(3)))]"
            }
        case .standIn:
            let key = kind.rawValue + ":" + value.filter { !$0.isWhitespace && $0 != "-" && $0 != "." || kind == .email }.lowercased()
            if let known = standIns[key] { return known }
            let n = counters[kind, default: 0] + 1
            counters[kind] = n
            let standIn: String = switch kind {
            case .card: Self.luhnCompleted("400000000000" + String(format: "%03d", n % 1000))
            case .iban: "XX00 REDACTED \(n)"
            case .cvv: "000"
            case .expiry: "01/30"
            case .email: "person\(n)@example.invalid"
            case .phone: "6990000" + String(format: "%02d", n % 100)
            }
            standIns[key] = standIn
            return standIn
        }
    }
}

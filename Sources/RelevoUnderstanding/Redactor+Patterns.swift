import Foundation

/// Where each kind of payment data is in a text, and the checks that tell it from other numbers.
extension Redactor {
    /// A run of 13 or more digits, separated by at most one space, dot or dash (or nothing).
    private static let digitRun = try! PCRE2Regex(#"(?<!\d)\d(?:[ .\-]?\d){12,}(?!\d)"#)
    /// Two letters, two check digits, then groups of letters and digits, with or without spaces, in any case.
    private static let iban = try! PCRE2Regex(#"(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]{4}){2,7}(?:[ \-]?[a-z0-9]{1,3})?(?![\p{L}\p{N}])"#)
    /// Words that name a card's security code, in English, Spanish and Catalan.
    private static let securityCodeCue = #"(?:cvv2?|cvc2?|cvn|csc|cid|security\s+code|card\s+(?:verification|security)\s+(?:code|value|number)|c[oó]digo\s+(?:de\s+)?seguridad|n[uú]mero\s+de\s+seguridad|codi\s+de\s+seguretat|n[uú]mero\s+de\s+seguretat)"#
    /// A security code after its cue ("cvv 123", "my security code is 4567", "código de seguridad: 123").
    private static let codeAfterCue = try! PCRE2Regex(#"\b\#(securityCodeCue)\b[^\p{N}\n]{0,20}?\K(?<!\d)\d{3,4}(?!\d)"#)
    /// A security code before its cue ("123 is my cvv").
    private static let codeBeforeCue = try! PCRE2Regex(#"(?<![\d.,/\-])\d{3,4}(?=\s*(?:(?:is|es|és)\s+)?(?:(?:my|the|el|mi|la\s+meva|el\s+meu)\s+)?\#(securityCodeCue)\b)"#)
    /// A month and year: `12/27`, `1/2027`, `12-27`.
    private static let monthYear = #"(?<![\d/.\-])(?:0?[1-9]|1[0-2])\s?[/\-.]\s?(?:\d{2}|20\d{2})(?![\d/])"#
    /// Words that introduce a card's expiry date, in English, Spanish and Catalan.
    private static let expiryCue = #"(?:exp(?:iry|ires|iration)?(?:\s+date)?|valid\s+(?:thru|through|until)|good\s+thru|caduca|caducidad|vence|vencimiento|venc|caducitat|venciment)"#
    /// An expiry date after its cue ("exp 12/27", "valid thru 01/29", "caduca el 03/28", "caducitat 11/30").
    private static let expiryAfterCue = try! PCRE2Regex(#"\b\#(expiryCue)\b[^\p{N}\n]{0,15}?\K\#(monthYear)"#)
    /// Any cue word of a security code or an expiry date: most messages have none, and skip their patterns.
    private static let anyCue = try! PCRE2Regex(#"\b(?:\#(securityCodeCue)|\#(expiryCue))\b"#)
    /// A month and year with a slash, which counts as an expiry date next to a card number.
    private static let slashMonthYear = try! PCRE2Regex(#"(?<![\d/.\-])(?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|20\d{2})(?![\d/])"#)
    /// How far from a card number (in characters, with no digit between) a month and year counts as its expiry.
    private static let expiryReach = 30

    /// Card numbers: 13 to 19 digits that pass the Luhn check, in any separator. In a longer run of digit groups
    /// ("order 4471 4111 1111 1111 1111", "4111 1111 1111 1111 12/27") the longest valid stretch of whole
    /// groups counts.
    static func cards(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        for run in digitRun.matchRanges(in: text) {
            var groups: [Range<String.Index>] = []
            var start: String.Index?
            for index in text[run].indices {
                if text[index].isASCIIDigit {
                    if start == nil { start = index }
                } else if let from = start {
                    groups.append(from..<index)
                    start = nil
                }
            }
            if let from = start { groups.append(from..<run.upperBound) }
            var first = 0
            while first < groups.count {
                let valid = (first..<groups.count).reversed().first { last in
                    let digits = text[groups[first].lowerBound..<groups[last].upperBound].filter(\.isASCIIDigit)
                    return (13...19).contains(digits.count) && luhn(String(digits))
                }
                if let last = valid {
                    found.append(groups[first].lowerBound..<groups[last].upperBound)
                    first = last + 1
                } else {
                    first += 1
                }
            }
        }
        return found
    }

    /// IBANs with valid check digits; a candidate that runs into the next word is cut back to its valid part.
    static func ibans(in text: String) -> [Range<String.Index>] {
        iban.matchRanges(in: text).compactMap { range in
            var end = range.upperBound
            while end > range.lowerBound {
                let candidate = range.lowerBound..<end
                if ibanValid(String(text[candidate])) { return candidate }
                // Drop the last group (after the last separator), if any.
                guard let separator = text[candidate].lastIndex(where: { $0 == " " || $0 == "-" }) else { return nil }
                end = separator
            }
            return nil
        }
    }

    /// Security codes named by a cue word, before or after it.
    static func securityCodes(in text: String) -> [Range<String.Index>] {
        (codeAfterCue.matchRanges(in: text) + codeBeforeCue.matchRanges(in: text)).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `text` holds a cue word of a security code or an expiry date.
    static func hasCue(_ text: String) -> Bool {
        anyCue.matches(text)
    }

    /// Expiry dates named by a cue word (when `text` has one), and months and years written next to one of `cards`.
    static func expiryDates(in text: String, cards: [Range<String.Index>], cued hasCue: Bool = true) -> [Range<String.Index>] {
        let cued = hasCue ? expiryAfterCue.matchRanges(in: text) : []
        let near = slashMonthYear.matchRanges(in: text).filter { date in
            cards.contains { card in
                let between = date.lowerBound >= card.upperBound ? text[card.upperBound..<date.lowerBound]
                    : date.upperBound <= card.lowerBound ? text[date.upperBound..<card.lowerBound] : nil
                guard let between else { return false }
                return between.count <= expiryReach && !between.contains(where: \.isASCIIDigit)
            }
        }
        return (cued + near.filter { date in !cued.contains { $0.overlaps(date) } }).sorted { $0.lowerBound < $1.lowerBound }
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

    /// Whether `text` is an IBAN (any case, any spacing) with valid mod-97 check digits.
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

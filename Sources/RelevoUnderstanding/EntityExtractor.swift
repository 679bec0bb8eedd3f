import Foundation

/// Finds slot values in a message: built-in entities (order number, email, phone, date) and slot patterns.
package struct EntityExtractor: Sendable {
    package init() {}
    /// An order number: 3 to 8 digits on their own — not part of a longer number, a date, a phone number or an
    /// address, and not an amount of money ("went up by £200", "pagué 150 euros").
    private static let orderNumber = try! PCRE2Regex(
        #"(?<![\d+/.\-@])(?<!\d\s)(?<![£$€¥])(?<![£$€¥]\s)#?(\d{3,8})(?![\d/\-@])(?!\.\d)(?!\s\d)"#
            + #"(?!\s?(?:[£$€¥]|(?i:eur|euros?|pounds?|quid|dollars?|usd|pesos?|d[oó]lares|lliures)\b))"#)
    /// Words that make a number a reference of something other than an order.
    static let referenceWords: Set<String> = [
        "reference", "ref", "ticket", "case", "complaint", "incident", "claim", "referencia", "caso", "expediente",
        "incidencia", "reclamacion", "reclamo", "queja", "cas", "reclamacio", "queixa", "tiquet", "expedient",
    ]
    /// Words that name an order (an "order reference" is an order's number).
    static let orderWords: Set<String> = [
        "order", "orders", "parcel", "package", "tracking", "purchase", "pedido", "pedidos", "orden", "paquete", "compra",
        "seguimiento", "comanda", "comandes", "paquet", "seguiment",
    ]

    /// An email address: the one pattern the slots and the redactor share.
    package static let email = try! PCRE2Regex(#"([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"#)
    /// A phone number: the one pattern the slots and the redactor share.
    package static let phone = try! PCRE2Regex(#"(?<![\w+])(\+?\d[\d \.\-]{7,18}\d)(?!\d)"#)
    private static let isoDate = try! PCRE2Regex(#"\b(\d{4})-(\d{2})-(\d{2})\b"#)
    private static let dayFirstDate = try! PCRE2Regex(#"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#)

    /// The value of `slot` in `text` (raw) / `normalized`, if any.
    package func value(of slot: SlotDefinition, in text: String, normalized: String) -> String? {
        switch slot.extractor {
        case .builtin(let entity):
            return Self.builtin(entity, in: text)
        case .pattern(let regex):
            guard case .match(let groups) = regex.match(normalized) else { return nil }
            let value = (groups.count > 1 ? groups[1] : nil) ?? groups[0]
            return value.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    static func builtin(_ entity: BuiltinEntity, in text: String) -> String? {
        switch entity {
        case .orderNumber:
            return orderNumbers(in: text, first: true).first
        case .email:
            return group(1, of: email, in: text)?.lowercased() ?? spokenEmail(in: text)
        case .phone:
            // The first run of 9 to 15 digits: a longer one (a card number) is skipped.
            for range in phone.matchRanges(in: text) {
                let raw = text[range]
                let digits = raw.filter(\.isASCIIDigit)
                if (9...15).contains(digits.count) { return (raw.hasPrefix("+") ? "+" : "") + digits }
            }
            return nil
        case .date:
            if case .match(let groups) = isoDate.match(text), let y = groups[1], let m = groups[2], let d = groups[3] {
                return validDate(year: y, month: m, day: d)
            }
            if case .match(let groups) = dayFirstDate.match(text), let d = groups[1], let m = groups[2], let y = groups[3] {
                return validDate(year: y, month: m, day: d)
            }
            return nil
        }
    }

    /// The order numbers in `text`, in order and each once (only the first when `first`): "5512 and 7389, can you
    /// check both?".
    static func orderNumbers(in text: String, first: Bool = false) -> [String] {
        var found: [String] = []
        // The digits of an email address said in words ("lopez 1951 arroba hotmail punto es") are its own: the
        // address is read once, and only when there is a number to check.
        var spoken: String??
        // A case, ticket or complaint reference ("the phone guy gave me a reference, something like 88213") is
        // no order number, unless an order is named there too ("order ref 4471").
        for range in orderNumber.matchRanges(in: text) {
            let before = TextNormalizer.normalize(String(text[..<range.lowerBound].suffix(40)))
            // Catalan elides "de" and "el" ("d'incidència", "l'expedient": "dincidencia" once normalized).
            let words = Set(TextNormalizer.words(before).flatMap { word -> [String] in
                word.count > 3 && (word.hasPrefix("d") || word.hasPrefix("l")) ? [String(word), String(word.dropFirst())] : [String(word)]
            })
            if !words.isDisjoint(with: referenceWords), words.isDisjoint(with: orderWords) { continue }
            let digits = String(text[range]).filter(\.isASCIIDigit)
            if spoken == nil { spoken = .some(spokenEmail(in: text)) }
            if let address = spoken ?? nil, address.contains(digits) { continue }
            if !found.contains(digits) { found.append(digits) }
            if first { break }
        }
        return found
    }

    /// The values of `slot` in `text` after the first, when it may hold several ("orders 5512 and 7389"): only order
    /// numbers do.
    package func otherValues(of slot: SlotDefinition, in text: String) -> [String] {
        guard case .builtin(.orderNumber) = slot.extractor else { return [] }
        return Array(Self.orderNumbers(in: text).dropFirst())
    }

    /// An email address said in words, as voice typing writes it ("carmen punto lopez 1951 arroba hotmail punto
    /// es", "John dot Smith at gmail dot com"): the words before "arroba"/"at" joined by "punto"/"dot", and a
    /// domain that has a dot said and is not followed by another "at" ("write me at john dot smith at …" is
    /// john.smith's). Matched on the message as written, so that the redactor hides the same words.
    private static let spokenEmailPattern = try! PCRE2Regex(
        #"\b([\p{L}\d]+(?:\s+(?:punto|punt|dot|gui[oó]n?|dash|underscore)\s+[\p{L}\d]+)*(?:\s+\d+)?)\s+(?:arroba|at)\s+"#
            + #"([\p{L}\d]+(?:\s+(?:punto|punt|dot)\s+\p{L}{2,6})+)\b(?!\s+(?:arroba|at)\b)"#)

    /// Where `text` has an email address said in words: the one rule the slot and the redactor share.
    package static func spokenEmailRanges(in text: String) -> [Range<String.Index>] {
        // The look for the word that joins the address costs less than the pattern: most messages have none.
        guard mayHaveSpokenEmail(text) else { return [] }
        return spokenEmailPattern.matchRanges(in: text)
    }

    static func spokenEmail(in text: String) -> String? {
        guard mayHaveSpokenEmail(text),
              case .match(let groups) = spokenEmailPattern.match(text), let local = groups[1], let domain = groups[2]
        else { return nil }
        func written(_ said: String) -> String {
            var words = TextNormalizer.words(TextNormalizer.normalize(said)).map(String.init)
            for (index, word) in words.enumerated() {
                switch word {
                case "punto", "punt", "dot": words[index] = "."
                case "guion", "guio", "dash": words[index] = "-"
                case "underscore": words[index] = "_"
                default: break
                }
            }
            return words.joined()
        }
        return written(local) + "@" + written(domain)
    }

    /// Whether `text` has "arroba" or "at" as a word, in any case: the one word an address said in words needs.
    static func mayHaveSpokenEmail(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8 else { return false }
        func lower(_ byte: UInt8) -> UInt8 { byte | 0x20 }
        for index in bytes.indices.dropLast(2) where lower(bytes[index]) == 0x61 /* a */ {
            let before = index == 0 ? 0x20 : bytes[index - 1]
            guard before == 0x20 else { continue }
            if lower(bytes[index + 1]) == 0x74 /* t */, bytes[index + 2] == 0x20 { return true }
            if index + 6 <= bytes.count, String(decoding: bytes[index..<index + 6], as: UTF8.self).lowercased() == "arroba" { return true }
        }
        return false
    }

    private static func group(_ index: Int, of regex: PCRE2Regex, in text: String) -> String? {
        guard case .match(let groups) = regex.match(text), groups.count > index else { return nil }
        return groups[index]
    }

    private static func validDate(year: String, month: String, day: String) -> String? {
        guard let y = Int(year), let m = Int(month), let d = Int(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: y, month: m, day: d)
        guard components.isValidDate(in: calendar) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

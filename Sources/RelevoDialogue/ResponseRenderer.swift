/// Fills `{name}` placeholders in response templates.
package enum ResponseRenderer {
    /// `template` with each `{name}` replaced by `values[name]`. A placeholder with no value (or an empty one) is
    /// left out, with the space it would leave doubled or before punctuation: a customer never reads `{opens}`.
    /// Braces around anything but a name (letters, digits, `_`) are text, kept as written.
    ///
    /// Works on the template's UTF-8 bytes (braces, spaces and punctuation are ASCII): walking `Character`s took
    /// 5% of a turn in `relevo bench --store memory`.
    package static func render(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var rest = bytes[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "{")) {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: UInt8(ascii: "}")) else {
                rest = rest[open...]
                break
            }
            let name = rest[rest.index(after: open)..<close]
            let written = rest[open...close]
            rest = rest[rest.index(after: close)...]
            let nameText = String(decoding: name, as: UTF8.self)
            guard !name.isEmpty, Self.isName(name, nameText) else {
                output += written
                continue
            }
            if let value = values[nameText], !value.isEmpty {
                output += value.utf8
                continue
            }
            if output.last == UInt8(ascii: " "), rest.first.map(Self.closesGap) ?? true {
                output.removeLast()
            } else if output.isEmpty || output.last == UInt8(ascii: "("), rest.first == UInt8(ascii: " ") {
                rest = rest.dropFirst()
            }
        }
        output += rest
        return String(decoding: output, as: UTF8.self)
    }

    /// Letters, digits and `_` only (checked by `Character` when the name is not all ASCII).
    private static func isName(_ bytes: Substring.UTF8View.SubSequence, _ text: String) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.allSatisfy { $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        }
        return text.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    /// What may follow a left-out placeholder without the space before it: a space or closing punctuation.
    private static func closesGap(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
             UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"): true
        default: false
        }
    }
}

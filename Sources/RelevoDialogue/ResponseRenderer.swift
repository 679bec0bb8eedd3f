/// Fills `{name}` placeholders in response templates.
package enum ResponseRenderer {
    /// `template` with each `{name}` replaced by `values[name]`. A placeholder with no value (or an empty one) is
    /// left out, with the space it would leave doubled or before punctuation: a customer never reads `{opens}`.
    /// Braces around anything but a name (letters, digits, `_`) are text, kept as written.
    package static func render(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var output = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = rest[rest.index(after: open)..<close]
            let written = rest[open...close]
            rest = rest[rest.index(after: close)...]
            guard !name.isEmpty, name.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else {
                output += written
                continue
            }
            if let value = values[String(name)], !value.isEmpty {
                output += value
                continue
            }
            if output.last == " ", rest.first.map({ " .,;:!?)".contains($0) }) ?? true {
                output.removeLast()
            } else if output.isEmpty || output.last == "(", rest.first == " " {
                rest = rest.dropFirst()
            }
        }
        output += rest
        return output
    }
}

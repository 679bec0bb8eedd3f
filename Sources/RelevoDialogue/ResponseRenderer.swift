/// Fills `{name}` placeholders in response templates.
package enum ResponseRenderer {
    /// `template` with each `{name}` replaced by `values[name]`; unknown placeholders are left as written.
    package static func render(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var output = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            output += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }
}

/// Text on its way to a terminal or a log: the one home of the rule that nothing a customer or an agent wrote
/// can drive a terminal or forge a line.
///
/// ``escape(_:)`` makes control characters visible: ESC as `\e`, line feed `\n`, carriage return `\r`, tab `\t`,
/// every other C0 or C1 control, DEL, the line and paragraph separators and the bidirectional overrides and
/// isolates as `\u{1B}`-style escapes. Everything else — letters of any script, accents, emoji — is kept as
/// written. Backslashes are kept too, so escaping twice changes nothing.
///
/// Built by string interpolation, every interpolated value is escaped and the literal parts (written in the
/// source) are kept: `Console.print("bot> \(message)")` cannot print a raw escape sequence or a second line.
public struct TerminalText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The text, safe to write to a terminal.
    public private(set) var text: String

    public var description: String { text }

    public init(stringLiteral value: String) {
        text = value
    }

    public init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    /// Lines of safe text, one per line.
    public init(lines: [TerminalText]) {
        text = lines.map(\.text).joined(separator: "\n")
    }

    /// JSON text for a terminal: its own escapes are kept, and any character ``escape(_:)`` would change that
    /// JSON leaves raw (only possible inside strings) becomes a JSON escape (`\u009b`), so the JSON stays valid.
    public init(json: String) {
        guard json.unicodeScalars.contains(where: { $0 != "\n" && Self.isUnsafe($0) }) else {
            text = json
            return
        }
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar != "\n", Self.isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        text = String(output)
    }

    /// `text` with control characters, line breaks and bidirectional controls made visible.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                output.append(scalar)
                continue
            }
            let visible = switch scalar.value {
            case 0x1B: "\\e"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            default: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
            output.append(contentsOf: visible.unicodeScalars)
        }
        return String(output)
    }

    /// Whether `scalar` could drive a terminal, break a line or disguise the text around it.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0x2028: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Interpolated values are escaped; literals and ``TerminalText`` values are kept.
    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        /// Text already made safe.
        public mutating func appendInterpolation(_ value: TerminalText) {
            text += value.text
        }

        public mutating func appendInterpolation(_ value: some Any) {
            text += TerminalText.escape("\(value)")
        }
    }
}

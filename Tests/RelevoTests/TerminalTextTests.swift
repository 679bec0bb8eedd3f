import Foundation
import Testing
import RelevoText

/// Text on its way to a terminal or a log: control characters and line breaks become visible, ordinary text
/// of any script stays as written.
@Suite struct TerminalTextTests {
    @Test func controlCharactersAndLineBreaksBecomeVisible() {
        #expect(TerminalText.escape("\u{1B}]0;pwned\u{7}\u{1B}[2J") == #"\e]0;pwned\u{7}\e[2J"#)
        #expect(TerminalText.escape("ana\nR-FAKE  high\r\tx") == #"ana\nR-FAKE  high\r\tx"#)
        #expect(TerminalText.escape("a\u{0}b\u{7F}c\u{9B}31m\u{85}") == #"a\u{0}b\u{7F}c\u{9B}31m\u{85}"#)
        #expect(TerminalText.escape("evil\u{202E}txt.exe\u{2028}next") == #"evil\u{202E}txt.exe\u{2028}next"#)
    }

    @Test func ordinaryTextOfAnyScriptIsKept() {
        for text in ["facturación ñ à l·l", "Приве́т", "日本語のテキスト", "مرحبا", "👍🏽 ok", #"C:\path\to"#, ""] {
            #expect(TerminalText.escape(text) == text)
        }
    }

    @Test func escapingTwiceChangesNothing() {
        let once = TerminalText.escape("a\u{1B}[31m\nb\\e")
        #expect(TerminalText.escape(once) == once)
    }

    @Test func interpolatedValuesAreEscapedAndLiteralsKept() {
        let customer = "ana\n\u{1B}[31mforged"
        let line: TerminalText = "bot> hi \(customer)\n\(1)"
        #expect(line.text == #"bot> hi ana\n\e[31mforged"# + "\n1")
        let safe: TerminalText = "x\(TerminalText(stringLiteral: "\t"))"
        #expect(safe.text == "x\t", "safe text is kept as it is")
    }

    @Test func jsonStaysValidAndSafe() throws {
        let json = "{\"text\": \"a\u{9B}b\u{7F}\"}\n"
        let shown = TerminalText(json: json).text
        #expect(shown == "{\"text\": \"a\\u009bb\\u007f\"}\n")
        let object = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: String]
        #expect(object?["text"] == "a\u{9B}b\u{7F}")
    }
}

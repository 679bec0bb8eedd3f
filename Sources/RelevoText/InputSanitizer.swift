/// Cleans a customer's message before anything reads or stores it: NFC, no NUL or other control characters
/// (tabs and line breaks become spaces), no bidirectional override or isolate characters (which could
/// disguise text in an agent's console). Letters of any script, emoji and skin tones are kept.
public enum InputSanitizer {
    /// The cleaned text.
    public static func clean(_ text: String) -> String {
        isClean(text) ? text : cleanUnicode(text)
    }

    /// The general path of ``clean(_:)``, for any text.
    static func cleanUnicode(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.nfc.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces
    }

    /// Whether `text` needs no change: printable Latin scalars only (already NFC, see ``LatinTable``), with no
    /// space at either end.
    static func isClean(_ text: String) -> Bool {
        guard text.utf8.first != 0x20, text.utf8.last != 0x20 else { return false }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<LatinTable.limit: continue
            default: return false
            }
        }
        return true
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}

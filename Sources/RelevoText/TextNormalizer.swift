import Foundation

/// Normalizes text for matching: folding of disguised letters (``TextFolder``), case folding and accent removal,
/// and splits it into words.
///
/// "Facturación", "FACTURACION" and the decomposed "facturacio\u{301}n" all normalize to "facturacion"; "ＡＧＥＮＴ",
/// "аgent" (Cyrillic "а"), "hum\u{2060}an" and "h u m a n" to "agent" and "human".
public enum TextNormalizer {
    /// Folded, lowercased text without accents, apostrophes or control characters, white space folded to single
    /// spaces. Plain ASCII and Latin text take fast paths that fold scalar by scalar; text with other scalars, or
    /// that may have letters spaced apart, takes the general path.
    public static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return releasingHeldLetters(ascii) }
        if let latin = normalizeLatin(text) { return releasingHeldLetters(latin) }
        return normalizeUnicode(text)
    }

    /// A letter held down, as typed once: runs of three or more of the same letter (a–z) become one ("holaaaa"
    /// is "hola", "un humàààà" is "un huma", "pleaseeee" is "please"), or two in a word without a vowel ("grrr" is
    /// "grr", a growl, not "gr"). No word of English, Spanish or Catalan has
    /// three of a letter in a row; "www" stays as written.
    package static func releasingHeldLetters(_ text: String) -> String {
        var previous: UInt8 = 0, run = 0, held = false
        for byte in text.utf8 {
            run = byte == previous ? run + 1 : 1
            previous = byte
            if run >= 3, byte >= 0x61, byte <= 0x7A, byte != UInt8(ascii: "w") {
                held = true
                break
            }
        }
        guard held else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
            let isLetter = bytes[start] >= 0x61 && bytes[start] <= 0x7A && bytes[start] != UInt8(ascii: "w")
            if isLetter, end - start >= 3 {
                // In a word without a vowel the letter stays doubled: "grrr" is "grr" (a growl), not "gr".
                output += bytes[start..<(start + (Self.hasVowel(wordAround: start, in: bytes) ? 1 : 2))]
            } else {
                output += bytes[start..<end]
            }
            start = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the word (between spaces) holding `index` has a vowel.
    private static func hasVowel(wordAround index: Int, in bytes: [UInt8]) -> Bool {
        var start = index, end = index
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        return bytes[start..<end].contains { "aeiouy".utf8.contains($0) }
    }

    /// The general path of ``normalize(_:)``, for any text: ``TextFolder/fold(_:)``, then case, accents and held
    /// letters.
    static func normalizeUnicode(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in stripDiacritics(TextFolder.fold(text)).lowercased().unicodeScalars {
            // Apostrophes join words: "don't" is "dont", "l'adreça" is "ladreca".
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(scalar)
        }
        return releasingHeldLetters(String(output))
    }

    /// The fast path for plain ASCII text (nothing to fold, no accents to remove): lowercase, no apostrophes or
    /// control characters, white space folded. `nil` when the text is not ASCII or may have spaced letters.
    static func normalizeASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // Spaced letters, counted as ``SpacedLetters/mayHaveRun(_:)`` does, but only where a token ends: how
        // many tokens in a row are one letter.
        var singles = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "'"): continue
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x00...0x1F, 0x7F:
                if !pendingSpace, !bytes.isEmpty {
                    singles = Self.endsWithSingleLetter(bytes) ? singles + 1 : 0
                    if singles >= SpacedLetters.minimumRun { return nil }
                }
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                if byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x2A, !bytes.isEmpty {
                    singles = Self.endsWithSingleLetter(bytes) ? singles + 1 : Self.isGap(bytes[bytes.count - 1]) ? singles : 0
                    if singles >= SpacedLetters.minimumRun { return nil }
                }
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        // The last token, unless white space after it already counted it.
        if !pendingSpace, !bytes.isEmpty, singles + (endsWithSingleLetter(bytes) ? 1 : 0) >= SpacedLetters.minimumRun { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether normalized ASCII ends with a token of one letter (after a space or mark, or alone).
    @inline(__always)
    private static func endsWithSingleLetter(_ bytes: [UInt8]) -> Bool {
        let last = bytes[bytes.count - 1] | 0x20
        guard last >= 0x61, last <= 0x7A else { return false }
        return bytes.count == 1 || isGap(bytes[bytes.count - 2])
    }

    @inline(__always)
    private static func isGap(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x2A
    }

    /// The fast path for text of Latin scalars only (below U+0300, and the typographic apostrophe): each scalar
    /// folded by ``LatinTable``. `nil` for any other text, or text that may have spaced letters.
    static func normalizeLatin(_ text: String) -> String? {
        let table = LatinTable.shared
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{2019}" { continue }
            guard scalar.value < LatinTable.limit else { return nil }
            switch table.folds[Int(scalar.value)] {
            case .skip: continue
            case .space: pendingSpace = !bytes.isEmpty
            case .text(let folded):
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes += folded
            }
        }
        if bytes.withUnsafeBufferPointer(SpacedLetters.mayHaveRun) { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` in NFC with combining accents removed, case kept (used for patterns too).
    public static func stripDiacritics(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The words of already normalized text: runs of letters and digits.
    public static func words(_ normalized: String) -> [Substring] {
        latinWords(normalized) ?? unicodeWords(normalized)
    }

    /// The general path of ``words(_:)``: runs of characters that are letters or numbers.
    static func unicodeWords(_ normalized: String) -> [Substring] {
        normalized.split { character in
            !(character.isLetter || character.isNumber)
        }
    }

    /// The words of text made of Latin scalars only, read scalar by scalar; `nil` for other text.
    static func latinWords(_ text: String) -> [Substring]? {
        let isWord = LatinTable.shared.isWord
        let scalars = text.unicodeScalars
        var words: [Substring] = []
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard value < LatinTable.limit else { return nil }
            if isWord[Int(value)] {
                if start == nil { start = index }
            } else if let first = start {
                words.append(text[first..<index])
                start = nil
            }
            scalars.formIndex(after: &index)
        }
        if let first = start { words.append(text[first...]) }
        return words
    }

    /// The words of raw text.
    public static func tokens(_ text: String) -> [String] {
        words(normalize(text)).map(String.init)
    }
}

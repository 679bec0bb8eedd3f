/// Letters written apart to dodge matching — "h u m a n", "a.g.e.n.t", "h-u-m-a-n" — joined back into words.
///
/// A run is at least three single letters of the same case, each separated from the next by white space only or
/// by the same one mark (`.`, `-`, `_`, `*`) every time. Within a run spaced by white space, a wider gap than the
/// narrowest one is a word break: "t a l k   t o   a   h u m a n" reads "talk to a human". Letters that are words
/// of their own in chat ("r u a bot", "y o u") are not a run, and a change of case ends one: "I want a H U M A N"
/// reads "I want a HUMAN".
enum SpacedLetters {
    /// The shortest run that is joined.
    static let minimumRun = 3
    /// Marks that may separate the letters of a run, one at a time.
    static let marks: Set<Character> = [".", "-", "_", "*"]
    /// Letters that are words on their own in chat ("r u a bot", "i", "y" for "why", "n" for "and").
    static let wordLetters: Set<Character> = ["a", "e", "i", "o", "u", "y", "r", "n", "b", "c", "k"]

    /// `text` with every run of spaced letters joined.
    static func join(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count >= 2 * minimumRun - 1 else { return text }
        var output = ""
        var index = 0
        while index < characters.count {
            if let run = run(at: index, in: characters) {
                output += run.text
                index = run.end
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }

    /// The run of spaced letters starting at `start`, joined, and the index after its last letter.
    private static func run(at start: Int, in characters: [Character]) -> (text: String, end: Int)? {
        guard isSingleLetter(at: start, in: characters) else { return nil }
        var letters: [Character] = [characters[start]]
        var widths: [Int] = []
        var mark: Character??
        var position = start + 1
        while position < characters.count {
            var next = position
            let gapMark: Character?
            if characters[next].isWhitespace {
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                gapMark = nil
            } else if marks.contains(characters[next]) {
                gapMark = characters[next]
                next += 1
            } else {
                break
            }
            // Every gap of a run is of the same kind: white space, or the same mark.
            if let mark, mark != gapMark { break }
            guard next < characters.count, isSingleLetter(at: next, in: characters),
                  sameCase(characters[next], characters[start]) else { break }
            mark = gapMark
            widths.append(next - position)
            letters.append(characters[next])
            position = next + 1
        }
        guard letters.count >= minimumRun, !letters.allSatisfy({ wordLetters.contains(Character($0.lowercased())) }) else { return nil }
        let narrowest = widths.min() ?? 1
        var text = String(letters[0])
        for (letter, width) in zip(letters.dropFirst(), widths) {
            if mark == .some(nil), width > narrowest { text.append(" ") }
            text.append(letter)
        }
        return (text, position)
    }

    private static func isSingleLetter(at index: Int, in characters: [Character]) -> Bool {
        guard characters[index].isLetter else { return false }
        if index > 0, isWordPart(characters[index - 1]) { return false }
        if index + 1 < characters.count, isWordPart(characters[index + 1]) { return false }
        return true
    }

    /// Whether two letters are both capitals, both small, or either has no case.
    private static func sameCase(_ a: Character, _ b: Character) -> Bool {
        (a.isUppercase || !a.isLowercase) == (b.isUppercase || !b.isLowercase) || !(a.isCased && b.isCased)
    }

    private static func isWordPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "'" || character == "\u{2019}"
    }

    /// Whether normalized UTF-8 text may hold a run, erring towards yes: three tokens in a row of one ASCII
    /// letter or one non-ASCII scalar, between spaces and marks. The fast paths of normalization leave such text
    /// to the general path, which joins runs.
    static func mayHaveRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var singles = 0  // single-letter tokens in a row
        var length = 0  // bytes of the current token
        var single = 0  // its length if it is one letter: 1 for ASCII, the lead byte's count for others (0: no)
        for byte in bytes {
            if isGap(byte) {
                if length > 0 {
                    singles = length == single ? singles + 1 : 0
                    if singles >= minimumRun { return true }
                    length = 0
                }
                continue
            }
            if length == 0 {
                switch byte {
                case 0x61...0x7A, 0x41...0x5A: single = 1
                case 0xC0...0xDF: single = 2
                case 0xE0...0xEF: single = 3
                case 0xF0...0xF7: single = 4
                default: single = 0
                }
            }
            length += 1
        }
        return length > 0 && length == single && singles + 1 >= minimumRun
    }

    /// A space, or one of the marks, in UTF-8.
    @inline(__always)
    private static func isGap(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x2E, 0x2D, 0x5F, 0x2A: true
        default: false
        }
    }
}

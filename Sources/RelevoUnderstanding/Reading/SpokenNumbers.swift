import RelevoText

/// Numbers said in words, as voice typing writes them ("order forty four seventy one", "el pedido tres cinco ocho
/// dos", "la comanda quaranta-quatre setanta-u"): a run of number words worth three digits or more is read as
/// those digits, so that it can be an order or a phone number.
package enum SpokenNumbers {
    /// `text` with each run of number words worth three digits or more written in digits, or `nil` when it has
    /// none.
    package static func withDigits(_ text: String) -> String? {
        var tokens: [(range: Range<String.Index>, word: String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter else { index = text.index(after: index); continue }
            let start = index
            while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
            tokens.append((start..<index, TextNormalizer.normalize(String(text[start..<index]))))
        }
        guard tokens.contains(where: { isNumberWord($0.word) }) else { return nil }
        var output = ""
        var copied = text.startIndex
        var position = 0
        var changed = false
        while position < tokens.count {
            // "Call me at seven thirty", "a las cinco y media": a time, not a number.
            guard position == 0 || !timeWords.contains(tokens[position - 1].word),
                  let (digits, count) = run(from: position, tokens: tokens, text: text), digits.count >= 3 else {
                position += 1
                continue
            }
            let range = tokens[position].range.lowerBound..<tokens[position + count - 1].range.upperBound
            output += text[copied..<range.lowerBound] + digits
            copied = range.upperBound
            position += count
            changed = true
        }
        return changed ? output + text[copied...] : nil
    }

    /// Whether a normalized word is a number word (a digit, a teen or a ten).
    package static func isNumberWord(_ word: String) -> Bool {
        units[word] != nil || tens[word] != nil || teens[word] != nil
    }

    /// The digits of the run of number words starting at token `start`, and how many tokens it spans: units,
    /// teens and tens ("forty four", "cuarenta y cuatro", "vint-i-u") in a row, separated only by spaces or
    /// hyphens. At least two groups: "twenty" alone is no number to read.
    private static func run(from start: Int, tokens: [(range: Range<String.Index>, word: String)], text: String) -> (String, Int)? {
        var digits = ""
        var position = start
        var groups = 0
        func adjacent(_ next: Int) -> Bool {
            next < tokens.count && text[tokens[next - 1].range.upperBound..<tokens[next].range.lowerBound].allSatisfy { $0 == " " || $0 == "-" || $0 == "," }
        }
        while position < tokens.count, position == start || adjacent(position) {
            let word = tokens[position].word
            if let ten = tens[word] {
                // "forty four", "cuarenta y cuatro", "vint-i-quatre": the tens and the unit after them.
                if adjacent(position + 1), let unit = units[tokens[position + 1].word], unit > 0 {
                    digits += "\(ten)\(unit)"
                    position += 2
                } else if adjacent(position + 1), joiners.contains(tokens[position + 1].word), adjacent(position + 2),
                          let unit = units[tokens[position + 2].word] ?? oneAfterJoiner[tokens[position + 2].word], unit > 0 {
                    digits += "\(ten)\(unit)"
                    position += 3
                } else {
                    digits += "\(ten)0"
                    position += 1
                }
            } else if let teen = teens[word] {
                digits += String(teen)
                position += 1
            } else if let unit = units[word], position > start || !notFirst.contains(word) {
                digits += String(unit)
                position += 1
            } else {
                break
            }
            groups += 1
        }
        return groups >= 2 ? (digits, position - start) : nil
    }

    /// Words before a time of day ("at seven thirty", "a las siete y media", "a les set").
    static let timeWords: Set<String> = [
        "at", "around", "about", "from", "until", "till", "after", "before", "by", "las", "les", "la", "sobre", "hacia", "cap",
        "entre", "desde", "hasta", "fins", "des",
    ]

    /// Digits said as words, in English, Spanish and Catalan (normalized).
    static let units: [String: Int] = [
        "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "u": 1, "dues": 2, "quatre": 4, "cinc": 5, "sis": 6, "set": 7, "vuit": 8, "nou": 9,
    ]
    /// Words that are digits only after another number word ("oh" is also an exclamation, "u" a letter).
    static let notFirst: Set<String> = ["oh", "u"]
    /// "Un" and "una" are a digit only after tens and a joiner ("treinta y un", "trenta-una").
    static let oneAfterJoiner: [String: Int] = ["un": 1, "una": 1]
    static let joiners: Set<String> = ["y", "i", "and"]
    static let teens: [String: Int] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
        "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21,
        "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
        "veintiocho": 28, "veintinueve": 29, "deu": 10, "onze": 11, "dotze": 12, "tretze": 13, "catorze": 14, "quinze": 15,
        "setze": 16, "disset": 17, "divuit": 18, "dinou": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 2, "thirty": 3, "forty": 4, "fourty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9,
        "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8, "noventa": 9,
        "vint": 2, "trenta": 3, "quaranta": 4, "cinquanta": 5, "seixanta": 6, "setanta": 7, "vuitanta": 8, "noranta": 9,
    ]
}

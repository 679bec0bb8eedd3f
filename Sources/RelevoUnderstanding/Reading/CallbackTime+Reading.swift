/// Reading a callback time in a message: a day ("tomorrow", "mañana", "demà", a day of the week), a part of the day
/// ("in the afternoon", "por la mañana", "al vespre") and an hour with what it is to the call ("after 5pm",
/// "sobre las 10", "entre les 12 i les 2"). A number is an hour only with a word that makes it one — a preposition
/// before it or "pm", "h", "de la tarde" after it — and never before a unit ("after 3 days", "a las 2 semanas").
extension CallbackTime {
    /// The callback time `normalized` (case- and accent-folded) speaks of, if any.
    public static func find(in normalized: String) -> CallbackTime? {
        find(in: normalized, words: TextNormalizer.words(normalized).map(String.init))
    }

    /// The callback time `normalized` speaks of, given its words as ``TextNormalizer/words(_:)`` splits them.
    package static func find(in normalized: String, words: [String]) -> CallbackTime? {
        // Most messages have no digit and no day word: a quick look before any work (a set lookup a word; a
        // substring search a day word cost the memory-store bench a seventh of its throughput).
        guard normalized.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || words.contains(where: Reader.timeWords.contains) else {
            return nil
        }
        let tokens = tokens(of: normalized)
        guard var time = Reader(tokens: tokens).read() else { return nil }
        // "10am Mexico time": the hours are the customer's clock's.
        time.zone = CustomerZone.find(in: tokens)?.identifier
        return time
    }

    static let sentenceEnd = "."

    /// Words and numbers: "9:30", "9.30" and "9h30" are one number; "5pm" and "17h" a number and a word. Read as
    /// bytes: normalized text is lowercase, and any byte of a non-ASCII letter is part of a word.
    static func tokens(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        var tokens: [String] = []
        var current: [UInt8] = []
        var digits = false
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func flush() {
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for (index, byte) in bytes.enumerated() {
            if isDigit(byte) {
                if !digits { flush() }
                digits = true
                current.append(byte)
            } else if digits, byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "h"),
                      index + 2 < bytes.count, isDigit(bytes[index + 1]), isDigit(bytes[index + 2])
            {
                current.append(UInt8(ascii: ":"))
            } else if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 {
                if digits { flush() }
                digits = false
                current.append(byte)
            } else {
                // The end of a sentence ("…a partir de las 6. La cuenta la cierro el viernes"), not the dots of
                // "p.m.": a day named in another sentence is no day of the call.
                let ends = (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"))
                    && (index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ")) && (digits || current.count >= 2)
                flush()
                digits = false
                if byte == UInt8(ascii: "-") { tokens.append("-") }
                if ends { tokens.append(Self.sentenceEnd) }
            }
        }
        flush()
        return tokens
    }
}

extension CallbackTime {
    struct Reader {
        let tokens: [String]

        /// Every day and part-of-day word the reader knows, for the quick look.
        static let timeWords: Set<String> = [
            "tomorrow", "tmrw", "tmr", "today", "tonight", "morning", "afternoon", "evening", "midday", "noon", "lunchtime",
            "manana", "tarde", "noche", "hoy", "mediodia", "dema", "avui", "hui", "mati", "matinada", "tarda", "vespre",
            "vesprada", "migdia", "nit", "demati", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes",
            "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "dilluns", "dimarts", "dimecres", "dijous",
            "divendres", "dissabte", "diumenge", "capvespre", "horabaixa", "lhorabaixa", "mornings", "afternoons", "evenings",
            "mananas", "tardes", "noches", "matins", "vesprades", "vespres", "nits", "quart", "quarts", "quarter", "lunch", "almuerzo",
            "almorzar", "dinar", "comer",
            // Hours in words ("a las ocho", "at eight", "a les huit"); not "one", "una" or "set", too common to look
            // further at every message (those hours are read when a digit or another time word is there).
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dos", "tres", "cuatro",
            "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "dues", "quatre", "cinc", "sis", "vuit", "huit",
            "nou", "deu", "onze", "dotze",
        ]

        func read() -> CallbackTime? {
            var day: Day?
            var part: (from: Int, to: Int)?
            var partUsed = false
            var hour: (kind: Kind, from: Int, to: Int)?
            // "A les 8 del matí no, cap a les 9 i mitja del vespre": an hour turned down gives way to the next one.
            var hourRejected = false
            var past = false
            var index = 0
            // The sentence of the day and of the hour, and the sentences that speak of a call.
            var sentence = 0, daySentence = 0, hourSentence = 0
            var callSentences: Set<Int> = []
            while index < tokens.count {
                if tokens[index] == CallbackTime.sentenceEnd {
                    sentence += 1
                    index += 1
                    continue
                }
                if Self.isCallWord(tokens[index]) { callSentences.insert(sentence) }
                if let time = number(at: index) {
                    let corrects = hour != nil && isCorrection(before: index)
                    if hour == nil || hourRejected || corrects, var found = readHour(time.value, at: index, end: time.end) {
                        // "Estoy ocupado hasta las 5", "in a meeting till 10": free from that hour on.
                        if found.kind == .before, tokens[max(0, index - 5)..<index].contains(where: Self.busyWords.contains) {
                            found.kind = .after
                            found.from = found.to
                            found.to = max(found.to + 60, Self.dayEnds)
                        }
                        let rejected = isRejected(hourAt: index, next: found.next, kind: found.kind)
                        if hour == nil || !rejected {
                            hour = (found.kind, found.from, found.to)
                            hourSentence = sentence
                            hourRejected = rejected
                            partUsed = partUsed || found.qualified
                        }
                        index = found.next
                        continue
                    }
                } else if let named = dayNamed(at: index) {
                    // "demà tinc sopar, millor dimecres": a day preferred outranks one named before it.
                    if day == nil || prefers(dayAt: index) {
                        if named != .dayAfterTomorrow, isPast(dayAt: index) {
                            past = true
                        } else {
                            day = named
                            daySentence = sentence
                        }
                    }
                } else if part == nil, let named = partOfDay(at: index) {
                    part = named
                }
                index += 1
            }
            // "I called at 3pm yesterday and nobody answered" tells what happened, not when to call.
            if day == nil, past || tokens.contains(where: { Self.pastDays.contains($0) }) { return nil }
            let mentionsCall = !callSentences.isEmpty
            // "Llámame a partir de las 6. La cuenta vieja la cierro el viernes": the day is another matter's.
            if day != nil, hour != nil, daySentence != hourSentence, !callSentences.contains(daySentence) { day = nil }
            if let hour {
                return CallbackTime(day: day, kind: hour.kind, from: hour.from, to: hour.to, mentionsCall: mentionsCall)
            }
            if let part, !partUsed {
                return CallbackTime(day: day, kind: .partOfDay, from: part.from, to: part.to, mentionsCall: mentionsCall)
            }
            if let day { return CallbackTime(day: day, kind: .day, from: Self.dayStarts, to: Self.dayEnds, mentionsCall: mentionsCall) }
            return nil
        }

        // MARK: Hours

        /// An hour at `index` (its number ending before `end`) with the words that make it one, and the index after
        /// them.
        private func readHour(_ time: (hour: Int, minute: Int, exact: Bool), at index: Int, end: Int)
            -> (kind: Kind, from: Int, to: Int, next: Int, qualified: Bool)?
        {
            guard time.hour <= 24 else { return nil }
            let (qualifier, afterQualifier) = self.qualifier(after: end)
            // "a las 2 horas" is a while; "a las 10, hora peninsular" the hour on a clock (``CustomerZone``).
            // "a las 9 de México" and "las 9 de acá" are hours on a clock, read with the number before the place.
            if qualifier == nil, afterQualifier < tokens.count, Self.units.contains(tokens[afterQualifier]),
               CustomerZone.find(in: Array(tokens[index...].prefix(6))) == nil,
               !(afterQualifier + 1 < tokens.count && Self.hereWords.contains(tokens[afterQualifier + 1]))
            {
                return nil
            }
            let before = preposition(before: index)
            // "between 12 and 2", "de 9 a 11", "des de les 4 fins a les 6", and "les 3 i les 5" with no word before.
            let bareRange = before == nil && index > 0 && Self.hourArticles.contains(tokens[index - 1])
            if bareRange || before == .between || before == .from,
               let (second, secondEnd) = secondNumber(after: afterQualifier), second.hour <= 24
            {
                let (secondQualifier, next) = self.qualifier(after: secondEnd)
                let end = Self.minutes(second, qualifier: secondQualifier ?? qualifier)
                var start = Self.minutes(time, qualifier: qualifier ?? secondQualifier)
                if start >= end, start >= 12 * 60, qualifier == nil { start -= 12 * 60 }
                guard start < end else { return nil }
                return (.between, start, end, next, qualifier != nil || secondQualifier != nil)
            }
            let kind: Kind
            switch before {
            case .after?, .from?: kind = .after
            case .before?: kind = .before
            case .around?: kind = .around
            case .at?: kind = .at
            case .between?: return nil
            case nil:
                // A bare number is an hour only when written as one ("10am", "17h", "9:30", "a las ocho").
                guard qualifier != nil || time.exact || (end > index + 1 && Self.wordHours[tokens[index]] != nil && index > 0
                    && Self.hourArticles.contains(tokens[index - 1])) else { return nil }
                kind = .at
            }
            let minute = Self.minutes(time, qualifier: qualifier)
            let window: (Int, Int)
            switch kind {
            case .after: window = (minute, max(minute + 60, Self.dayEnds))
            case .before: window = (min(Self.dayStarts, minute - 60), minute)
            case .around: window = (minute, minute + 60)
            default: window = (minute, minute + 60)
            }
            // `from` is the time said, except before it, where it is the start of the window and `to` the time said.
            return (kind, kind == .before ? window.0 : minute, window.1, afterQualifier, qualifier != nil)
        }

        private enum Preposition { case after, before, around, at, between, from }

        /// The word or words before the number at `index`, over an article ("a las 9", "the 9 o'clock").
        private func preposition(before index: Int) -> Preposition? {
            var end = index
            if end > 0, tokens[end - 1] == "half" { end -= 1 }
            // "around a quarter to seven"
            if end > 1, tokens[index] == "quarter", tokens[end - 1] == "a" { end -= 1 }
            if end > 0, ["las", "les", "la", "the", "l"].contains(tokens[end - 1]) { end -= 1 }
            func ends(with words: [String]) -> Bool {
                guard end >= words.count else { return false }
                return Array(tokens[(end - words.count)..<end]) == words
            }
            for (words, preposition) in Self.prepositions where ends(with: words) { return preposition }
            return nil
        }

        private static let prepositions: [([String], Preposition)] = [
            (["no", "antes", "de"], .after), (["no", "abans", "de"], .after), (["not", "before"], .after),
            (["a", "partir", "de"], .after), (["despues", "de"], .after), (["despres", "de"], .after), (["after"], .after),
            (["passades"], .after), (["later", "than"], .after), (["mas", "tarde", "de"], .after), (["no", "later", "than"], .before),
            (["antes", "de"], .before), (["abans", "de"], .before), (["before"], .before), (["until"], .before), (["till"], .before),
            (["hasta"], .before), (["fins", "a"], .before), (["fins"], .before),
            (["around"], .around), (["about"], .around), (["sobre"], .around), (["hacia"], .around), (["eso", "de"], .around),
            (["cap", "a"], .around), (["entorn", "de"], .around), (["voltant", "de"], .around), (["tipo"], .around),
            (["como", "a"], .around), (["approx"], .around), (["aprox"], .around), (["roughly"], .around),
            (["between"], .between), (["entre"], .between),
            (["des", "de"], .from), (["desde"], .from), (["from"], .from), (["de"], .from),
            (["at"], .at), (["a"], .at), (["al"], .at),
            // "Actually make it 10", "I meant 7", "vull dir les 7", "quiero decir a las 9", "dije las 9", "he dit les 9".
            (["make", "it"], .at), (["meant"], .at), (["mean"], .at), (["dir"], .at), (["decir"], .at), (["dije"], .at),
            (["said"], .at), (["dit"], .at),
        ]

        /// The second number of a range: "and 2", "y las 2", "i les 2", "to 5", "a 11", "- 14", "fins a les 6", and
        /// the index after it.
        private func secondNumber(after index: Int) -> ((hour: Int, minute: Int, exact: Bool), Int)? {
            var next = index
            guard next < tokens.count, Self.rangeJoiners.contains(tokens[next]) else { return nil }
            next += 1
            if next < tokens.count, tokens[next] == "a", tokens[next - 1] == "fins" { next += 1 }
            if next < tokens.count, ["las", "les", "la", "the"].contains(tokens[next]) { next += 1 }
            guard next < tokens.count, let number = number(at: next, afterJoiner: true) else { return nil }
            return (number.value, number.end)
        }

        /// The hour at `index` — digits ("9", "9:30") or a word ("ocho", "eight", "huit") — with its half or quarter
        /// ("y media", "i mitja", "and a half", "thirty", "y cuarto", "i quart"), and the index after it. A word is
        /// an hour only after an article or a word of time ("a las ocho", "at eight", "after ten"), or, right after
        /// "and"/"y"/"a" in a range, as its second hour; "one" needs "am"/"pm" or "o'clock".
        func number(at index: Int, afterJoiner: Bool = false) -> (value: (hour: Int, minute: Int, exact: Bool), end: Int)? {
            let token = tokens[index]
            if let quarter = quarterHour(at: index) { return quarter }
            var value: (hour: Int, minute: Int, exact: Bool)
            if let digits = Self.number(token) {
                value = digits
            } else if let word = Self.wordHours[token] {
                let before = index > 0 ? tokens[index - 1] : ""
                let next = index + 1 < tokens.count ? tokens[index + 1] : ""
                guard afterJoiner || Self.hourArticles.contains(before) || Self.englishTimeWords.contains(before) else { return nil }
                if token == "one", !["am", "pm", "oclock"].contains(next) { return nil }
                value = (word, 0, false)
            } else {
                return nil
            }
            // "Half 12" is half past twelve.
            if index > 0, tokens[index - 1] == "half", value.minute == 0 { value = (value.hour, 30, true) }
            var end = index + 1
            for (words, minutes) in Self.minuteWords where value.minute == 0 {
                guard end + words.count <= tokens.count, Array(tokens[end..<(end + words.count)]) == words else { continue }
                value = minutes < 0 ? (value.hour == 1 ? 12 : value.hour - 1, 60 + minutes, true) : (value.hour, minutes, true)
                end += words.count
                break
            }
            // "A las ocho", "at eight pm", "a les huit i mitja de la vesprada", not "de las tres facturas".
            if Self.wordHours[token] != nil, end < tokens.count, !Self.wordHourFollowers.contains(tokens[end]) { return nil }
            return (value, end)
        }

        /// An hour told by its quarters, starting at `index`: Catalan "dos quarts de sis" (half past five), "un quart
        /// d'una", "tres quarts de 10"; English "quarter past six", "half past 5", "a quarter to seven".
        private func quarterHour(at index: Int) -> (value: (hour: Int, minute: Int, exact: Bool), end: Int)? {
            func hour(at position: Int) -> Int? {
                guard position < tokens.count else { return nil }
                let token = tokens[position]
                if let digits = Self.number(token), digits.minute == 0, digits.hour >= 1, digits.hour <= 12 { return digits.hour }
                return Self.wordHours[token]
            }
            func before(_ hour: Int) -> Int { hour == 1 ? 12 : hour - 1 }
            guard index + 2 < tokens.count else { return nil }
            let token = tokens[index]
            if let quarters = Self.quarterCounts[token], ["quart", "quarts"].contains(tokens[index + 1]) {
                // "dos quarts de sis"; "un quart d'una", its apostrophe dropped or not.
                if ["de", "d"].contains(tokens[index + 2]), let said = hour(at: index + 3) {
                    return ((before(said), quarters * 15, true), index + 4)
                }
                if let said = Self.elidedHours[tokens[index + 2]] { return ((before(said), quarters * 15, true), index + 3) }
                return nil
            }
            if token == "quarter" || token == "half" {
                let link = tokens[index + 1]
                guard let said = hour(at: index + 2) else { return nil }
                if ["past", "after"].contains(link) { return ((said, token == "half" ? 30 : 15, true), index + 3) }
                if token == "quarter", ["to", "till", "before"].contains(link) { return ((before(said), 45, true), index + 3) }
            }
            return nil
        }

        /// Hours after "d'" with the apostrophe dropped: "un quart d'una", "tres quarts d'onze".
        private static let elidedHours: [String: Int] = ["duna": 1, "donze": 11]

        /// How many quarters Catalan hours count: "un quart", "dos quarts", "tres quarts".
        private static let quarterCounts: [String: Int] = ["un": 1, "1": 1, "dos": 2, "2": 2, "tres": 3, "3": 3]

        /// What may follow an hour in words: a half of the day, a range, a day, a refusal, please.
        private static let wordHourFollowers: Set<String> = [
            "am", "pm", "oclock", "h", "de", "del", "in", "at", "y", "i", "e", "and", "o", "or", "a", "to", "-",
            "hasta", "fins", "till", "until", "no", "not", "por", "per", "please", "pls", "plz", "porfa", "sisplau",
            "si", "if", "que", "tomorrow", "manana", "dema", "today", "hoy", "avui", "hui", "en", "ish", "tonight",
            "on", "el", "al", "mas", "mes", "more", "aprox", "approx", "tops", "max", "como", "com", "then", "luego",
            "despres", "after", "before", CallbackTime.sentenceEnd, "eh", "ok", "vale", "val", "mejor", "millor", "better",
            "instead", "entonces", "llavors", "thanks", "gracias", "gracies",
        ]

        /// Whether the hour at `index`, read up to `next`, is turned down: "a les 8 del matí no", "not at 9", "10 not 9".
        private func isRejected(hourAt index: Int, next: Int, kind: Kind) -> Bool {
            if next < tokens.count, Self.refusals.contains(tokens[next]) { return true }
            // "A las 8 estoy currando", "at 8 I'm at work": the customer is busy then ("after 10, I'm busy until 10"
            // asks for after 10).
            if kind != .after, kind != .before, tokens[next..<min(tokens.count, next + 3)].contains(where: Self.busyWords.contains) {
                return true
            }
            var start = index
            if start > 0, ["las", "les", "la", "the"].contains(tokens[start - 1]) { start -= 1 }
            if start > 0, ["at", "a"].contains(tokens[start - 1]) { start -= 1 }
            return start > 0 && Self.refusals.contains(tokens[start - 1])
        }

        private static let refusals: Set<String> = ["no", "not", "nope", "nah"]

        /// Whether a word just before the hour at `index` (over its preposition and article) puts it in place of one
        /// said before: "6pm... actually 7pm", "a las 8 estoy currando, mejor a partir de las 3", "millor a les 5".
        private func isCorrection(before index: Int) -> Bool {
            tokens[max(0, index - 5)..<index].contains { Self.correctionWords.contains($0) }
        }

        private static let correctionWords: Set<String> = [
            "actually", "rather", "instead", "better", "sorry", "mejor", "perdon", "perdona", "bueno", "millor", "perdo",
            "corrijo", "corregeixo", "meant", "mean", "dir", "decir", "dije", "said", "dit",
        ]

        /// Words of being busy at an hour ("estoy currando", "I'm at work", "treballo").
        private static let busyWords: Set<String> = [
            "currando", "trabajando", "trabajo", "curro", "ocupado", "ocupada", "working", "work", "busy", "treballo",
            "treballant", "ocupat", "ocupada", "feina", "reunion", "reunio", "meeting", "clase", "classe",
        ]

        /// Hours said in words, in the three languages.
        static let wordHours: [String: Int] = [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12,
            "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
            "once": 11, "doce": 12,
            "dues": 2, "quatre": 4, "cinc": 5, "sis": 6, "set": 7, "vuit": 8, "huit": 8, "nou": 9, "deu": 10, "onze": 11,
            "dotze": 12,
        ]

        /// The articles hours take in Spanish and Catalan: "a las ocho", "a la una", "a les huit".
        private static let hourArticles: Set<String> = ["las", "les", "la"]
        /// English words after which a number word is an hour: "at eight", "after ten", "around nine".
        private static let englishTimeWords: Set<String> = ["at", "after", "around", "about", "before", "from", "between", "until", "till", "by"]

        /// Half and quarter hours after the hour.
        private static let minuteWords: [([String], Int)] = [
            (["y", "media"], 30), (["i", "mitja"], 30), (["and", "a", "half"], 30), (["thirty"], 30), (["y", "cuarto"], 15),
            (["i", "quart"], 15), (["fifteen"], 15), (["forty", "five"], 45), (["fortyfive"], 45),
            // "A las seis menos cuarto": a quarter before the hour.
            (["menos", "cuarto"], -15), (["menys", "quart"], -15),
        ]

        private static let rangeJoiners: Set<String> = ["and", "y", "i", "to", "a", "-", "till", "until", "hasta", "fins", "e"]

        /// What follows a number and says which half of the day it is in, and the index after it.
        private func qualifier(after index: Int) -> (Qualifier?, Int) {
            for (words, qualifier) in Self.qualifiers {
                let end = index + words.count
                if end <= tokens.count, Array(tokens[index..<end]) == words { return (qualifier, end) }
            }
            return (nil, index)
        }

        enum Qualifier { case morning, afternoon, midday, plain }

        private static let qualifiers: [([String], Qualifier)] = [
            (["de", "la", "manana"], .morning), (["del", "mati"], .morning), (["in", "the", "morning"], .morning),
            (["am"], .morning), (["a", "m"], .morning),
            (["de", "la", "tarde"], .afternoon), (["de", "la", "tarda"], .afternoon), (["del", "vespre"], .afternoon),
            (["de", "la", "nit"], .afternoon), (["de", "la", "noche"], .afternoon), (["in", "the", "afternoon"], .afternoon),
            (["in", "the", "evening"], .afternoon), (["at", "night"], .afternoon), (["pm"], .afternoon), (["p", "m"], .afternoon),
            (["de", "la", "vesprada"], .afternoon), (["del", "capvespre"], .afternoon), (["de", "lhorabaixa"], .afternoon),
            (["de", "la", "horabaixa"], .afternoon), (["de", "horabaixa"], .afternoon),
            (["del", "migdia"], .midday), (["del", "mediodia"], .midday), (["de", "mediodia"], .midday),
            (["oclock"], .plain), (["h"], .plain), (["hs"], .plain), (["hrs"], .plain), (["ish"], .plain),
            (["en", "punt"], .plain), (["en", "punto"], .plain),
        ]

        /// "de acá", "d'aquí": the customer's own clock, where they said they are (see ``CustomerZone``).
        static let hereWords: Set<String> = ["aca", "aqui"]

        /// Words after a number that make it no hour: "after 3 days", "a las 2 semanas", "about 20 euros".
        private static let units: Set<String> = [
            "day", "days", "dia", "dias", "dies", "week", "weeks", "semana", "semanas", "setmana", "setmanes",
            "month", "months", "mes", "meses", "mesos", "year", "years", "ano", "anos", "any", "anys",
            "hour", "hours", "hora", "horas", "hores", "min", "mins", "minute", "minutes", "minuto", "minutos", "minut", "minuts",
            "euro", "euros", "eur", "e", "pound", "pounds", "dollar", "dollars", "dolares", "pesos", "gb", "mb", "megas", "gigas", "gigues", "megues", "gigabytes", "megabytes", "gigs", "megs",
            "times", "veces", "vegades", "cops", "x", "of", "de", "del", "items", "orders", "pedidos", "comandes", "unidades",
        ]

        /// A number token as an hour and minute; `exact` when written with its minutes ("9:30").
        static func number(_ token: String) -> (hour: Int, minute: Int, exact: Bool)? {
            guard let first = token.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
            let parts = token.split(separator: ":")
            guard let hour = Int(parts[0]), parts[0].count <= 2 else { return nil }
            guard parts.count == 2 else { return (hour, 0, false) }
            guard let minute = Int(parts[1]), parts[1].count == 2, minute < 60 else { return nil }
            return (hour, minute, true)
        }

        /// Minutes after midnight: "4 de la tarde" is 16:00, "9 del matí" 09:00; a plain 1 to 7 is afternoon (nobody
        /// asks for a call at 4 in the morning), 8 to 12 as said.
        static func minutes(_ time: (hour: Int, minute: Int, exact: Bool), qualifier: Qualifier?) -> Int {
            var hour = time.hour % 24
            switch qualifier {
            case .afternoon?: if hour < 12 { hour += 12 }
            case .morning?: if hour == 12 { hour = 0 }
            case .midday?: if hour >= 1, hour <= 5 { hour += 12 }
            case .plain?, nil: if hour >= 1, hour <= 7 { hour += 12 }
            }
            return hour * 60 + time.minute
        }

        // MARK: Days and parts of the day

        private func dayNamed(at index: Int) -> Day? {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            // "pasado mañana", "demà passat", "passat demà", "the day after tomorrow".
            if (token == "pasado" && next == "manana") || (token == "passat" && next == "dema") || (token == "dema" && next == "passat")
                || (token == "tomorrow" && index >= 2 && tokens[index - 2] == "day" && tokens[index - 1] == "after")
            {
                return .dayAfterTomorrow
            }
            if token == "manana" && index > 0 && tokens[index - 1] == "pasado" { return nil }
            if ["today", "tonight", "hoy", "avui", "hui"].contains(token) { return .today }
            if ["tomorrow", "tmrw", "tmr", "dema", "manana"].contains(token) {
                // "por la mañana", "esta mañana", "de la mañana" are the morning, not tomorrow.
                if isMorning(at: index) { return nil }
                return .tomorrow
            }
            if ["this", "esta", "aquest", "aquesta"].contains(token), index + 1 < tokens.count,
               ["morning", "afternoon", "evening", "manana", "tarde", "noche", "mati", "tarda", "vespre", "nit"].contains(tokens[index + 1])
            {
                return .today
            }
            return Self.weekdays[token].map { .weekday($0) }
        }

        /// Whether the day at `index` is said as the one preferred: "better Wednesday", "mejor el miércoles", "millor
        /// dimecres", "prefereixo dijous".
        private func prefers(dayAt index: Int) -> Bool {
            tokens[max(0, index - 3)..<index].contains { Self.preferring.contains($0) }
        }

        private static let preferring: Set<String> = [
            "better", "rather", "prefer", "preferably", "instead", "mejor", "prefiero", "preferiblemente", "preferentemente",
            "millor", "prefereixo", "preferiblement", "preferentment",
        ]

        /// Whether the day at `index` is one that passed: "since Tuesday", "desde el martes", "des de dimarts",
        /// "last Monday", "el lunes pasado", "dilluns passat".
        private func isPast(dayAt index: Int) -> Bool {
            let before = tokens[max(0, index - 2)..<index]
            return before.contains { ["since", "desde", "des", "last", "pasado", "passat"].contains($0) }
                || (index + 1 < tokens.count && ["pasado", "passat", "pasada", "passada"].contains(tokens[index + 1]))
        }

        private static let weekdays: [String: Int] = [
            "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
            "domingo": 1, "lunes": 2, "martes": 3, "miercoles": 4, "jueves": 5, "viernes": 6, "sabado": 7,
            "diumenge": 1, "dilluns": 2, "dimarts": 3, "dimecres": 4, "dijous": 5, "divendres": 6, "dissabte": 7,
        ]

        /// Whether "mañana" at `index` is the morning ("por la mañana", "esta mañana"), not tomorrow.
        private func isMorning(at index: Int) -> Bool {
            tokens[index] == "manana" && index > 0 && ["la", "esta", "una"].contains(tokens[index - 1])
        }

        private func partOfDay(at index: Int) -> (from: Int, to: Int)? {
            let token = tokens[index]
            // A greeting or a farewell is no time to call: "Bona nit i gràcies", "buenas tardes", "good evening".
            if index > 0, ["bona", "bones", "bon", "buenas", "buenos", "buena", "good", "feliz"].contains(tokens[index - 1]) { return nil }
            switch token {
            // Plurals are the customer's habit: "por las tardes", "in the mornings", "als matins".
            case "morning", "mornings", "mati", "matins", "matinada", "demati", "dematinada", "mananas": return Self.morning
            case "manana":
                return isMorning(at: index) ? Self.morning : nil
            case "midday", "noon", "lunchtime", "migdia", "mediodia", "migdies", "mediodias": return Self.midday
            case "afternoon", "afternoons", "tarde", "tardes", "tarda", "vesprada", "vesprades", "horabaixa", "lhorabaixa":
                return Self.afternoon
            // "After lunch", "después de almuerzo", "després de dinar": the afternoon.
            case "lunch", "almuerzo", "almorzar", "comer", "dinar":
                let after = index > 0 && tokens[index - 1] == "after"
                    || index > 1 && ["despues", "despres"].contains(tokens[index - 2]) && tokens[index - 1] == "de"
                return after ? Self.afternoon : nil
            case "evening", "evenings", "tonight", "noche", "noches", "vespre", "vespres", "nit", "nits", "capvespre": return Self.evening
            default: return nil
            }
        }

        static let dayStarts = 8 * 60, dayEnds = 22 * 60
        private static let morning = (8 * 60, 13 * 60), midday = (12 * 60, 15 * 60)
        private static let afternoon = (15 * 60, 20 * 60), evening = (19 * 60, 22 * 60)

        private static let pastDays: Set<String> = ["yesterday", "ayer", "ahir", "anteayer", "anteahir", "abansdahir"]

        static func isCallWord(_ token: String) -> Bool { callWords.contains { token.hasPrefix($0) } }

        /// Beginnings of words for calling or contacting, in the three languages.
        private static let callWords = ["call", "ring", "phon", "callback", "contact", "llam", "truc", "truq", "telefon", "crid",
                                        "contat", "rellam"]
    }
}

/// A message read sentence by sentence where the whole misleads: thanks or an acknowledgement, then a question
/// (the question is what the message asks).
extension Understander {
    /// The match of what follows an opening sentence that only thanks or acknowledges ("Muchas gracias, muy amable.
    /// ¿Y hasta qué hora atienden?", "Ja l'he rebut, moltes gràcies. I quin horari té el servei tècnic?"), when the
    /// whole message was read as that opening (or not understood) and the rest reads alone as another intent.
    func afterCourtesy(_ normalized: String, match: IntentMatch) -> IntentMatch? {
        guard let cut = normalized.firstIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return nil }
        let opening = String(normalized[..<cut])
        let rest = normalized[normalized.index(after: cut)...].drop { $0 == " " || $0 == "." || $0 == "!" || $0 == "?" }
        guard !rest.isEmpty, CustomerSignals.onlyThanksOrAcknowledges(TextNormalizer.words(opening).map(String.init)) else { return nil }
        let openingMatch = matcher.match(opening, logger: logger)
        guard !match.isUnderstood || match.intent == openingMatch.intent else { return nil }
        let later = matcher.match(String(rest), logger: logger)
        return later.isUnderstood && later.intent != openingMatch.intent ? later : nil
    }
}

/// The one clear question of a message not understood as a whole.
extension Understander {
    /// The match of the question a message not understood as a whole asks, when read alone it is surely one
    /// intent: what comes before is the story ("doncs potser la va fer la meva parella amb el seu compte. Quant sol
    /// trigar un enviament normal?"), what comes after a word of context ("y a qué hora cierran? por si se corta",
    /// "i el diumenge també obriu? x si de cas"). Every sentence ending in a question mark is read alone; when they
    /// surely read as different intents the message asks more than one thing, and none is chosen.
    func clearQuestion(_ normalized: String) -> IntentMatch? {
        var sure: [IntentMatch] = []
        var start = normalized.startIndex
        for index in normalized.indices where normalized[index] == "." || normalized[index] == "!" || normalized[index] == "?" {
            defer { start = normalized.index(after: index) }
            guard normalized[index] == "?" else { continue }
            var question = normalized[start..<index].drop { $0 == " " || $0 == "¿" || $0 == "." || $0 == "!" || $0 == "?" }
            // "i el diumenge també obriu?": the "and" joins the question to what came before, and read alone it
            // only blurs the question.
            if let space = question.firstIndex(of: " "), Self.joiningWords.contains(String(question[..<space])) {
                question = question[question.index(after: space)...]
            }
            // A message that is one question was read as a whole already.
            guard start != normalized.startIndex || normalized.index(after: index) != normalized.endIndex,
                  TextNormalizer.words(String(question)).count >= 3 else { continue }
            // A request for a person is the detector's to see, in the whole message.
            let match = matcher.match(question + "?", excluding: humanIntents, logger: logger)
            if match.isUnderstood, match.confidence >= Self.clearQuestionConfidence { sure.append(match) }
        }
        guard let first = sure.first, sure.allSatisfy({ $0.intent == first.intent }) else { return nil }
        return sure.max { $0.confidence < $1.confidence }
    }

    /// How sure the reading of a question alone must be: a story around it that reads as nothing is no evidence
    /// either way, so only a question clear on its own stands for the message.
    static let clearQuestionConfidence = 0.9

    /// Words that join a question to what came before it: "and", "y", "i", "e".
    static let joiningWords: Set<String> = ["and", "y", "i", "e"]
}

/// A second question beside the one a message is read as.
extension Understander {
    /// The match of another question the message asks, when the message asks two things: one of its clauses reads
    /// as the message's intent, and a question among the others surely reads alone as one other intent ("where is
    /// order 4471 and how long do refunds take?", "¿cuándo llega el 6020? Y otra cosa, ¿cuánto tarda un
    /// reembolso?"). Nothing when the other questions read as more than one other intent, or none surely.
    func otherQuestion(_ normalized: String, main: IntentMatch) -> IntentMatch? {
        guard let mainIntent = main.intent else { return nil }
        let clauses = Self.clauses(normalized).filter { TextNormalizer.words($0.text).count >= Self.otherQuestionWords }
        // Most messages have no second question: the clauses that ask are read first, the rest only if one of them
        // surely asks something else.
        guard clauses.count >= 2, clauses.contains(where: \.asks) else { return nil }
        var other: IntentMatch?
        var mainRead = false
        for clause in clauses where clause.asks {
            // "¿Usted me podría ayudar?" beside the matter only asks for help with it: no question of its own.
            if TextNormalizer.words(clause.text).allSatisfy({ Self.helpPleaWords.contains(String($0)) }) { continue }
            let match = matcher.match(clause.text + "?", excluding: humanIntents, logger: logger)
            guard let intent = match.intent else { continue }
            if intent == mainIntent {
                mainRead = true
            } else if match.source == .pattern || match.confidence >= Self.clearQuestionConfidence {
                guard other == nil || other?.intent == intent else { return nil }
                if other.map({ $0.confidence < match.confidence }) ?? true { other = match }
            }
        }
        guard let other else { return nil }
        if !mainRead {
            mainRead = clauses.contains { !$0.asks && matcher.match($0.text, excluding: humanIntents, logger: logger).intent == mainIntent }
        }
        return mainRead ? other : nil
    }

    /// The clauses of normalized text: its sentences, and within one the parts a joining word opens with a question
    /// word ("…order 4471 and how long…", "…el 6020 y cuánto…"), each without its opening joiner ("also", "y otra
    /// cosa"), and whether it asks (a question mark, or a question word first).
    static func clauses(_ normalized: String) -> [(text: String, asks: Bool)] {
        var clauses: [(text: String, asks: Bool)] = []
        func add(_ words: [String], questionMark: Bool) {
            var words = words[...]
            while let phrase = leadIns.first(where: { words.starts(with: $0) }) { words = words.dropFirst(phrase.count) }
            guard !words.isEmpty else { return }
            clauses.append((words.joined(separator: " "), questionMark || clauseOpeners.contains(words.first!)))
        }
        var start = normalized.startIndex
        for index in normalized.indices where ".!?".contains(normalized[index]) || normalized.index(after: index) == normalized.endIndex {
            let end = ".!?".contains(normalized[index]) ? index : normalized.endIndex
            let sentence = TextNormalizer.words(String(normalized[start..<end])).map(String.init)
            var from = 0
            for (position, word) in sentence.enumerated() where position > from && position + 1 < sentence.count
                && (word == "i" ? catalanOpeners : joiningWords.contains(word) ? clauseOpeners : []).contains(sentence[position + 1]) {
                add(Array(sentence[from..<position]), questionMark: false)
                from = position + 1
            }
            add(Array(sentence[from...]), questionMark: end != normalized.endIndex && normalized[end] == "?")
            start = end == normalized.endIndex ? end : normalized.index(after: end)
        }
        return clauses
    }

    /// The characters that end a sentence.
    static let clauseBreaks: Set<Character> = [".", "!", "?"]

    /// The fewest words of a clause read alone for a second question.
    static let otherQuestionWords = 3

    /// The words of a clause that only asks for help ("can you help me please?", "¿usted me podría ayudar?", "em
    /// pot ajudar, si us plau?").
    static let helpPleaWords: Set<String> = [
        "can", "could", "would", "you", "u", "please", "pls", "help", "me", "us", "i", "need", "some", "a", "bit", "of",
        "hi", "hello", "there", "usted", "ustedes", "me", "nos", "puede", "pueden", "puedes", "podria", "podrian", "podrias",
        "ayudar", "ayudarme", "ayuda", "ayudenme", "ayudame", "por", "favor", "necesito", "un", "poco", "de", "alguien",
        "hola", "buenas", "em", "ens", "pot", "poden", "pots", "podria", "podrien", "podries", "ajudar", "ajudarme",
        "ajuda", "ajudam", "ajudim", "si", "us", "plau", "necessito", "una", "mica", "algu", "voste", "vosaltres", "xfa",
        "porfa", "porfavor", "good", "morning", "afternoon", "evening", "buenos", "noches", "dias", "tardes", "bon", "bona",
        "dia", "tarda", "nit", "vespre", "bones",
    ]

    /// Words that open a question clause after a joining word, beside ``Understood/questionOpeners``: "how",
    /// "cómo", "com", "on".
    static let clauseOpeners: Set<String> = Understood.questionOpeners.union(["how", "como", "com", "on", "what"])

    /// The question words that may follow the Catalan "i" to open a clause: not English ones ("…and i can see it").
    static let catalanOpeners: Set<String> = [
        "quan", "quant", "quanta", "quants", "quantes", "qui", "quin", "quina", "quins", "quines", "puc", "podeu", "sabeu", "com", "on",
    ]

    /// What opens a clause without saying anything: "and", "also", "y otra cosa", "per cert".
    static let leadIns: [[String]] = [
        ["and"], ["also"], ["plus"], ["y"], ["e"], ["i"], ["tambien"], ["ademas"], ["tambe"], ["another", "thing"],
        ["one", "more", "thing"], ["by", "the", "way"], ["otra", "cosa"], ["otra", "pregunta"], ["por", "cierto"],
        ["una", "altra", "cosa"], ["altra", "cosa"], ["una", "altra", "pregunta"], ["a", "mes"], ["per", "cert"],
    ]
}

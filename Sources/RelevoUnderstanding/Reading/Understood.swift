/// Everything understanding makes of one customer message, in one value: the rest of the turn reads it and
/// never goes back to the text.
public struct Understood: Sendable {
    /// The message as stored: cleaned of control characters, its payment data masked (unless the policy says
    /// `store_unmasked_payment_data: true`) and, when too long, cut at the limit.
    public var text: String
    /// Whether the message was over the bot's length limit (then only a request for a person and the
    /// customer's signals are read from its first part; it is answered "too long" otherwise).
    public var tooLong: Bool
    /// The case- and accent-folded text matched against patterns and examples (empty for an empty message).
    public var normalized: String
    /// The words of `normalized`, split once.
    public var words: [String]
    /// The intent the message expresses, if understood.
    public var match: IntentMatch
    /// The customer asks for a person — recognised by the library in any wording (see ``PersonRequest``), or by
    /// the bot's own `requests_human` intent — with the queue of the department they named. Set even when the
    /// message also asks something else: a request for a person is answered by one, not by an answer.
    public var personRequest: PersonRequest?
    /// Another question the message asks beside its intent, surely read alone as another intent ("where is order
    /// 4471 and how long do refunds take?"): the bot answers it too when it can at once.
    public var alsoAsks: IntentMatch?
    /// The language to answer in.
    public var language: Language
    /// Whether `language` is a guess no message of the session has given evidence for ("hola" is Spanish or
    /// Catalan): then any evidence of another language changes it.
    public var languageTentative: Bool
    /// How the message sounds: frustration, "that did not help".
    public var signals: CustomerSignals
    /// For an upset message whose intent is no team's ("this is ridiculous!!! you charged me twice"): the intent of
    /// what it is about, when that points at a team, so that the person who takes over is from that team.
    public var teamIntent: String?
    /// The slot values present in the message, by slot name.
    public var entities: [String: String]
    /// When the customer would like to be called, if the message says ("call me tomorrow after 5pm").
    public var callbackTime: CallbackTime?
    /// The time zone the customer said they are in or gave a time on ("estoy en México", "I'm in Lisbon", "10am UK
    /// time"): an IANA identifier. The session keeps it for the times said later ("a las 9 de acá").
    public var customerZone: String?
    /// How the message addresses the bot in Spanish or Catalan (usted/vostè or tú/tu), when it shows.
    public var register: Register?
    /// The values after the first of a slot the message gives several of ("orders 5512 and 7389"), by slot name.
    public var otherValues: [String: [String]] = [:]
    /// Whether a message not understood reads as out of the bot's scope: another company's matter, or most like the
    /// library's out-of-scope messages ("can you recommend a restaurant?"), not gibberish or a muddle.
    public var outOfScope = false
    /// A reference to a case as the customer copied it ("R-DXRHQ5", "CMP-5589"), if any (``CaseReference``).
    public var caseReference: String?

    package init(text: String, tooLong: Bool, normalized: String, words: [String], match: IntentMatch,
                 personRequest: PersonRequest? = nil, alsoAsks: IntentMatch? = nil, language: Language, languageTentative: Bool = false, signals: CustomerSignals,
                 teamIntent: String? = nil, entities: [String: String], callbackTime: CallbackTime? = nil,
                 customerZone: String? = nil) {
        self.text = text
        self.tooLong = tooLong
        self.normalized = normalized
        self.words = words
        self.match = match
        self.personRequest = personRequest
        self.alsoAsks = alsoAsks
        self.language = language
        self.languageTentative = languageTentative
        self.signals = signals
        self.teamIntent = teamIntent
        self.entities = entities
        self.callbackTime = callbackTime
        self.customerZone = customerZone ?? callbackTime?.zone
    }

    /// Whether the message asks something: a question mark, or a word that opens a question ("how do I turn on
    /// roaming", "cuando me llaman", "quan obriu"), after words that only lead in ("ok how long will that be", "so
    /// when will they get back to me", "vale y cuándo me llaman").
    public var asksQuestion: Bool {
        guard !text.contains("?"), !words.prefix(3).contains(where: Self.askingWords.contains) else { return true }
        let opening = words.drop(while: Self.leadIns.contains)
        guard let first = opening.first else { return false }
        // Catalan "i" (and) leads in too, but "i can't log in" is English, and no question.
        if first == "i", let second = opening.dropFirst().first { return Self.catalanOpeners.contains(second) }
        return Self.questionOpeners.contains(first)
    }

    /// The question openers after which Catalan "i" (and) is no English "I": "i quan m'arriba".
    static let catalanOpeners: Set<String> = ["quan", "quant", "quanta", "quants", "quantes", "qui", "quin", "quina", "quins", "quines", "podeu", "sabeu"]

    /// Words a question may start with before the word that opens it.
    static let leadIns: Set<String> = [
        "ok", "okay", "oki", "okey", "so", "and", "but", "then", "well", "right", "alright", "hmm", "oh", "ah", "vale",
        "y", "pero", "pues", "entonces", "bueno", "bien", "doncs", "llavors", "be", "dacord", "val", "aleshores",
    ]

    /// Words that say a question is being asked ("le pregunto cuánto queda", "I'm asking how long").
    static let askingWords: Set<String> = ["asking", "pregunto", "preguntaba", "pregunte", "pregunt", "preguntava"]

    /// Words that open a question in English, Spanish and Catalan (normalized). Not "que", "como", "es", "com" or
    /// "on", which open as much else.
    static let questionOpeners: Set<String> = [
        "what", "whats", "when", "where", "wheres", "why", "how", "hows", "who", "whos", "which", "will", "would", "can",
        "could", "do", "does", "did", "is", "are", "should", "have", "has", "cuando", "donde", "cuanto", "cuanta",
        "cuantos", "cuantas", "quien", "quienes", "cual", "cuales", "puedo", "podeis", "pueden", "hay", "sabeis", "saben",
        "quan", "quant", "quanta", "quants", "quantes", "qui", "quin", "quina", "quins", "quines", "puc", "podeu",
        "sabeu",
    ]

    /// Whether nothing was written.
    public var isEmpty: Bool { normalized.isEmpty && !tooLong }
}

/// How the customer addresses the bot in Spanish or Catalan: formally (usted, vostè: "¿me podría decir…?",
/// "perdoni") or familiarly (tú, tu: "¿me puedes decir…?", "perdona"). The bot answers in the same register
/// when its texts have a formal form (`formal:` beside a text's languages).
///
/// English has no such register; a message with no sign of either leaves the session's register as it was.
public enum Register: String, Sendable, Hashable, Codable {
    case formal, informal

    /// The register `words` (normalized: lowercase, no accents or apostrophes) address the bot in, if they show
    /// one: the side with more signs wins.
    package static func read(_ words: [String], language: Language) -> Register? {
        let signs: (formal: Set<String>, informal: Set<String>, formalPairs: Set<String>, informalPairs: Set<String>,
                    pairEnds: Set<String>)
        switch language {
        case .spanish: signs = (spanishFormal, spanishInformal, spanishFormalPairs, spanishInformalPairs, spanishPairEnds)
        case .catalan: signs = (catalanFormal, catalanInformal, catalanFormalPairs, catalanInformalPairs, catalanPairEnds)
        default: return nil
        }
        var formal = 0, informal = 0
        for (index, word) in words.enumerated() {
            if signs.formal.contains(word) { formal += 1 } else if signs.informal.contains(word) { informal += 1 }
            // A pair is joined only where its second word stands: every message is read, most have none.
            guard index > 0, signs.pairEnds.contains(word) else { continue }
            let pair = words[index - 1] + " " + word
            if signs.formalPairs.contains(pair) { formal += 1 } else if signs.informalPairs.contains(pair) { informal += 1 }
        }
        return formal > informal ? .formal : informal > formal ? .informal : nil
    }

    /// The second words of the pairs, by language.
    static let spanishPairEnds = pairEnds(spanishFormalPairs.union(spanishInformalPairs))
    static let catalanPairEnds = pairEnds(catalanFormalPairs.union(catalanInformalPairs))

    private static func pairEnds(_ pairs: Set<String>) -> Set<String> {
        Set(pairs.compactMap { $0.split(separator: " ").last.map(String.init) })
    }

    /// Words that address the bot as usted. "Ustedes" is not among them: in Latin America it is every plural "you"
    /// ("¿ustedes abren el domingo?"), as "vostès" may be a plural in Catalan.
    static let spanishFormal: Set<String> = [
        "usted", "ud", "vd", "atentamente", "disculpe", "disculpeme", "perdone", "perdoneme", "oiga", "digame",
        "indiqueme", "expliqueme", "ayudeme", "atiendame", "paseme", "pongame", "comuniqueme", "llameme", "contacteme",
        "pasenme", "ayudenme", "diganme", "indiquenme", "expliquenme", "llamenme", "atiendanme", "tratara", "trate",
    ]
    /// Two words that address the bot as usted: "me puede…", "le agradecería…".
    static let spanishFormalPairs: Set<String> = [
        "me puede", "me podria", "le agradeceria", "le agradezco", "le ruego", "le pido", "le escribo", "le consulto",
        "le pregunto", "le comento", "le explico", "le digo", "le cuento", "puede decirme", "podria decirme",
        "puede indicarme", "podria indicarme", "puede ayudarme", "podria ayudarme", "puede explicarme",
        "podria explicarme", "sabe si", "sabria decirme", "es usted", "sea tan", "seria tan", "tenga en",
        // A letter: "Muy señores míos: me dirijo a ustedes… Les ruego…".
        "muy senores", "senores mios", "estimados senores", "me dirijo", "les ruego", "les agradeceria", "les escribo",
        "les pido", "reciban un",
    ]
    /// Words that address the bot as tú (or vos, or vosotros).
    static let spanishInformal: Set<String> = [
        "tu", "tus", "te", "ti", "contigo", "puedes", "podrias", "sabes", "tienes", "eres", "quieres", "dime", "oye", "perdona",
        "disculpa", "ayudame", "pasame", "ponme", "llamame", "explicame", "indicame", "vos", "podes", "tenes", "sos",
        "decime", "fijate", "vosotros", "vosotras", "podeis", "teneis", "sois", "sabeis", "pasadme", "decidme",
        "ayudadme", "llamadme", "vuestro", "vuestra", "vuestros", "vuestras", "os",
    ]
    static let spanishInformalPairs: Set<String> = ["me pasas", "me dices", "me ayudas", "me explicas"]

    /// Words that address the bot as vostè.
    static let catalanFormal: Set<String> = [
        "voste", "atentament", "perdoni", "disculpi", "escolti", "digui", "diguim", "miri", "ajudim", "passim", "truquim",
        "expliquim", "posim", "atenguim", "indiquim", "contactim", "majudi", "mexpliqui", "matengui",
    ]
    /// Two words that address the bot as vostè: "em pot…", "li agrairia…".
    static let catalanFormalPairs: Set<String> = [
        "em pot", "em podria", "li agrairia", "li agraeixo", "li prego", "li demano", "li escric", "li pregunto",
        "li explico", "li dic", "pot dirme", "podria dirme", "pot indicarme", "podria indicarme", "pot ajudarme",
        "podria ajudarme", "sap si", "sabria dirme", "sigui tan", "seria tan", "tingui en", "de voste",
        "benvolguts senyors", "em dirigeixo", "els prego", "els agrairia", "els escric", "rebin una",
    ]
    /// Words that address the bot as tu.
    static let catalanInformal: Set<String> = [
        "tu", "et", "teu", "teva", "teus", "teves", "tua", "pots", "podries", "saps", "tens", "ets", "vols", "digues",
        "diguem", "digam", "escolta", "perdona", "disculpa", "ajudam", "passam", "trucam", "explicam", "posam",
        "tagrairia", "tagraeixo", "tho", "majudaries",
    ]
    static let catalanInformalPairs: Set<String> = ["em passes", "em dius", "em truques", "em passaries"]
}

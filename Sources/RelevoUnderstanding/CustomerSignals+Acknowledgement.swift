extension CustomerSignals {
    /// Whether a message only acknowledges, or says that what it was told worked, in English, Spanish or Catalan:
    /// "ok, I'll try that", "hang on I'll try", "vale, ahora lo pruebo", "val, ara ho faig", "got it, thanks", "me
    /// llegó, ya pude", "ja m'ha arribat". Every word must be one of acknowledging and its small words, with at least
    /// one that acknowledges by itself; a message with anything else ("ok but the link has expired") says more.
    static func acknowledges(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= maximumAcknowledgementWords else { return false }
        return words.allSatisfy { acknowledgementWords.contains($0) || acknowledgementFillers.contains($0) }
            && words.contains(where: acknowledgementWords.contains)
    }

    /// Whether words only thank or acknowledge ("muchas gracias, muy amable", "ja l'he rebut, moltes gràcies", "ok
    /// thanks so much"): the opening sentence of a message that then asks something else.
    static func onlyThanksOrAcknowledges(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= maximumAcknowledgementWords else { return false }
        return words.allSatisfy { acknowledgementWords.contains($0) || acknowledgementFillers.contains($0) || courtesyWords.contains($0) }
            && words.contains { acknowledgementWords.contains($0) || thanksWords.contains($0) }
    }

    /// Whether words only thank or say goodbye, with at most an acknowledgement or a word of waiting ("fine.
    /// thanks", "ok I'll wait for their email. bye", "ahí va, gracias, chau", "gràcies, bon dia").
    static func closes(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= maximumAcknowledgementWords + 2 else { return false }
        return words.allSatisfy {
            acknowledgementWords.contains($0) || acknowledgementFillers.contains($0) || courtesyWords.contains($0)
                || farewellWords.contains($0) || waitingWords.contains($0) || thanksWords.contains($0)
        } && words.contains { thanksWords.contains($0) || farewellWords.contains($0) }
    }

    /// Goodbyes, normalized ("adeu" is "adéu").
    package static let farewellWords: Set<String> = [
        "bye", "goodbye", "byebye", "cya", "later", "adios", "chau", "chao", "ciao", "hasta", "luego", "pronto", "nos", "vemos",
        "adeu", "fins", "aviat", "despres", "nit", "noches", "night", "salut", "apa",
    ]

    /// Words of waiting, with what is waited for ("I'll wait for their email", "esperaré la llamada", "a esperar toca").
    static let waitingWords: Set<String> = [
        "wait", "waiting", "ill", "for", "their", "call", "them", "hear", "from", "esperar", "espero", "esperare", "esperamos",
        "toca", "esper", "espere", "esperarem", "esperem", "la", "llamada", "su", "trucada", "seva", "el", "correu", "correo",
        "va", "ido", "al", "a", "email", "tio", "tia",
        // "Muchas gracias señorita, aquí espero", "gracias, quedo atento al técnico", "idò esper, gràcies al·lota".
        "aqui", "aca", "quedo", "atento", "atenta", "pendiente", "pendent", "tecnico", "tecnica", "tecnic", "agente",
        "agent", "esperando", "esperant", "espera", "doncs", "idio", "i", "guess", "whatever",
    ]

    package static let thanksWords: Set<String> = [
        "thanks", "thank", "thx", "ty", "cheers", "gracias", "gracies", "merci", "mersi", "grasies", "agradezco", "agradecido",
        "agradecida", "agraeixo", "agraida", "agrait",
    ]
    /// Words that only make thanks warmer ("muchas gracias, muy amable", "thank you so much").
    static let courtesyWords: Set<String> = [
        "ty", "thx", "much", "many", "very", "kind", "lovely", "helpful", "muchas", "muchisimas", "mil", "amable", "amables",
        "moltes", "moltissimes", "amables", "lhe", "hola", "hi", "hello", "buenas", "bon", "dia", "bona", "tarda",
        // "Thank you for your help. Have a good day", "que tenga un buen día", "gràcies per la seva atenció".
        "for", "your", "help", "have", "nice", "day", "que", "tenga", "tengas", "tengan", "buen", "buena", "feliz", "tarde",
        "dias", "por", "su", "tu", "ayuda", "atencion", "per", "seva", "teva", "vostra", "ajuda", "atencio", "esta", "res",
        "senorita", "senor", "senora", "senyoreta", "senyor", "senyora", "allota", "lota", "al", "guapa", "maja", "majo",
        // "Thank you dear", "muchas gracias, joven", "sale gracias", "dale, gracias", "le agradezco mucho", "moltíssimes
        // gràcies, maca".
        "dear", "love", "darling", "hun", "joven", "sale", "dale", "le", "mucho", "muchisimo", "te", "maca", "maco", "bonica",
        // "Gracias, nada más", "thanks, that's all", "gràcies, res més", "eso es todo, gracias".
        "nada", "mas", "nothing", "else", "thats", "all", "eso", "es", "todo", "mes", "aixo", "tot",
    ]

    /// The longest message read as an acknowledgement, in words.
    static let maximumAcknowledgementWords = 8

    /// Words that acknowledge, try or report success by themselves (normalized: no accents or apostrophes).
    static let acknowledgementWords: Set<String> = [
        "ok", "okay", "okey", "k", "kk", "alright", "fine", "great", "cool", "good", "perfect", "noted", "understood", "gotcha",
        "got", "try", "trying", "sounds", "worked", "works", "received", "arrived", "check", "checking", "look",
        "vale", "perfecto", "perfecta", "genial", "entendido", "entiendo", "acuerdo", "veo", "pruebo", "probare", "intento",
        "intentare", "hago", "hare", "probarlo", "intentarlo", "listo", "funciona", "funciono", "llego", "pude", "recibi",
        "recibido", "puedo", "miro", "mirare", "reviso", "cambiarla", "cambie", "entre", "entrar",
        "val", "dacord", "acord", "perfecte", "entes", "entesos", "entenc", "veig", "provo", "provare", "faig", "fare",
        "provar", "provarho", "arribat", "pogut", "rebut", "puc", "canviar", "canviat", "entrat",
    ]

    /// Small words an acknowledgement may carry ("I'll", "that", "ahora", "ara ho"), never enough alone.
    static let acknowledgementFillers: Set<String> = [
        "i", "ill", "im", "will", "let", "me", "that", "this", "it", "now", "then", "first", "you", "yes", "yeah", "yep",
        "sure", "right", "so", "thanks", "thank", "thx", "cheers", "a", "go", "do", "give", "see", "hang", "on", "hold", "the",
        "email", "link", "code", "message", "just", "ah", "oh", "mate", "makes", "sense", "all", "again",
        "de", "ya", "lo", "la", "le", "eso", "esto", "ahora", "voy", "y", "pues", "entonces", "si", "muy", "mi", "el",
        "un", "momento", "luego", "ahi", "enseguida", "mismo", "correo", "enlace", "codigo", "mensaje", "gracias", "bien",
        "bueno", "claro", "vamos", "ver", "probar", "intentar",
        "d", "ja", "ho", "ara", "vaig", "doncs", "llavors", "molt", "m", "em", "mha", "moment", "despres",
        "mateix", "correu", "enllac", "codi", "missatge", "gracies", "merci", "be", "bo", "fet", "anem", "veure", "ha",
    ]

    /// Phrases of wanting back a case just withdrawn (normalized: no accents or apostrophes): "put it back", "ugh
    /// it's dropped again, reopen it", "vuelve a abrirlo", "torna a obrir el cas".
    static let reopenPhrases = [
        "put it back", "reopen", "re open", "open it again", "open it back up", "open the case again", "open my case again",
        "open the ticket again", "undo that", "undo it", "keep it open", "keep the case open", "i still need it",
        "i do need it", "i need it after all", "bring it back",
        "reabre", "reabrelo", "reabrir", "reabridlo", "reabran", "reabrirlo", "vuelve a abrir", "vuelve a abrirlo",
        "volved a abrir", "vuelvan a abrir", "volver a abrir", "abrelo de nuevo", "abrelo otra vez", "abre el caso otra vez",
        "abre de nuevo el caso", "no lo cierres", "no lo cerreis", "sigo necesitandolo", "si que lo necesito",
        "torna a obrir", "torna lo a obrir", "tornal a obrir", "torneu a obrir", "torneu lo a obrir", "tornar a obrir",
        "reobre", "reobriu", "reobrir", "reobrel", "reobriulo", "obre l de nou", "obrel de nou", "no el tanquis",
        "no el tanqueu", "encara el necessito", "si que el necessito",
    ]

    /// Phrases of what was suggested having worked (normalized: no accents or apostrophes).
    static let resolvePhrases = [
        "got it", "found it", "its in spam", "it was in spam", "was in spam", "in my spam", "seems ok", "seems fine",
        "seems to work", "seems to be working", "working now", "works now", "its working", "it worked", "that worked",
        "that did it", "thats done it", "all good now", "sorted now", "fixed now", "back on now", "its back",
        "ya funciona", "ya va", "ya anda", "ya quedo", "ya me llego", "ya lo tengo", "ahora si funciona", "ahora si va",
        "ahora funciona", "lo encontre", "estaba en spam", "estaba en el spam", "ya esta funcionando", "ya se arreglo",
        "ja funciona", "ja va", "ara si que va", "ara ja va", "ara si va", "ara funciona", "ja ho tinc", "ja mha arribat",
        "ja m ha arribat", "era a la brossa", "era al correu brossa", "lhe trobat", "l he trobat", "ja sha arreglat",
        // Logged in at last.
        "im in", "im in now", "i got in", "got in", "i managed to log in", "logged in now", "it let me in",
        "ya he entrado", "ya entre", "ya puedo entrar", "ya pude entrar", "ya me deja entrar", "ahora si",
        "ja he entrat", "ja puc entrar", "ja he pogut entrar", "ja em deixa entrar", "ara si",
    ]
}

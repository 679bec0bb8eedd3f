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
        "provar", "provarho", "arribat", "pogut", "rebut", "puc", "mirare", "canviar", "canviat", "entrat",
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
}

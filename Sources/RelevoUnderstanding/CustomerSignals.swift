/// How a message sounds, apart from what it asks: frustration and "that did not help", in English, Spanish
/// and Catalan. Built in, because the triggers they feed can never be switched off.
public struct CustomerSignals: Sendable, Hashable {
    /// Frustration points of the message: 2 for a strong phrase (insult, "this is ridiculous", a threat to
    /// leave or to go to a regulator) and for a shouted message (three or more words in capitals), 1 each for
    /// anger words, shorter shouting and runs of `!!!`/`???`.
    public var frustration: Int
    /// The customer says the last answer did not help ("that's not what I asked", "eso no me sirve").
    public var notHelpful: Bool
    /// The customer asks for a moment, in a short message ("hold on, let me find it", "un momento, lo busco").
    public var asksToWait: Bool
    /// The message says no, not, still, again or already ("did that twice already, still cutting out", "yo no he
    /// contratado nada", "continua igual"): right after an answer that offered a person, it tells it did not work.
    public var negative: Bool
    /// The customer no longer needs what they asked for ("it works now", "you can cancel the ticket", "ya no hace
    /// falta", "ja no cal"): while waiting for a person, the case may close.
    public var withdraws: Bool
    /// The customer lets something go in a few words that do not say what ("never mind", "da igual", "tant se val"):
    /// no failure to hand on and nothing to answer, but no case closed either — it may be the last question they let go.
    public var letsGo: Bool
    /// The message only acknowledges or reports success, in a few words ("ok, I'll try that", "vale, lo pruebo",
    /// "val, ara ho faig", "got it", "me llegó, ya pude"): nothing to answer but an acknowledgement.
    public var acknowledges: Bool
    /// The message says what the bot suggested worked ("oh wait it's in spam, got it", "ara sí que va", "ya
    /// funciona"), whatever else it says: not the answer failing, though it may say "nothing" or "not yet" too.
    public var resolves: Bool
    /// The message only thanks or says goodbye, maybe with an acknowledgement ("ok thanks, I'll wait", "ahí va,
    /// gracias, chau", "d'acord, gràcies, a esperar toca"): nothing to answer but the courtesy.
    public var closes: Bool
    /// The message complains in words or with `!!!`/`???` ("this is the 3rd time this month!!!"), not only in
    /// capitals (some customers write everything so).
    public var complains: Bool
    /// The customer wants back a case they withdrew ("put it back please", "vuelve a abrirlo", "torna a obrir el
    /// cas"): read only when there is one.
    public var reopens: Bool

    public init(frustration: Int, notHelpful: Bool, asksToWait: Bool = false, negative: Bool = false, withdraws: Bool = false,
                letsGo: Bool = false, acknowledges: Bool = false, resolves: Bool = false, closes: Bool = false,
                complains: Bool = false, reopens: Bool = false) {
        self.frustration = frustration
        self.notHelpful = notHelpful
        self.asksToWait = asksToWait
        self.negative = negative
        self.withdraws = withdraws
        self.letsGo = letsGo
        self.acknowledges = acknowledges
        self.resolves = resolves
        self.closes = closes
        self.complains = complains
        self.reopens = reopens
    }

    /// Reads the signals of a message, given as written and normalized.
    public static func read(raw: String, normalized: String) -> CustomerSignals {
        read(raw: raw, words: TextNormalizer.words(normalized).map(String.init))
    }

    /// Reads the signals of a message, given as written and as its normalized words.
    package static func read(raw: String, words: [String]) -> CustomerSignals {
        var frustration = 0
        if strongIndex.matches(words) { frustration += 2 }
        if angerIndex.matches(words) { frustration += 1 }
        let punctuation = hasPunctuationRun(raw)
        let complains = frustration > 0 || punctuation
        // "BON DIA. EL MEU NET M'HA DIT QUE PUC TENIR MES VELOCITAT": capitals with a greeting or a please, and
        // nothing else upset, are how the customer writes, not shouting.
        if frustration > 0 || punctuation || !courtesyIndex.matches(words) { frustration += shouting(raw) }
        if punctuation { frustration += 1 }
        return CustomerSignals(frustration: frustration, notHelpful: notHelpfulIndex.matches(words),
                               asksToWait: words.count <= maximumWaitWords && waitIndex.matches(words),
                               negative: negativeIndex.matches(words), withdraws: withdrawIndex.matches(words) || cancelsTheCase(words),
                               letsGo: words.count <= maximumLooseWithdrawWords && looseWithdrawIndex.matches(words),
                               acknowledges: acknowledges(words), resolves: resolveIndex.matches(words, notAfter: Self.resolveNegations) && !notHelpfulIndex.matches(words),
                               closes: closes(words), complains: complains, reopens: reopenIndex.matches(words))
    }

    /// Phrases by their first word, so a message is scanned once, word by word.
    struct PhraseIndex: Sendable {
        private var byFirstWord: [String: [[String]]] = [:]

        init(_ phrases: [String]) {
            for phrase in phrases {
                let words = phrase.split(separator: " ").map(String.init)
                if let first = words.first { byFirstWord[first, default: []].append(words) }
            }
        }

        func matches(_ words: [String], notAfter negations: Set<String> = []) -> Bool {
            for (index, word) in words.enumerated() {
                guard let candidates = byFirstWord[word] else { continue }
                if index > 0, negations.contains(words[index - 1]) { continue }
                for phrase in candidates where index + phrase.count <= words.count {
                    if phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) { return true }
                }
            }
            return false
        }
    }

    static let strongIndex = PhraseIndex(strongFrustration)
    static let angerIndex = PhraseIndex(angerWords)
    static let notHelpfulIndex = PhraseIndex(notHelpfulPhrases)
    static let waitIndex = PhraseIndex(waitPhrases)
    static let negativeIndex = PhraseIndex(negativePhrases)
    static let withdrawIndex = PhraseIndex(withdrawPhrases)
    static let looseWithdrawIndex = PhraseIndex(looseWithdrawPhrases)

    /// Letting something go in words that do not say what ("never mind", "da igual"): never the case itself, and in
    /// a longer message nothing at all ("Never mind. Where can I download last month's invoice?").
    static let looseWithdrawPhrases = [
        "never mind", "nevermind", "ill google it", "ill look it up myself", "no importa", "da igual", "bueno da igual",
        "tant se val", "tant hi fa",
    ]

    /// The longest message in which ``looseWithdrawPhrases`` let go, in words.
    static let maximumLooseWithdrawWords = 6
    static let resolveIndex = PhraseIndex(resolvePhrases)
    /// Words that turn a phrase of success round when right before it: "I never got it", "still haven't got it",
    /// "nunca me llegó" — nothing worked. ("No, ya funciona" is a success: "no" is not one of them.)
    static let resolveNegations: Set<String> = ["never", "not", "didnt", "havent", "hasnt", "nunca", "jamas", "mai", "tampoco"]
    static let reopenIndex = PhraseIndex(reopenPhrases)

    /// The longest message read as asking for a moment, in words: a longer one says something else too.
    static let maximumWaitWords = 8

    /// Greetings, thanks and please: a message in capitals with one of them is not read as shouting.
    static let courtesyIndex = PhraseIndex([
        "hello", "hi", "good morning", "good afternoon", "good evening", "please", "thank you", "thanks", "kind regards",
        "hola", "buenos dias", "buenas tardes", "buenas noches", "buenas", "por favor", "gracias", "muchas gracias",
        "un saludo", "saludos", "disculpe", "perdone",
        "bon dia", "bona tarda", "bona nit", "bon vespre", "si us plau", "sisplau", "gracies", "moltes gracies",
        "salutacions", "disculpi", "perdoni",
    ])

    /// Shouting points: at least 70% of the letters in capitals, with two (1 point) or three or more (2 points)
    /// words of three or more capital letters.
    static func shouting(_ raw: String) -> Int {
        var letters = 0
        var upper = 0
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: letters += 1; upper += 1
            case 0x61...0x7A: letters += 1
            case 0...0x7F: continue
            default:
                guard scalar.properties.isAlphabetic else { continue }
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
        }
        guard letters >= 6, Double(upper) / Double(letters) >= 0.7 else { return 0 }
        let loudWords = raw.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 3 && $0.allSatisfy(\.isUppercase) }.count
        return loudWords >= 3 ? 2 : loudWords == 2 ? 1 : 0
    }

    /// Whether the message has `!!!`, `???`, `?!?` or `!?!`.
    static func hasPunctuationRun(_ raw: String) -> Bool {
        // The last three bytes, as one number.
        var window: UInt32 = 0
        for byte in raw.utf8 {
            window = (window << 8 | UInt32(byte)) & 0xFF_FFFF
            switch window {
            case 0x21_2121, 0x3F_3F3F, 0x3F_213F, 0x21_3F21: return true
            default: continue
            }
        }
        return false
    }

    static let strongFrustration = [
        // English
        "ridiculous", "this is a joke", "unacceptable", "disgrace", "disgraceful", "disgusting", "pathetic", "scam",
        "incompetent", "worst service", "terrible service", "fed up", "sick of this", "sick and tired", "waste of time",
        "i am leaving", "im leaving", "i will leave", "ill leave", "switch provider", "switching provider",
        "change provider", "go to the competition", "regulator", "ombudsman", "consumer protection", "report you",
        "wtf", "fuck", "fucking", "shit", "bullshit",
        // Insults at the bot ("you are useless" is no question about what the bot is).
        "you are useless", "youre useless", "you are so useless", "youre so useless", "you are stupid", "youre stupid",
        "stupid bot", "useless bot", "idiot", "you are a joke", "youre a joke", "you are no help", "youre no help",
        "eres inutil", "eres un inutil", "eres tonto", "eres tonta", "bot inutil", "maquina inutil", "no sirves para nada",
        "no vales para nada", "que inutil",
        "ets inutil", "ets un inutil", "ets ximple", "no serveixes per a res", "no serveixes per res", "quin inutil",
        // Spanish
        "verguenza", "ridiculo", "ridicula", "una broma", "inaceptable", "indignante", "vergonzoso", "tomadura de pelo",
        "una estafa", "estafadores", "incompetentes", "harto", "harta", "estoy hasta", "perdida de tiempo",
        "me voy a la competencia", "me cambio de compania", "cambiarme de compania", "me doy de baja", "darme de baja",
        "os voy a denunciar", "denunciaros", "oficina de consumo", "ocu", "joder", "mierda", "hasta las narices",
        "hasta el gorro", "hasta la coronilla", "estoy podrido", "estoy podrida",
        // Catalan
        "vergonya", "ridicul", "inacceptable", "indignant", "vergonyos", "presa de pel", "estafadors", "incompetents",
        "fart", "farta", "perdua de temps", "men vaig a la competencia", "canviar de companyia", "em dono de baixa",
        "us denunciare", "collons", "merda", "fins als nassos", "fins al capdamunt", "estic tip", "estic tipa",
        "estic cremat", "estic cremada",
    ]

    static let angerWords = [
        "angry", "furious", "annoyed", "upset", "useless", "terrible", "awful", "horrible", "hopeless",
        "enfadado", "enfadada", "cabreado", "cabreada", "furioso", "furiosa", "inutil", "inutiles", "pesimo", "fatal",
        "horrible", "enfadat", "enfadada", "emprenyat", "emprenyada", "furios", "pesim", "terrible",
        // The same trouble once more: "this is the 3rd time this month", "ya es la tercera vez", "altra vegada".
        "3rd time", "third time", "fourth time", "4th time", "yet again", "every single time", "tercera vez", "3a vez",
        "cuarta vez", "otra vez lo mismo", "tercera vegada", "quarta vegada", "3a vegada", "un altre cop el mateix",
    ]

    /// Asking for a moment to find something, as normalized words.
    static let waitPhrases = [
        "hold on", "hang on", "one sec", "one second", "a sec", "a second", "just a sec", "just a second", "one moment",
        "just a moment", "a moment", "give me a sec", "give me a second", "give me a minute", "gimme a sec", "wait a sec",
        "wait a second", "wait a minute", "let me find it", "let me find", "let me check", "let me look", "let me see",
        "ill look for it", "ill find it", "looking for it", "im looking", "brb", "1 sec", "1 min", "one min", "bear with me",
        "un momento", "un momentito", "un segundo", "un seg", "espera", "esperame", "espera un momento", "dame un momento",
        "dame un segundo", "dejame buscarlo", "dejame mirarlo", "dejame ver", "lo busco", "ahora lo busco", "ya lo busco",
        "voy a buscarlo", "estoy buscandolo", "lo estoy buscando", "un minuto", "dame un minuto",
        "un moment", "un momentet", "un segon", "espera t", "esperat", "dona m un moment", "dona m un segon", "deixa m buscar",
        "deixa m mirar", "deixa m veure", "ho busco", "ara ho busco", "el busco", "ara el busco", "lestic buscant",
        "l estic buscant", "vaig a buscar lo", "un minut", "dona m un minut", "donam un moment", "donam un segon", "donam un minut",
        "deixam buscar", "deixam mirar", "deixam veure", "still looking", "im still looking", "sigo buscando", "todavia lo busco",
        "aun lo busco", "encara el busco", "encara ho busco", "segueixo buscant", "que el busque", "que ho busque", "el busque",
        "ara el busque", "deixam que el busque", "espera que el busque",
    ]

    static let notHelpfulPhrases = [
        "thats not what i asked", "that is not what i asked", "not what i asked", "thats not my question",
        "that doesnt help", "that does not help", "not helpful", "you didnt answer", "that didnt help", "wrong answer",
        "eso no me sirve", "no me sirve", "no es lo que he preguntado", "no es lo que pregunte", "eso no me ayuda",
        "no me has respondido", "no me has contestado", "no me ayuda",
        "aixo no em serveix", "no em serveix", "no es el que he preguntat", "aixo no majuda", "no majuda",
        "no mhas respost",
        // The same answer again: "you already told me that".
        "you already told me", "you already said that", "you said that already", "you told me that already",
        "same answer", "same thing you said", "youre repeating yourself", "you keep repeating",
        "ya me lo dijiste", "ya me lo has dicho", "ya me lo dijo", "ya me lo ha dicho", "eso ya lo se", "la misma respuesta",
        "me repites lo mismo", "me dices lo mismo", "siempre me dices lo mismo",
        "ja mho has dit", "ja m ho has dit", "ja mho ha dit", "ja m ho ha dit", "aixo ja ho se", "la mateixa resposta",
        "em repeteixes el mateix", "em dius el mateix", "sempre em dius el mateix",
        // Tried what the answer said, to no effect.
        "already did that", "already tried that", "i already restarted", "i already rebooted", "already restarted it",
        "still not working", "still doesnt work", "still does not work", "still the same", "didnt work", "did not work",
        "made no difference", "didnt fix it",
        "ya lo hice", "ya lo he hecho", "ya lo he probado", "ya lo probe", "ya reinicie", "ya he reiniciado",
        "ya lo reinicie", "ya lo he reiniciado", "sigue sin funcionar", "sigue igual", "sigue sin ir",
        "no ha funcionado", "no funciono", "no sirvio de nada",
        "ja ho he fet", "ja ho he provat", "ja he reiniciat", "ja lhe reiniciat", "ja el vaig reiniciar",
        "continua sense funcionar", "continua igual", "segueix igual", "segueix sense funcionar",
        "no ha funcionat", "no ha servit de res",
    ]

    /// Words of no, not yet and again (normalized: no accents or apostrophes). "ya" alone is not one: "ya está"
    /// says it worked.
    static let negativePhrases = [
        "no", "not", "nope", "nah", "nothing", "still", "already", "again", "same", "twice", "never", "cant", "cannot",
        "dont", "doesnt", "didnt", "isnt", "wont", "wasnt", "havent", "hasnt", "aint", "neither", "nor",
        "nada", "sigue", "sigo", "siguen", "igual", "todavia", "aun", "ya lo", "ya la", "ya he", "otra vez", "nunca",
        "tampoco", "ningun", "ninguno", "ninguna", "sin", "nobody", "no one", "nadie", "ningu",
        "res", "continua", "continuo", "segueix", "segueixo", "encara", "ja ho", "ja l", "ja la", "ja he", "altra vegada",
        "un altre cop", "mai", "tampoc", "cap", "sense",
        // What should have happened and did not ("it was supposed to come last friday", "tenía que llegar el lunes").
        "supposed to", "should have", "shouldve", "was meant to", "were meant to", "tenia que", "tenian que",
        "deberia haber", "debia llegar", "havia de", "havien de", "hauria d", "hauria de",
    ]

    /// A word of cancelling, then within three words one of the case ("cancele el caso", "tancau es cas", "forget
    /// the return", "cancela la consulta"), or within four one of the call ("cancela lo de la llamada").
    static func cancelsTheCase(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where cancelWords.contains(word) {
            // "tanca aquest R-763LC9": a case's reference is a word of letters and digits.
            if words[(index + 1)...].prefix(3).contains(where: { caseWords.contains($0) || isReference($0) }) { return true }
            if words[(index + 1)...].prefix(4).contains(where: callWords.contains) { return true }
        }
        return false
    }

    /// The call or visit a case promised, as a customer calls it off.
    static let callWords: Set<String> = [
        "call", "callback", "appointment", "visit", "llamada", "llamado", "visita", "cita", "trucada", "trucades",
    ]

    /// A word of letters and digits both, as case references are ("763lc9" of "R-763LC9").
    static func isReference(_ word: String) -> Bool {
        word.utf8.count >= 4 && word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    static let cancelWords: Set<String> = [
        "cancel", "close", "withdraw", "forget", "drop", "olvidate", "olvidaos", "oblidat", "cancela", "cancele", "cancelen", "cancelar", "cancelad", "cancelame",
        "anula", "anule", "anulen", "anular", "cierra", "cierre", "cierren", "cerrar", "cerradme", "olvida", "olvide", "olviden",
        "retira", "retiro", "retirar", "cancella", "cancelleu", "cancellar", "tanca", "tanqueu", "tancau", "tancar", "tanqui",
        "anulla", "anulleu", "anullar", "oblida", "oblideu", "deixa", "deixeu", "retireu",
    ]
    static let caseWords: Set<String> = [
        "case", "ticket", "request", "query", "return", "claim", "caso", "solicitud", "consulta", "peticion", "devolucion",
        "cas", "sollicitud", "peticio", "devolucio",
    ]

    /// Phrases of no longer needing a person or a case (normalized: no accents or apostrophes). Not "forget it",
    /// which is as often given up in anger.
    static let withdrawPhrases = [
        "cancel the ticket", "cancel my ticket", "cancel the case", "cancel my case", "close the ticket", "close my ticket",
        "close the case", "close my case", "cancel the request", "cancel my request", "withdraw my request", "withdraw the request",
        "no longer need", "dont need it anymore", "dont need help anymore", "dont need an agent anymore", "dont need a person anymore",
        "it works now", "its working now", "it is working now", "sorted it", "its sorted now", "all sorted now", "problem solved",
        "fixed it myself", "it fixed itself", "ill do it myself", "i will do it myself", "ill sort it myself", "ill sort it out myself",
        "ill handle it myself", "ill do it online", "ill do it on the website", "lo hago yo mismo", "lo hago yo misma", "ya lo hago yo",
        "lo hare yo mismo", "lo hare yo misma", "ja ho faig jo", "ho fare jo mateix", "ho fare jo mateixa", "ja ho fare jo", "nevermind it works", "never mind it works", "dont need anyone anymore",
        "dont need anybody anymore", "no longer need anyone", "dont need a person anymore", "dont need the agent anymore",
        "ya no necesito a nadie", "ya no hace falta que me atiendan", "ya no hace falta que me llamen",
        "ja no necessito ningu", "ja no cal que em truqueu", "deixa ho no cal", "deixaho no cal", "deixa ho estar", "deixa ho anar", "deixa ho correr", "no cal deixa ho",
        "dejalo estar", "dejalo no hace falta", "no hace falta ya", "ja no fa falta", "no fa falta ja",
        "cancela el ticket", "cancela mi ticket", "cancela el caso", "cancela mi caso", "cierra el caso", "cierra el ticket",
        "cancelen el caso", "cancelen el ticket", "cierren el caso", "anula el caso", "anulen el caso", "cancela la solicitud",
        "ya no hace falta", "ya no lo necesito", "ya no necesito", "ya funciona", "ya me funciona", "ya anda", "ya esta solucionado",
        "ya lo he solucionado", "ya lo solucione", "ya se arreglo", "se ha arreglado solo", "ya esta arreglado",
        "cancel la el cas", "cancella el cas", "tanca el cas", "tanqueu el cas", "anul la el cas", "anulla el cas", "cancelleu el cas",
        "ja no cal", "ja no ho necessito", "ja no el necessito", "ja no necessito", "ja funciona", "ja em funciona", "ja va be",
        "ja esta solucionat", "ja ho he solucionat", "ja sha arreglat", "sha arreglat sol", "ja esta arreglat",
        // No person needed after all, said outright.
        "no need for a person", "no need for a human", "no need for an agent", "no need for anyone", "dont need a person",
        "dont need a human", "dont need an agent", "i dont need anyone", "cancel this request", "on second thought forget it",
        "no hace falta que me atienda nadie", "no hace falta que me atiendan", "no necesito a nadie", "no necesito una persona",
        "no necesito hablar con nadie", "pensandolo mejor dejalo", "mejor dejalo", "cancela esto", "cancela la peticion",
        "no cal cap persona", "no cal ningu", "no necessito ningu", "no necessito cap persona", "no cal que matengui ningu",
        "pensant ho millor deixa ho", "millor deixa ho", "cancel la aixo", "cancella aixo",
        "no hacia falta pasarme con nadie", "no hace falta pasarme con nadie", "solo era una duda", "solo era una pregunta",
        "it was just a question", "it was only a question", "no need to pass me to anyone", "didnt need a person",
        "no calia passar me amb ningu", "no cal passar me amb ningu", "nomes era un dubte", "nomes era una pregunta",
        // A person or a case the customer did not ask for, or not yet.
        "i dont want to talk to anyone", "i dont want to speak to anyone", "i didnt ask for a person", "i didnt ask for an agent",
        "i dont want a new case", "no necesito asesor", "no necesito un asesor", "no necesito agente", "no quiero hablar con nadie",
        "no he pedido hablar con nadie", "no quiero un caso nuevo", "no quiero abrir un caso", "no vull parlar amb ningu",
        "no he demanat parlar amb ningu", "no vull un cas nou", "no vull obrir cap cas",
        "no need for the call", "no need to call me", "no need to call", "you dont need to call me", "dont call me",
        "no hace falta que me llamen", "no hace falta que me llameis", "no hace falta la llamada", "no me llamen", "no me llameis",
        "no cal que em truqui ningu", "no cal que em truqueu", "no cal que em truquin", "no cal la trucada", "no em truqueu",
        "no em truquin", "no cal que em truque", "no cal que em truque ningu", "no cal que em truquen", "no cal q em truqueu",
        "no cal que mescriviu", "no cal q mescriviu", "no cal que mescrigueu", "no hace falta que me escriban",
        "no hace falta que me escribais", "no need to email me", "dont need the email", "dont need the call",
        "dont need the call anymore", "dont need a call", "no longer need the call", "ya no necesito la llamada",
        "no necesito la llamada", "ja no necessito la trucada", "no necessito la trucada",
        // The call or the visit called off.
        "cancel the call", "cancel my call", "cancel the callback", "cancel the call back", "cancel the appointment",
        "cancel the visit", "cancela la llamada", "cancelen la llamada", "cancelad la llamada", "anula la llamada",
        "anulen la llamada", "cancela la visita", "cancella la trucada", "cancel la la trucada", "cancelleu la trucada",
        "anulla la trucada", "anul la la trucada", "anulleu la trucada", "cancella la visita", "cancel la la visita",
        // The problem gone or the item kept: the case can close.
        "you can close it", "you can close the case", "you can close the ticket", "you can cancel it", "close it please",
        "its all good now", "its all fine now", "all good now thanks", "ill just keep it",
        "ill keep it", "no need for the technician", "no need for a technician", "no need for the engineer",
        "puedes cerrarlo", "podeis cerrarlo", "pueden cerrarlo", "ya esta todo bien", "ya va todo bien", "ya funciona todo",
        "me lo quedo", "no hace falta el tecnico", "no hace falta que venga el tecnico", "no hace falta tecnico",
        "pots tancar ho", "podeu tancar ho", "ja esta tot be", "ja va tot be", "ja funciona tot", "mho quedo",
        "no cal el tecnic", "no cal que vingui el tecnic", "no cal tecnic",
    ]
}

import Testing
@testable import RelevoText
@testable import RelevoUnderstanding

/// What a message tells of the customer besides its intent: that an answer did not help.
@Suite struct CustomerSignalsTests {
    static func signals(_ text: String) -> CustomerSignals {
        CustomerSignals.read(raw: text, words: TextNormalizer.words(TextNormalizer.normalize(text)).map(String.init))
    }

    /// Saying the advice was already tried, to no effect, is an answer that did not help, in every language.
    @Test(arguments: [
        "I already restarted the router and it's still not working", "tried it, still the same", "that didn't help",
        "ya reinicié el router y sigue igual", "ya lo he probado y sigue sin funcionar", "no me sirve",
        "ja he reiniciat el router i continua igual", "ja ho he provat i no ha funcionat", "això no m'ajuda",
        "you already told me that", "eso ya me lo dijiste", "això ja m'ho has dit",
    ])
    func adviceAlreadyTriedDidNotHelp(_ text: String) {
        #expect(Self.signals(text).notHelpful)
    }

    /// Thanks, new questions and problems stated for the first time are not.
    @Test(arguments: [
        "thanks, that's all", "gracias y nada más", "moltes gràcies, res més", "my internet is not working",
        "no me funciona internet", "how long does delivery take?", "i res, això és tot",
    ])
    func otherMessagesAreNot(_ text: String) {
        #expect(!Self.signals(text).notHelpful)
    }

    /// Asking for a moment to find something, in a short message, in every language.
    @Test(arguments: [
        "hold on, let me find it", "one sec", "hang on I'm looking", "give me a minute", "un momento, lo busco",
        "espera que lo busco", "dame un segundo", "un moment, ara el busco", "espera't que ho busco", "dona'm un moment",
    ])
    func aMomentAskedFor(_ text: String) {
        #expect(Self.signals(text).asksToWait, "\(TextNormalizer.normalize(text))")
    }

    @Test(arguments: [
        "I've been on hold for an hour", "my order number is 4471", "the delivery guy said to wait a moment and then left without leaving anything",
        "I waited all day", "quiero hablar con una persona", "he esperado toda la mañana",
    ])
    func otherMessagesAskForNoMoment(_ text: String) {
        #expect(!Self.signals(text).asksToWait)
    }

    /// No, not, still, already: after an answer that offered a person, the customer telling it did not work.
    @Test func negativeMessages() {
        for text in ["did that twice already. still cutting out", "ya lo he mirado, pone 22 euros y yo no he contratado nada",
                     "res, encara no va", "sigue igual", "same thing", "ja ho he provat"] {
            #expect(Self.signals(text).negative, "\(text)")
        }
        for text in ["great, that fixed it", "ya está, funciona", "ok, ho provo", "it works now", "vale, gracias"] {
            #expect(!Self.signals(text).negative, "\(text)")
        }
    }

    /// Capitals with a greeting or a please are how some customers write; capitals alone, or with anger, shout.
    @Test func politeCapitalsAreNotShouting() {
        #expect(Self.signals("BON DIA. EL MEU NET M'HA DIT QUE PUC TENIR MES VELOCITAT DE INTERNET. COM HO FAIG").frustration == 0)
        #expect(Self.signals("HOLA, QUISIERA SABER CUANDO LLEGA MI PEDIDO POR FAVOR").frustration == 0)
        #expect(Self.signals("THIS IS RIDICULOUS, HOW LONG DO I HAVE TO WAIT").frustration > 0)
        #expect(Self.signals("WHERE IS MY ORDER, I HAVE BEEN WAITING FOR WEEKS").frustration > 0)
        #expect(Self.signals("HELLO??? IS ANYONE THERE").frustration > 0)
    }

    /// No longer needing a person, in every language; giving up in anger or a past "it worked" is not.
    @Test func withdrawals() {
        for text in ["it works now, you can cancel the ticket", "ya funciona, se ha arreglado solo", "ja no cal, gràcies",
                     "ya no hace falta", "close my case please", "cancele el caso", "cancela la consulta", "tancau es cas",
                     "forget the return, I'll keep it", "deixa-ho, no cal", "I don't need anyone anymore",
                     "nevermind, I found the page, I'll do it myself", "no cal, deixa-ho anar",
                     "so no need for the technician to call, it's all good now", "actually nvm, I'll just keep it. you can close it",
                     "ya está todo bien, podéis cerrarlo", "ja va tot bé, no cal que vingui el tècnic",
                     "the router's been stable since. you can cancel the call", "please cancel it, I don't need the call anymore",
                     "no quiero que me pase con nadie. cancela la llamada", "ja ho he trobat a l'app. no cal q m'escriviu",
                     "no cal que em truque ningú per ara"] {
            #expect(Self.signals(text).withdraws, "\(text)")
        }
        for text in ["nothing works now", "forget it, this is useless", "ja va venir el tècnic però no funciona", "ya no funciona",
                     "I forgot to return the case", "close my account", "it's not all good now, it dropped again",
                     // Letting go of something without saying what is no withdrawal: the case stays.
                     "Never mind. Where can I download a copy of last month's invoice?",
                     "da igual lo del tiempo de espera, ¿dónde descargo la factura del mes pasado?", "tant se val",
                     "never mind, I'll google it", "bueno, da igual, gracias"] {
            #expect(!Self.signals(text).withdraws, "\(text)")
        }
    }

    /// Letting something go in a few words that do not say what: not the case, and not in a longer message.
    @Test func lettingGo() {
        for text in ["never mind", "never mind, I'll google it", "bueno, da igual, gracias", "tant se val"] {
            #expect(Self.signals(text).letsGo, "\(text)")
        }
        for text in ["Never mind. Where can I download a copy of last month's invoice?", "it works now", "where is my order"] {
            #expect(!Self.signals(text).letsGo, "\(text)")
        }
    }

    /// A message that only thanks or says goodbye, maybe with an acknowledgement or a word of waiting; one that says
    /// anything more does not only close.
    @Test func closings() {
        for text in ["fine. thanks", "ok I'll wait for their email. bye", "ahí va. gracias, chau", "d'acord, gràcies, a esperar toca",
                     "Gràcies, bon dia", "ok gracias tio", "thanks, bye", "adéu, gràcies",
                     "Thank you very much for your help. Good day.", "Muchas gracias. Que tenga un buen día.",
                     "Moltes gràcies per la seva atenció. Bon dia.", "bo, ja està, gràcies per res. adéu",
                     "gracias, nada más", "thanks, that's all", "gràcies, res més", "eso es todo, gracias"] {
            #expect(Self.signals(text).closes, "\(text)")
        }
        for text in ["thanks. is there an outage in my area?", "gracias, pero sigue sin funcionar", "ok", "bye, and cancel my order",
                     "gràcies, i la factura de l'octubre?", "gracias pero no me llega nada más"] {
            #expect(!Self.signals(text).closes, "\(text)")
        }
    }

    /// Wanting back a case withdrawn, in every language; putting a thing back, or opening something else, is not.
    /// The same trouble once more is anger, in every language.
    @Test func theSameTroubleAgain() {
        for text in ["fibre light on the router is red. this is the 3rd time this month", "ya es la tercera vez que pasa",
                     "és la tercera vegada aquest mes"] {
            #expect(Self.signals(text).frustration == 1, "\(text)")
        }
    }

    @Test func reopenings() {
        for text in ["ugh no its dropped again. put it back please", "wait, no, I meant reopen my case", "vuelve a abrirlo",
                     "reabre el caso, porfa", "ostres no, torna a obrir el cas sisplau", "reobriu-lo, encara el necessito"] {
            #expect(Self.signals(text).reopens, "\(text)")
        }
        for text in ["how do I open an account?", "la caja venía abierta", "obriu els diumenges?", "can I put the order on hold?"] {
            #expect(!Self.signals(text).reopens, "\(text)")
        }
    }

    /// A message that only acknowledges or says it worked, in every language; one that says anything more is not.
    @Test func acknowledgements() {
        for text in ["ok", "hang on I'll try that", "ok, I'll give it a go", "got it, thanks", "vale, ahora lo pruebo",
                     "me llegó, ya pude", "val, ara ho miro", "d'acord, ho provaré", "perfecte", "ja m'ha arribat"] {
            #expect(Self.signals(text).acknowledges, "\(text)")
        }
        for text in ["ok but the link has expired", "no", "vale, pero no me llega", "ok where is my order", "val, i la 5512?",
                     "I'll try to keep this short: my bill is wrong", "that", "ja"] {
            #expect(!Self.signals(text).acknowledges, "\(text)")
        }
    }

    /// What the bot suggested worked, even in a message that says "nothing yet" too; "still not working" is not.
    @Test func resolutions() {
        for text in ["ok ill check. nothing yet... oh wait its in spam. got it thx", "ara sí que va, gràcies!", "ya funciona",
                     "restarted it and it seems ok now", "no, ya funciona"] {
            #expect(Self.signals(text).resolves, "\(text)")
        }
        for text in ["still not working", "ya funciona? no, sigue igual, no me sirve", "it never worked", "where is my order",
                     // A success phrase turned round: nothing arrived.
                     "signed for by who?? i never got it, nobody was home", "still havent got it", "i did not got it"] {
            #expect(!Self.signals(text).resolves, "\(text)")
        }
    }
}

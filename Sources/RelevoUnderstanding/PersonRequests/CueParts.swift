/// The parts a phrase of the cue lexicon plays in a request for a person (a phrase may play several): the
/// headings of `person-requests/cues.txt`.
struct CueParts: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    /// Who a customer asks for: "human", "agent", "una persona".
    static let person = CueParts(rawValue: 1 << 0)
    /// "someone", "alguien", "algú".
    static let someone = CueParts(rawValue: 1 << 1)
    /// "manager", "encargado", "tècnic".
    static let role = CueParts(rawValue: 1 << 2)
    /// "them", "esa persona".
    static let pronoun = CueParts(rawValue: 1 << 3)
    /// A pronoun only at the end of a clause: "con él".
    static let pronounEnd = CueParts(rawValue: 1 << 4)
    /// "talk to", "pásame", "passa'm": a request when who follows.
    static let request = CueParts(rawValue: 1 << 5)
    /// "transfer me", "pásame": a request on its own.
    static let requestAlone = CueParts(rawValue: 1 << 6)
    /// "get me", "búscame": a request with who right after.
    static let get = CueParts(rawValue: 1 << 7)
    /// "I want", "quiero", "vull".
    static let want = CueParts(rawValue: 1 << 8)
    /// "call me back", "llámame", "truca'm".
    static let call = CueParts(rawValue: 1 << 9)
    /// "look into this", "atender", "ajudar".
    static let help = CueParts(rawValue: 1 << 10)
    /// "can", "¿puede…?", "pot".
    static let modal = CueParts(rawValue: 1 << 11)
    /// "is there anyone there", "skip the bot", "atención humana": a request on its own.
    static let indirect = CueParts(rawValue: 1 << 12)
    /// "bot", "máquina".
    static let bot = CueParts(rawValue: 1 << 13)
    /// "are you", "eres", "ets": the rest of the clause asks about the bot.
    static let identity = CueParts(rawValue: 1 << 14)
    /// "hablo con": identity at the start of a clause only.
    static let identityStart = CueParts(rawValue: 1 << 15)
    /// "reading this", "o es automático": the whole clause asks about the bot.
    static let observer = CueParts(rawValue: 1 << 16)
    /// "don't", "no hace falta": the request right after is turned down.
    static let negation = CueParts(rawValue: 1 << 17)
    /// "nobody", "nadie".
    static let nobody = CueParts(rawValue: 1 << 18)
    /// "else", "another", "my": someone other than the company's people.
    static let third = CueParts(rawValue: 1 << 19)
    /// "yesterday", "vaig": what already happened.
    static let past = CueParts(rawValue: 1 << 20)
    /// "is there", "hay": with who right after, a request.
    static let exists = CueParts(rawValue: 1 << 21)
    /// "agent code", "error humano": words that look like a person and name a thing.
    static let thing = CueParts(rawValue: 1 << 22)
    /// "sick of", "harta de": with a machine after, a request for a person.
    static let refuse = CueParts(rawValue: 1 << 23)
    /// "please", "ya", "sisplau".
    static let polite = CueParts(rawValue: 1 << 24)
    /// "hi", "ok", "then".
    static let filler = CueParts(rawValue: 1 << 25)
    /// Articles, prepositions, "real", "live".
    static let glue = CueParts(rawValue: 1 << 26)
    /// "department", "team", "área".
    static let department = CueParts(rawValue: 1 << 27)
    /// "find me one", "a real one": a request right after the bot says it is a bot.
    static let followUp = CueParts(rawValue: 1 << 28)
    /// "a person or a bot?", "persona o programa": which of the two is answering; no clause of the message asks.
    static let either = CueParts(rawValue: 1 << 29)
    /// A thing customers ask for that also names the team handling it ("invoice", "factura"): alone with please it
    /// asks for the thing ("invoice pls"), not for the team ("billing please").
    static let topic = CueParts(rawValue: 1 << 30)
    /// When, as days and hours ("on Saturdays", "els diumenges"): "is there anyone" then asks about opening hours.
    static let schedule = CueParts(rawValue: 1 << 31)
    /// "available", "connectat", "en línea": after who, asks whether someone is there to take the conversation.
    static let available = CueParts(rawValue: 1 << 32)
    /// "who", "quién", "qui": asking who, then talking a few words on, asks for them ("amb qui de facturació puc
    /// parlar?").
    static let askWho = CueParts(rawValue: 1 << 33)

    /// Who a request can be for.
    static let objects: CueParts = [.person, .role, .someone, .pronoun]
    /// Parts whose words are matched one typing slip away too.
    static let fuzzy: CueParts = [.person, .someone, .role, .pronoun, .request, .requestAlone, .get, .want, .call, .help,
                                  .modal, .bot, .indirect, .followUp, .available]
    /// Words that may surround who without changing a message.
    static let surrounding: CueParts = [.filler, .polite, .glue]
}

extension CueParts {
    /// The part named by a heading of the lexicon file.
    init?(heading: String) {
        let parts: [String: CueParts] = [
            "person": .person, "someone": .someone, "role": .role, "pronoun": .pronoun, "pronoun-end": .pronounEnd,
            "request": .request, "request-alone": .requestAlone, "get": .get, "want": .want, "call": .call,
            "help": .help, "modal": .modal, "indirect": .indirect, "bot": .bot, "identity": .identity,
            "identity-start": .identityStart, "observer": .observer, "negation": .negation, "nobody": .nobody,
            "third": .third, "past": .past, "exists": .exists, "thing": .thing, "refuse": .refuse, "polite": .polite,
            "filler": .filler, "glue": .glue, "department": .department, "follow-up": .followUp,
            "either": .either, "topic": .topic, "schedule": .schedule, "available": .available, "ask-who": .askWho,
        ]
        guard let part = parts[heading] else { return nil }
        self = part
    }
}

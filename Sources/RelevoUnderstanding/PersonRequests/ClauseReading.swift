/// Whether one clause of a message asks for a person, read from its tagged spans (see ``CueTagger``).
///
/// First what cancels: a question about the bot ("are you a person?", "¿eres humano?") masks the rest of the
/// clause, or all of it ("is a human reading this?"); a refusal ("I don't need a person", "no hace falta que me
/// pases") cancels the three spans after it; something past ("vaig parlar", "yesterday") cancels what follows it.
/// Then, in order, a clause asks for a person when it is:
///
/// 1. a request alone ("transfer me", "pásame") or pointing back at its end ("quiero hablar con él");
/// 2. an indirect request ("is there anyone there?", "skip the bot", "atención humana"), or right after the bot
///    said it is a bot, a follow-up ("fine, then find me one");
/// 3. a refusal of a machine ("I don't want to talk to a machine", "no quiero un bot", "estic farta de màquines");
/// 4. a call-back request ("call me back", "llámame", "que em truqui algú"), unless it already happened;
/// 5. a request for someone: a request word, then within a few words who — a person, a role, someone, "a real
///    one", or a department or a team after "to"/"con"/"amb" ("put me through to billing", "passa'm amb
///    facturació", "hablar con el departamento que lleva los cambios de titular");
/// 6. someone and then a request word ("a tech I can talk to", "is there a real one I can talk to?"), or a word of
///    being there ("anyone from tech support available?", "algú de suport connectat?"), but not with a day or an hour;
///    or asking where a person is ("wheres the human", "¿dónde está la persona que me tiene que atender?");
/// 7. a wish or "is there", then right after who ("I need a human", "vull un tècnic", "hay alguien"), but not "is
///    there anyone" with a day or an hour (a question about opening hours);
/// 8. a wish, then "with"/"con"/"amb" a person ("quiero reclamar un cargo con una persona");
/// 9. a question or wish that someone helps ("can a human check this", "¿me puede atender un humano?"), or who
///    first and then help asked ("¿alguien puede revisar mi caso?");
/// 10. who alone, with please and the like ("agent please", "ENCARGADO", "billing dept pls", "atención al cliente"),
///    but not a thing asked for ("invoice pls").
struct ClauseReading {
    /// A clause that asks for a person: why, and the queue of the department it names as who, if any.
    struct Finding: Sendable {
        var evidence: String
        var queue: String?
        /// Whether the queue is only that of a thing the clause mentions ("my contract"), which a team another
        /// clause names ("a customer service advisor") outranks.
        var queueFromThing = false
    }

    let spans: [CueSpan]
    /// Whether the bot's last message said it is a bot, or the clause supposes it ("if you're not a person…"):
    /// then "find me one" asks for a person.
    private(set) var followsBotIdentity: Bool
    /// The spans read: those before a question about the bot.
    private(set) var live: [Int] = []
    /// Spans cancelled by a refusal or something past just before them.
    private(set) var cancelled: Set<Int> = []
    private(set) var pastClause = false
    /// Whether the clause asks whether the bot is a person ("are you a real person?", "¿no sos una persona?").
    private(set) var asksAboutTheBot = false

    /// Words that open a relative clause.
    static let relativeWords: Set<String> = ["que", "that", "which", "who", "whom", "qui", "quien", "cual"]
    /// Words that join one part of a clause to the next ("and", "y", "i", "but", "pero"): a negation before them does
    /// not reach past them.
    static let joiningWords: Set<String> = ["and", "y", "i", "e", "but", "pero"]
    /// Words that make a question about the bot a supposition ("if you're a bot…", "si eres un robot…").
    static let suppositions: Set<String> = ["if", "si", "since", "como"]
    /// What a clause asks for before "or is it all automated?": talking to, wanting, getting or there being someone.
    static let askingBeforeOr: CueParts = [.request, .requestAlone, .indirect, .exists, .want, .get, .call]
    /// Words after which a team is who ("talk to billing", "ser atendido por el servicio de atención al cliente").
    static let prepositions: Set<String> = ["to", "2", "with", "w", "con", "amb", "a", "al", "through", "thru", "onto", "into", "en",
                                            "por", "per", "pel"]
    static let pronounEnds: Set<[String]> = [["con", "el"], ["con", "ella"], ["con", "ellos"], ["con", "ellas"], ["amb", "ell"],
                                             ["amb", "ella"], ["amb", "ells"], ["amb", "elles"], ["con", "uno"], ["con", "una"],
                                             ["amb", "un"], ["amb", "una"],
                                             // "que me atienda él": the one just named ("¿dónde está el jefe?").
                                             ["atienda", "el"], ["atienda", "ella"], ["atiendan", "ellos"],
                                             ["atengui", "ell"], ["matengui", "ell"], ["atengui", "ella"], ["matengui", "ella"]]
    /// Request verbs whose object follows with no preposition: "reach customer service" names a team as "talk to
    /// customer service" does.
    static let directObjectVerbs: Set<String> = ["reach", "reaching", "contact", "contacting", "call", "calling", "ring", "phone", "email", "message", "of"]
    /// Words of the ways to reach the team ("the customer service number"), which a question about times asks the
    /// hours of.
    static let contactWords: Set<String> = ["number", "line", "phone", "email", "contact", "numero", "telefono", "telefon", "linia", "linea"]
    static let withWords: Set<String> = ["with", "to", "con", "amb", "by", "a"]
    static let ors: Set<String> = ["or", "o"]
    /// "¿Con quién hablo?" ends a clause to ask who answers (the bot); "con quién hablo para lo de la factura" asks
    /// for the person who handles it.
    static let askedAlone: Set<[String]> = [["con", "quien", "hablo"], ["amb", "qui", "parlo"]]
    /// "¿No hay nadie?" at the end of a clause asks for someone; "no hay nadie en casa por las mañanas" tells
    /// where the parcel could not be left.
    static let askedAtTheEnd: Set<[String]> = [["no", "hay", "nadie"], ["que", "no", "hay", "nadie"], ["es", "que", "no", "hay", "nadie"],
                                               ["no", "hi", "ha", "ningu"], ["que", "no", "hi", "ha", "ningu"], ["es", "que", "no", "hi", "ha", "ningu"],
                                               ["is", "there", "nobody"], ["is", "there", "no", "one"], ["is", "there", "noone"]]

    init(_ spans: [CueSpan], followsBotIdentity: Bool = false) {
        self.spans = spans
        self.followsBotIdentity = followsBotIdentity
        var end = spans.count
        for (index, span) in spans.enumerated() {
            if span.parts.contains(.observer) {
                // "¿Hay forma de hablar con un operador humano o todo es automático?", "is there a real person anywhere
                // or is it all automated?": the alternative after "or" is asked about; a word of talking to, wanting
                // or there being someone before it is read ("¿me lee una persona o es todo automático?" asks for no
                // one).
                if Self.ors.contains(span.words.first ?? ""), spans[..<index].contains(where: { !$0.parts.isDisjoint(with: Self.askingBeforeOr) }) {
                    end = index
                    break
                }
                return
            }
            let atStart = spans[..<index].allSatisfy { !$0.parts.isDisjoint(with: [.filler, .polite]) }
            if span.parts.contains(.identity) || (span.parts.contains(.identityStart) && atStart) {
                asksAboutTheBot = true
                // "If you're not a person, I'd like to speak to one": a supposition, not a question; what follows
                // is read, as after the bot said it is one.
                if index > 0, Self.suppositions.contains(spans[index - 1].last) {
                    self.followsBotIdentity = true
                    continue
                }
                end = index
                break
            }
        }
        live = Array(0..<end)
        for (position, index) in live.enumerated() {
            let parts = spans[index].parts
            // "No necesito a nadie", but "sin avisar y quiere que se lo explique alguien": a joining word ends what
            // the negation reaches.
            if parts.contains(.negation) {
                for next in live[(position + 1)...].prefix(3) {
                    if Self.joiningWords.contains(spans[next].last) { break }
                    cancelled.insert(next)
                }
            }
            if parts.contains(.past) {
                // The past in a relative clause ("un reemborsament que em van prometre") tells of a thing, not of
                // what the customer did: what the clause asks for still stands.
                let relative = live[max(0, position - 2)..<position].contains { Self.relativeWords.contains(spans[$0].last) }
                if !relative { pastClause = true }
                if position + 1 < live.count { cancelled.insert(live[position + 1]) }
            }
        }
    }

    /// Whether the clause speaks of someone or a call only to turn it down ("I don't need a person"), to tell of
    /// the past ("an agent told me") or to ask about the bot ("are you a person?").
    var turnsAside: Bool {
        let someone = spans.indices.filter { !spans[$0].parts.isDisjoint(with: [.person, .role, .someone, .call, .request, .requestAlone, .indirect]) }
        guard !someone.isEmpty else { return false }
        return pastClause || someone.contains { cancelled.contains($0) || !live.contains($0) }
    }

    /// What the clause asks for, if a person.
    func finding() -> Finding? {
        guard !live.isEmpty, var finding = rules() else { return nil }
        // A request that names no team after it is for the team its clause names ("algú del departament de
        // facturació es posés en contacte amb mi"); a team named outranks a thing that names one ("my contract").
        if let team = Self.teamAskedFrom(in: spans).flatMap({ live.contains($0) ? spans[$0].queue : nil }) {
            // The team a person is asked from outranks a thing named after the request ("someone from customer
            // services to call me about a refund").
            finding.queue = team
        } else if finding.queue == nil {
            if let team = live.first(where: { spans[$0].queue != nil && !has($0, .topic) }).flatMap({ spans[$0].queue }) {
                finding.queue = team
            } else {
                finding.queue = live.lazy.compactMap { spans[$0].queue }.first
                finding.queueFromThing = finding.queue != nil
            }
        }
        return finding
    }

    /// The span of a team a person is asked from: after who and words of glue ("someone from billing", "alguien de
    /// facturación", "algú del servei tècnic").
    static func teamAskedFrom(in spans: [CueSpan]) -> Int? {
        spans.indices.first { index in
            guard spans[index].queue != nil else { return false }
            var before = index - 1
            while before >= 0, spans[before].parts.contains(.glue) { before -= 1 }
            return before >= 0 && before < index - 1 && !spans[before].parts.isDisjoint(with: [.person, .someone, .role])
        }
    }

    private func rules() -> Finding? {
        // In order, one at a time: a chain of `??` this long is too much for the type checker.
        if let finding = requestAlone() ?? indirect() ?? refusedMachine() ?? callBack() { return finding }
        if let finding = whoFirstPlease() { return finding }
        if let finding = requestFor() ?? someoneToTalkTo() ?? whoToTalkTo() ?? someoneAvailable() ?? whereIsWho() { return finding }
        if let finding = wish() { return finding }
        return wishWith() ?? help() ?? who()
    }
}

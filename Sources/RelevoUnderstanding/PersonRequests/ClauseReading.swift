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
    }

    let spans: [CueSpan]
    /// Whether the bot's last message said it is a bot, or the clause supposes it ("if you're not a person…"):
    /// then "find me one" asks for a person.
    private(set) var followsBotIdentity: Bool
    /// The spans read: those before a question about the bot.
    private var live: [Int] = []
    /// Spans cancelled by a refusal or something past just before them.
    private var cancelled: Set<Int> = []
    private var pastClause = false
    /// Whether the clause asks whether the bot is a person ("are you a real person?", "¿no sos una persona?").
    private(set) var asksAboutTheBot = false

    /// Words that open a relative clause.
    static let relativeWords: Set<String> = ["que", "that", "which", "who", "whom", "qui", "quien", "cual"]
    /// Words that make a question about the bot a supposition ("if you're a bot…", "si eres un robot…").
    static let suppositions: Set<String> = ["if", "si", "since", "como"]
    static let prepositions: Set<String> = ["to", "2", "with", "w", "con", "amb", "a", "al", "through", "thru", "onto", "into", "en"]
    static let pronounEnds: Set<[String]> = [["con", "el"], ["con", "ella"], ["con", "ellos"], ["con", "ellas"], ["amb", "ell"],
                                             ["amb", "ella"], ["amb", "ells"], ["amb", "elles"], ["con", "uno"], ["con", "una"],
                                             ["amb", "un"], ["amb", "una"]]
    /// Request verbs whose object follows with no preposition: "reach customer service" names a team as "talk to
    /// customer service" does.
    static let directObjectVerbs: Set<String> = ["reach", "reaching", "contact", "contacting", "call", "calling", "ring", "phone", "email", "message", "of"]
    /// Words of the ways to reach the team ("the customer service number"), which a question about times asks the
    /// hours of.
    static let contactWords: Set<String> = ["number", "line", "phone", "email", "contact", "numero", "telefono", "telefon", "linia", "linea"]
    static let withWords: Set<String> = ["with", "to", "con", "amb", "by", "a"]
    /// "¿Con quién hablo?" ends a clause to ask who answers (the bot); "con quién hablo para lo de la factura" asks
    /// for the person who handles it.
    static let askedAlone: Set<[String]> = [["con", "quien", "hablo"], ["amb", "qui", "parlo"]]

    init(_ spans: [CueSpan], followsBotIdentity: Bool = false) {
        self.spans = spans
        self.followsBotIdentity = followsBotIdentity
        var end = spans.count
        for (index, span) in spans.enumerated() {
            if span.parts.contains(.observer) { return }
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
            if parts.contains(.negation) { live[(position + 1)...].prefix(3).forEach { cancelled.insert($0) } }
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
        // facturació es posés en contacte amb mi").
        if finding.queue == nil { finding.queue = live.lazy.compactMap { spans[$0].queue }.first }
        return finding
    }

    private func rules() -> Finding? {
        // In order, one at a time: a chain of `??` this long is too much for the type checker.
        if let finding = requestAlone() ?? indirect() ?? refusedMachine() ?? callBack() { return finding }
        if let finding = requestFor() ?? someoneToTalkTo() ?? someoneAvailable() ?? wish() { return finding }
        return wishWith() ?? help() ?? who()
    }

    private func ok(_ index: Int) -> Bool { !cancelled.contains(index) }
    private func has(_ index: Int, _ parts: CueParts) -> Bool { !spans[index].parts.isDisjoint(with: parts) }
    private func describe(_ rule: String, _ indices: Int...) -> String {
        rule + ": " + indices.map { spans[$0].words.joined(separator: " ") }.joined(separator: " > ")
    }

    /// The first queue named after span `index`.
    private func queue(after index: Int) -> String? {
        live.first { $0 > index && spans[$0].queue != nil }.flatMap { spans[$0].queue }
    }

    /// Whether span `index` is who a request is for: a person, a role, someone (not someone else, not "my
    /// agent"), a follow-up ("a real one") after a request word or the bot saying it is one, or, when
    /// `department` allows, a department (a team named as such if `departmentLike`).
    private func isWho(_ index: Int, department: Bool = false, departmentLike: Bool = false, followUp: Bool = false) -> Bool {
        let span = spans[index]
        if span.parts.contains(.thing) { return false }
        // "her" before a noun is hers: "take over her phone contract" asks for no one.
        if span.words.elementsEqual(["her"]), index + 1 < spans.count, spans[index + 1].parts.isDisjoint(with: .surrounding) { return false }
        let afterThird = index > 0 && spans[index - 1].parts.contains(.third)
        let who = (followUp || followsBotIdentity) && span.parts.contains(.followUp) ? CueParts.objects.union(.followUp) : .objects
        if !span.parts.isDisjoint(with: who) {
            let followedByElse = index + 1 < spans.count && spans[index + 1].words.first == "else"
            return !afterThird && !followedByElse
        }
        guard department, span.queue != nil, !afterThird else { return false }
        if departmentLike { return span.isDepartmentLike || (index + 1 < spans.count && spans[index + 1].parts.contains(.department)) }
        return true
    }

    private func requestAlone() -> Finding? {
        let content = live.filter { !has($0, .surrounding) }
        if content.count == 1, spans[content[0]].parts.contains(.requestAlone), ok(content[0]) {
            return Finding(evidence: describe("request", content[0]), queue: nil)
        }
        // Three words or more say who too ("posa'm amb algú", "que se ponga alguien"): a request wherever it stands
        // ("posa'm amb algú de suport").
        if let request = content.first(where: { spans[$0].parts.contains(.requestAlone) && spans[$0].words.count >= 3 && ok($0) }) {
            return Finding(evidence: describe("request", request), queue: queue(after: request))
        }
        let words = live.flatMap { spans[$0].words }
        if words.count >= 2, Self.pronounEnds.contains(Array(words.suffix(2))),
           let request = live.first(where: { spans[$0].parts.contains(.request) && ok($0) }) {
            return Finding(evidence: describe("request", request) + " > " + words.suffix(2).joined(separator: " "), queue: nil)
        }
        return nil
    }

    private func indirect() -> Finding? {
        let parts: CueParts = followsBotIdentity ? [.indirect, .followUp] : .indirect
        // A clause that asks about times asks about opening hours: "is anyone there on Sundays?", "what time does the
        // customer service line open?" (but "any humans working the chat tonight?" asks for one).
        let schedule = live.contains { has($0, .schedule) }
        return live.first {
            // A one-word follow-up ("one") is who only after a request ("speak to one"), never a request alone.
            has($0, parts) && (has($0, .indirect) || spans[$0].words.count > 1)
                && !(schedule && (has($0, .exists) || spans[$0].words.contains(where: Self.contactWords.contains)))
                && !(Self.askedAlone.contains(Array(spans[$0].words)) && $0 == live.last)
        }
            .map { Finding(evidence: describe("indirect", $0), queue: queue(after: $0)) }
    }

    private func refusedMachine() -> Finding? {
        for (position, index) in live.enumerated() where has(index, [.negation, .refuse]) {
            if let machine = live[(position + 1)...].prefix(4).first(where: { spans[$0].parts.contains(.bot) }) {
                return Finding(evidence: describe("no machine", index, machine), queue: nil)
            }
        }
        return nil
    }

    private func callBack() -> Finding? {
        guard !pastClause, let call = live.first(where: { spans[$0].parts.contains(.call) && ok($0) && !sendsAThing($0) }) else { return nil }
        // "Ningú em pot trucar al fix": nobody can call the customer, a fault of the line.
        if let position = live.firstIndex(of: call), live[..<position].suffix(2).contains(where: { has($0, .nobody) }) { return nil }
        return Finding(evidence: describe("call back", call), queue: queue(after: call))
    }

    /// Whether span `index` is a person's name after a request ("can I speak to Laura who helped me?", "em pots
    /// passar amb la Carme?"): a word the bot does not know, at the end of the clause or before "who", "again",
    /// "que"…
    private func isName(_ index: Int) -> Bool {
        guard spans[index].isUnknownWord else { return false }
        return index + 1 == spans.count || Self.nameFollowers.contains(spans[index + 1].words.first ?? "")
    }

    /// Words that may follow a name asked for: "who helped me", "again", "que me atendió", "please".
    static let nameFollowers: Set<String> = ["who", "whos", "again", "please", "pls", "que", "la", "el", "otra", "de", "from", "del"]

    /// Whether a call word sends something rather than asks for a call: "email me the invoice".
    private func sendsAThing(_ call: Int) -> Bool {
        guard let position = live.firstIndex(of: call) else { return false }
        for index in live[(position + 1)...].prefix(3) {
            if has(index, .topic) { return true }
            if !has(index, [.glue, .filler, .polite]) { return false }
        }
        return false
    }

    private func requestFor() -> Finding? {
        for (position, index) in live.enumerated() where spans[index].parts.contains(.request) && ok(index) {
            var others = 0
            var preposition = Self.prepositions.contains(spans[index].last) || Self.directObjectVerbs.contains(spans[index].last)
            for candidate in live[(position + 1)...].prefix(5) {
                if Self.prepositions.contains(spans[candidate].last) { preposition = true }
                let team = others == 0 && preposition && spans[candidate].parts == .department && spans[candidate].queue == nil
                if team || (others == 0 && preposition && isName(candidate)) || isWho(candidate, department: others == 0 && preposition, followUp: true) {
                    if !ok(candidate), !spans[index].parts.contains(.negation) { break }
                    return Finding(evidence: describe("request", index, candidate),
                                   queue: spans[candidate].queue ?? queue(after: candidate))
                }
                if has(candidate, [.nobody, .bot]) { break }
                if !has(candidate, [.glue, .filler, .polite, .department]) {
                    others += 1
                    if others > 2 { break }
                }
            }
        }
        return nil
    }

    private func someoneToTalkTo() -> Finding? {
        guard !pastClause else { return nil }
        for (position, index) in live.enumerated() where isWho(index, followUp: true) && ok(index) {
            for request in live[(position + 1)...].prefix(5) where spans[request].parts.contains(.request) && ok(request) {
                if live.allSatisfy({ $0 <= request || !has($0, .objects) }) {
                    return Finding(evidence: describe("someone to talk to", index, request), queue: nil)
                }
            }
        }
        return nil
    }

    /// Who, then a word of being there within a few words ("is someone from billing around?", "¿hay algún asesor de
    /// facturación conectado?"); with a day or an hour the clause asks about opening hours ("is anyone available on
    /// Sundays?").
    private func someoneAvailable() -> Finding? {
        guard !pastClause, !live.contains(where: { has($0, .schedule) }) else { return nil }
        for (position, index) in live.enumerated() where has(index, [.person, .role, .someone]) && isWho(index) && ok(index) {
            for candidate in live[(position + 1)...].prefix(5) {
                if has(candidate, .available), ok(candidate) {
                    return Finding(evidence: describe("available", index, candidate), queue: queue(after: index))
                }
                if !has(candidate, [.glue, .filler, .polite, .department]), spans[candidate].queue == nil { break }
            }
        }
        return nil
    }

    private func wish() -> Finding? {
        // "Is there anyone on Saturdays?" asks about opening hours.
        let schedule = live.contains { has($0, .schedule) }
        for (position, index) in live.enumerated() where has(index, [.get, .want, .exists]) && ok(index) {
            if schedule, has(index, .exists), !has(index, [.get, .want]) { continue }
            for candidate in live[(position + 1)...].prefix(3) {
                // "what should I get her" wants a present: a pronoun is who only after a request ("talk to her").
                if has(candidate, .pronoun), !has(candidate, [.person, .role, .someone]) { break }
                if isWho(candidate, department: true, departmentLike: true), ok(candidate) {
                    return Finding(evidence: describe("wish", index, candidate), queue: spans[candidate].queue)
                }
                if !has(candidate, .surrounding) { break }
            }
        }
        return nil
    }

    private func wishWith() -> Finding? {
        for (position, index) in live.enumerated() where has(index, [.want, .get]) && ok(index) {
            // At most four words between: "I need to report a bad experience with your staff" wants no one.
            for withPosition in (position + 1)..<max(position + 1, min(position + 6, live.count - 1)) {
                let with = live[withPosition]
                guard spans[with].words.count == 1, Self.withWords.contains(spans[with].last) else { continue }
                for candidate in live[(withPosition + 1)...].prefix(2) {
                    if has(candidate, [.person, .role]), isWho(candidate), ok(candidate) {
                        return Finding(evidence: describe("wish", index, candidate), queue: spans[candidate].queue)
                    }
                    if !spans[candidate].parts.contains(.glue) { break }
                }
            }
        }
        return nil
    }

    private func help() -> Finding? {
        helpAsked() ?? whoToHelp()
    }

    /// A question or wish that someone helps, who after it ("can a human check this", "que me atienda una persona").
    private func helpAsked() -> Finding? {
        for (position, index) in live.enumerated() {
            let parts = spans[index].parts
            let opensClause = spans[index].words.elementsEqual(["que"]) && live[..<position].allSatisfy { has($0, [.filler, .polite]) }
            guard parts.contains(.modal) || opensClause, ok(index) else { continue }
            var sawWho = false
            var sawHelp = parts.contains(.help)
            for candidate in live[(position + 1)...].prefix(7) {
                if isWho(candidate), ok(candidate) { sawWho = true }
                if has(candidate, [.help, .call]), ok(candidate) { sawHelp = true }
                if sawWho, sawHelp { return Finding(evidence: describe("help", index, candidate), queue: nil) }
            }
        }
        return nil
    }

    /// Who first, then "can" or "that" and help ("¿alguien puede revisar mi caso?", "algú de l'equip que m'ajudi",
    /// "someone who can look into this"): who opens the clause, and the help is asked, not told ("a technician is
    /// coming to fix this" has no "can"/"que").
    private func whoToHelp() -> Finding? {
        guard !pastClause,
              let first = live.firstIndex(where: { !has($0, [.filler, .polite]) }).map({ live[$0] }),
              isWho(first), ok(first), !has(first, .department)
        else { return nil }
        var asked = false
        for candidate in live.drop(while: { $0 <= first }).prefix(7) {
            if has(candidate, .modal) || spans[candidate].words.first == "que" || spans[candidate].words.first == "who" { asked = true }
            if asked, has(candidate, .help), ok(candidate) {
                return Finding(evidence: describe("help", first, candidate), queue: queue(after: first))
            }
        }
        return nil
    }

    private func who() -> Finding? {
        let content = live.filter { !has($0, [.filler, .polite, .glue, .department]) }
        guard !content.isEmpty, content.allSatisfy({ isWho($0, department: true) || spans[$0].queue != nil }) else { return nil }
        let person = content.contains { has($0, [.person, .role]) }
        let department = content.contains { spans[$0].queue != nil }
        let polite = live.contains { spans[$0].parts.contains(.polite) }
        let named = live.contains { spans[$0].isDepartmentLike || spans[$0].parts.contains(.department) }
        let someone = content.contains { spans[$0].parts.contains(.someone) }
        let third = live.contains { spans[$0].parts.contains(.third) }
        // "invoice pls" asks for an invoice, "billing please" for the team.
        let teamNamed = content.contains { spans[$0].queue != nil && !has($0, .topic) }
        guard !third, person || (department && (named || (polite && teamNamed))) || (someone && (polite || department)) else { return nil }
        return Finding(evidence: describe("who", content[0]), queue: content.lazy.compactMap { spans[$0].queue }.first)
    }
}

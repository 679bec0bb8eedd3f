/// The rules of ``ClauseReading``, tried in order by ``ClauseReading/finding()``, and their helpers.
extension ClauseReading {
    func ok(_ index: Int) -> Bool { !cancelled.contains(index) }
    func has(_ index: Int, _ parts: CueParts) -> Bool { !spans[index].parts.isDisjoint(with: parts) }
    func describe(_ rule: String, _ indices: Int...) -> String {
        rule + ": " + indices.map { spans[$0].words.joined(separator: " ") }.joined(separator: " > ")
    }

    /// The first queue named after span `index`.
    func queue(after index: Int) -> String? {
        live.first { $0 > index && spans[$0].queue != nil }.flatMap { spans[$0].queue }
    }

    /// Whether span `index` is who a request is for: a person, a role, someone (not someone else, not "my
    /// agent"), a follow-up ("a real one") after a request word or the bot saying it is one, or, when
    /// `department` allows, a department (a team named as such if `departmentLike`).
    func isWho(_ index: Int, department: Bool = false, departmentLike: Bool = false, followUp: Bool = false) -> Bool {
        let span = spans[index]
        if span.parts.contains(.thing) { return false }
        // "her" before a noun is hers: "take over her phone contract" asks for no one.
        if span.words.elementsEqual(["her"]), index + 1 < spans.count, spans[index + 1].parts.isDisjoint(with: .surrounding) { return false }
        // "Someone else" is not the company's, but "con él o con otra persona", "him or another agent" still asks
        // for one of its people.
        let afterThird = index > 0 && spans[index - 1].parts.contains(.third) && !isAlternative(before: index - 1)
        let who = (followUp || followsBotIdentity) && span.parts.contains(.followUp) ? CueParts.objects.union(.followUp) : .objects
        if !span.parts.isDisjoint(with: who) {
            let followedByElse = index + 1 < spans.count && spans[index + 1].words.first == "else"
            return !afterThird && !followedByElse
        }
        guard department, span.queue != nil, !afterThird else { return false }
        if departmentLike { return span.isDepartmentLike || (index + 1 < spans.count && spans[index + 1].parts.contains(.department)) }
        return true
    }

    /// Whether span `index` follows "or" (with a preposition between): "o con otra persona", "or another agent".
    func isAlternative(before index: Int) -> Bool {
        var before = index - 1
        if before >= 0, spans[before].parts.contains(.glue), !Self.ors.contains(spans[before].last) { before -= 1 }
        return before >= 0 && Self.ors.contains(spans[before].last)
    }

    func requestAlone() -> Finding? {
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

    func indirect() -> Finding? {
        let parts: CueParts = followsBotIdentity ? [.indirect, .followUp] : .indirect
        // A clause that asks about times asks about opening hours: "is anyone there on Sundays?", "what time does the
        // customer service line open?" (but "any humans working the chat tonight?" asks for one, and so does "is
        // there someone in tech support we could speak with this evening?", with its word of talking).
        let schedule = live.contains { has($0, .schedule) } && !live.contains { has($0, .request) }
        let lastContent = live.last { !has($0, .surrounding) }
        return live.first {
            // A one-word follow-up ("one") is who only after a request ("speak to one"), never a request alone.
            has($0, parts) && (has($0, .indirect) || spans[$0].words.count > 1)
                && !(schedule && (has($0, .exists) || spans[$0].words.contains(where: Self.contactWords.contains)))
                && !(Self.askedAlone.contains(Array(spans[$0].words)) && $0 == live.last)
                && !(Self.askedAtTheEnd.contains(Array(spans[$0].words)) && $0 != lastContent)
        }
            .map { Finding(evidence: describe("indirect", $0), queue: queue(after: $0)) }
    }

    /// Asking where the person is asks for them: "wheres the human", "¿dónde está la persona que me tiene que
    /// atender?", "on és l'agent?" (a person, not a role: "where is the technician?" asks about a visit).
    func whereIsWho() -> Finding? {
        guard !pastClause else { return nil }
        for (position, index) in live.enumerated() where Self.whereWords.contains(spans[index].last) && CueParts.surrounding.isSuperset(of: spans[index].parts) {
            for candidate in live[(position + 1)...].prefix(3) {
                if has(candidate, .person), isWho(candidate), ok(candidate) {
                    return Finding(evidence: describe("where", index, candidate), queue: spans[candidate].queue)
                }
                if !(Self.beWords.contains(spans[candidate].last) || has(candidate, [.glue, .filler])) { break }
            }
        }
        return nil
    }

    static let whereWords: Set<String> = ["where", "wheres", "whr", "donde", "dnd", "on"]
    /// "Is", "está", "és" and the like, between "where" and who.
    static let beWords: Set<String> = ["is", "s", "are", "esta", "estan", "es", "son", "my", "mi", "mis", "meu", "meva", "all"]

    func refusedMachine() -> Finding? {
        for (position, index) in live.enumerated() where has(index, [.negation, .refuse]) {
            // "It's not compatible with my computer": the customer's own machine is not the bot.
            if let machine = live[(position + 1)...].prefix(4).first(where: { spans[$0].parts.contains(.bot) }),
               machine == 0 || !Self.possessives.contains(spans[machine - 1].last) {
                return Finding(evidence: describe("no machine", index, machine), queue: nil)
            }
        }
        return nil
    }

    /// Words that make a machine the customer's own or someone else's ("my computer", "el meu ordinador").
    static let possessives: Set<String> = ["my", "our", "his", "her", "their", "mi", "mis", "su", "sus", "meu", "meva", "seu", "seva", "nostre"]

    func callBack() -> Finding? {
        guard !pastClause, let call = live.first(where: { spans[$0].parts.contains(.call) && ok($0) && !sendsAThing($0) }) else { return nil }
        // "Ningú em pot trucar al fix": nobody can call the customer, a fault of the line; "nobody needs to email me
        // now" needs no call.
        if let position = live.firstIndex(of: call), live[..<position].suffix(3).contains(where: { has($0, .nobody) }) { return nil }
        return Finding(evidence: describe(PersonRequest.callBackEvidence, call), queue: queue(after: call))
    }

    /// Whether span `index` is a person's name after a request ("can I speak to Laura who helped me?", "em pots
    /// passar amb la Carme?"): a word the bot does not know, at the end of the clause or before "who", "again",
    /// "que"…
    func isName(_ index: Int) -> Bool {
        guard spans[index].isUnknownWord else { return false }
        // An English name takes no article: "complain to the council" names no one ("la Maria", "en Jordi" do).
        if index > 0, Self.englishArticles.contains(spans[index - 1].last) { return false }
        return index + 1 == spans.count || Self.nameFollowers.contains(spans[index + 1].words.first ?? "")
    }

    static let englishArticles: Set<String> = ["the", "a", "an"]

    /// Words that ask for someone once more: "can I get her again?".
    static let again: Set<String> = ["again", "back"]

    /// Words that may follow a name asked for: "who helped me", "again", "que me atendió", "please".
    static let nameFollowers: Set<String> = ["who", "whos", "again", "please", "pls", "que", "la", "el", "otra", "de", "from", "del"]

    /// Whether a call word sends something rather than asks for a call: "email me the invoice".
    func sendsAThing(_ call: Int) -> Bool {
        guard let position = live.firstIndex(of: call) else { return false }
        for index in live[(position + 1)...].prefix(3) {
            // "Los de pedidos", "els de comandes", "your payments people": the people of a team, not a thing sent.
            if has(index, .topic) {
                let team = (index > 0 && Self.ofTeam.contains(spans[index - 1].last))
                    || (index + 1 < spans.count && spans[index + 1].parts.contains(.department))
                return !team
            }
            if !has(index, [.glue, .filler, .polite]) { return false }
        }
        return false
    }

    /// Words before a team's name that make it the people of the team ("los de pedidos", "someone from orders").
    static let ofTeam: Set<String> = ["de", "del", "d", "from", "in"]

    func requestFor() -> Finding? {
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

    /// Who, then a word of talking a few words on: "alguien con quien hablar". A team named as such counts as who
    /// when talking ends the clause: "con el departamento de envíos quiero hablar" (not "de la factura quiero hablar").
    func someoneToTalkTo() -> Finding? {
        guard !pastClause else { return nil }
        let lastContent = live.last { !has($0, .surrounding) }
        for (position, index) in live.enumerated() where ok(index) {
            let team = spans[index].queue != nil && (isWho(index, department: true, departmentLike: true) || namedAfterDepartment(index))
            guard team || isWho(index, followUp: true) else { continue }
            for request in live[(position + 1)...].prefix(5) where spans[request].parts.contains(.request) && ok(request) {
                if team, request != lastContent { continue }
                if live.allSatisfy({ $0 <= request || !has($0, .objects) }) {
                    return Finding(evidence: describe("someone to talk to", index, request), queue: team ? spans[index].queue : nil)
                }
            }
        }
        return nil
    }

    /// Whether span `index` names a team after a word of department: "el departamento de envíos", "l'àrea de
    /// comptes".
    func namedAfterDepartment(_ index: Int) -> Bool {
        index >= 2 && Self.ofTeam.contains(spans[index - 1].last) && spans[index - 2].parts.contains(.department)
            && !(index >= 3 && spans[index - 3].parts.contains(.third))
    }

    /// Who first, then please, whatever follows: "agente xfa este bot no sirve pa nada", "agent pls, this bot is
    /// useless".
    func whoFirstPlease() -> Finding? {
        let content = live.filter { !has($0, .filler) }
        guard content.count >= 2, has(content[0], [.person, .role]), isWho(content[0]), ok(content[0]), has(content[1], .polite)
        else { return nil }
        return Finding(evidence: describe("who, please", content[0], content[1]), queue: spans[content[0]].queue)
    }

    /// Asking who, then a word of talking a few words on, with at most a team, "can I" and small words between:
    /// "con quién del área de cobranza puedo hablar?", "amb qui de facturació puc parlar?", "who in billing can I
    /// talk to?". Not about the past ("who did I talk to yesterday?").
    func whoToTalkTo() -> Finding? {
        guard !pastClause else { return nil }
        for (position, index) in live.enumerated() where has(index, .askWho) && ok(index) {
            for candidate in live[(position + 1)...].prefix(6) {
                if has(candidate, .request), ok(candidate) {
                    return Finding(evidence: describe("who to talk to", index, candidate), queue: queue(after: index))
                }
                if !has(candidate, [.glue, .filler, .polite, .department, .want, .modal]), spans[candidate].queue == nil { break }
            }
        }
        return nil
    }

    /// Who, then a word of being there within a few words ("is someone from billing around?", "¿hay algún asesor de
    /// facturación conectado?"); with a day or an hour the clause asks about opening hours ("is anyone available on
    /// Sundays?").
    func someoneAvailable() -> Finding? {
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

    func wish() -> Finding? {
        // "Is there anyone on Saturdays?" asks about opening hours.
        let schedule = live.contains { has($0, .schedule) }
        for (position, index) in live.enumerated() where has(index, [.get, .want, .exists]) && ok(index) {
            if schedule, has(index, .exists), !has(index, [.get, .want]) { continue }
            for candidate in live[(position + 1)...].prefix(3) {
                // "what should I get her" wants a present: a pronoun is who only after a request ("talk to her"), or
                // when asked for again ("can I get her again?").
                if has(candidate, .pronoun), !has(candidate, [.person, .role, .someone]) {
                    let next = candidate + 1 < spans.count ? spans[candidate + 1].words.first : nil
                    if let next, Self.again.contains(next), ok(candidate) {
                        return Finding(evidence: describe("wish", index, candidate), queue: nil)
                    }
                    break
                }
                if isWho(candidate, department: true, departmentLike: true), ok(candidate) {
                    return Finding(evidence: describe("wish", index, candidate), queue: spans[candidate].queue)
                }
                if !has(candidate, .surrounding) { break }
            }
        }
        return nil
    }

    func wishWith() -> Finding? {
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

    func help() -> Finding? {
        helpAsked() ?? whoToHelp()
    }

    /// A question or wish that someone helps, who after it ("can a human check this", "que me atienda una persona").
    func helpAsked() -> Finding? {
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
    func whoToHelp() -> Finding? {
        guard !pastClause,
              let first = live.firstIndex(where: { !has($0, .surrounding) }).map({ live[$0] }),
              isWho(first), ok(first), !has(first, .department)
        else { return nil }
        // "¿Y un humano cuándo me va a contestar?": when a person (not a role: "¿el técnico cuándo viene?") will help.
        var asked = false
        let when = has(first, .person)
        for candidate in live.drop(while: { $0 <= first }).prefix(7) {
            if has(candidate, .modal) || spans[candidate].words.first == "que" || spans[candidate].words.first == "who" { asked = true }
            if when, let word = spans[candidate].words.first, Self.whenWords.contains(word) { asked = true }
            if asked, has(candidate, .help), ok(candidate) {
                return Finding(evidence: describe("help", first, candidate), queue: queue(after: first))
            }
        }
        return nil
    }

    static let whenWords: Set<String> = ["when", "cuando", "quan"]

    /// Forms of address, normalized: alone in a clause they speak to the bot.
    static let addressForms: Set<String> = ["senorita", "senyoreta", "miss", "sir", "madam"]

    func who() -> Finding? {
        let content = live.filter { !has($0, [.filler, .polite, .glue, .department]) }
        guard !content.isEmpty, content.allSatisfy({ isWho($0, department: true) || spans[$0].queue != nil }) else { return nil }
        // "Buenos días, señorita": a form of address alone speaks to the bot; asked for, it follows a request
        // ("¿me pasa con una señorita?").
        if content.allSatisfy({ Self.addressForms.contains(spans[$0].words.joined(separator: " ")) }) { return nil }
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

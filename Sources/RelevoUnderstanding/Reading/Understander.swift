import Foundation
import Logging

/// The understanding step of a turn: reads a message once — cleaning, normalization, the word split,
/// patterns and classifier, a request for a person, language, the customer's signals and the slot values it
/// holds — into an ``Understood`` value.
package struct Understander: Sendable {
    /// What understanding needs to know of the conversation.
    package struct Context: Sendable {
        /// The session's language so far, if any.
        package var language: Language?
        /// Whether the session's language is a guess without evidence (see ``Understood/languageTentative``).
        package var languageTentative = false
        /// Whether the bot's last message said it is a bot (its answer to "are you a person?"): then "fine,
        /// then find me one" asks for a person.
        package var followsBotIdentity: Bool

        /// The conversation's topic: the intent of the session's latest understood request and the customer's
        /// message that asked it. An elliptical follow-up ("and express?") continues it (``FollowUp``).
        package var topic: (intent: String, text: String)?
        /// While a case waits for a team, the intents that team takes: a message about the case's matter ("is
        /// there anything else I should try meanwhile?" while the technicians have it) is not out of scope.
        package var caseIntents: [String]

        package init(language: Language?, languageTentative: Bool = false, followsBotIdentity: Bool = false,
                     topic: (intent: String, text: String)? = nil, caseIntents: [String] = []) {
            self.language = language
            self.languageTentative = languageTentative
            self.followsBotIdentity = followsBotIdentity
            self.topic = topic
            self.caseIntents = caseIntents
        }
    }

    package let bot: Bot
    package let matcher: IntentMatcher
    package let personRequests: PersonRequestDetector
    /// Other companies, whose matters are not this bot's.
    private let otherCompanies: OtherCompanies
    let logger: Logger

    /// The bot's intents that ask for a person.
    let humanIntents: Set<String>
    /// The intents that point at no team: those that ask for a person, and those of the default queue.
    private let noTeamIntents: Set<String>

    package init(bot: Bot, matcher: IntentMatcher, logger: Logger) {
        self.bot = bot
        self.matcher = matcher
        self.personRequests = PersonRequestDetector(bot: bot)
        self.otherCompanies = OtherCompanies(bot: bot)
        self.humanIntents = Set(bot.intents.filter { $0.value.requestsHuman }.map(\.key))
        self.noTeamIntents = humanIntents.union(bot.intents.keys.filter { !bot.hasTeam($0) })
        self.logger = logger
    }

    /// Reads one message.
    package func read(_ raw: String, context: Context) -> Understood {
        let limit = bot.policy.maxMessageLength
        let cleaned = InputSanitizer.clean(raw)
        // Payment data is read as a placeholder without digits (never a slot value) and, unless the policy keeps
        // it, stored masked.
        let (kept, masked) = Self.hidingPaymentData(cleaned, keep: bot.policy.storeUnmaskedPaymentData)
        let readable = Self.withoutTemplatePlaceholders(masked)
        // A text has at least as many UTF-8 bytes as characters: most messages skip counting characters.
        let tooLong = cleaned.utf8.count > limit && cleaned.count > limit
        // An oversized message is stored cut at the limit, answered politely, and counts toward nothing.
        let stored = tooLong ? String(kept.prefix(limit)) + "…" : kept
        let text = tooLong ? String(readable.prefix(limit)) + "…" : readable
        // Numbers said in words ("order forty four seventy one") are read as digits; a time said in words is read
        // from the message as written.
        // Only a message with a number word is read again (one set lookup a word otherwise).
        let written = tooLong ? "" : TextNormalizer.normalize(text)
        let writtenWords = TextNormalizer.words(written).map(String.init)
        let spoken = writtenWords.contains(where: SpokenNumbers.isNumberWord) ? SpokenNumbers.withDigits(text) : nil
        let normalized = spoken.map(TextNormalizer.normalize) ?? written
        let words = spoken == nil ? writtenWords : TextNormalizer.words(normalized).map(String.init)
        var match = normalized.isEmpty ? .notUnderstood : matcher.match(normalized, logger: logger)
        // "I don't need a person, just tell me when it arrives": when the library reads a refusal, the past or a
        // question about the bot, the message (matched as the bot's own intent for asking for a person, or not
        // understood) is read again without those intents, whole and without the clauses that turn a person
        // aside, whichever is clearer: the aside may carry the topic ("an agent promised me a refund, where is
        // it?") or hide it ("I don't need a person, just tell me the hours").
        if match.intent.map({ bot.intents[$0]?.requestsHuman == true }) ?? true, let aside = personRequests.aside(normalized) {
            match = matcher.match(normalized, excluding: humanIntents, logger: logger)
            // A greeting left beside the story ("Hola, fa 15 dies un agent em va dir…") is not what the message asks.
            if let rest = aside.rest, !Self.isGreeting(rest) {
                let part = matcher.match(rest, excluding: humanIntents, logger: logger)
                // A part read as a goodbye is not what a story asks ("the agent said she'd look into it, has
                // anything been done?" is no farewell).
                let ends = part.intent.map { bot.intents[$0]?.endsSession == true } ?? false
                if part.confidence > match.confidence, !ends { match = part }
            }
        }
        if !tooLong, let later = afterCourtesy(normalized, match: match) ?? (match.isUnderstood ? nil : clearQuestion(normalized)) {
            match = later
        } else if !tooLong, match.isUnderstood, match.source == .examples, match.confidence < Self.clearQuestionConfidence,
                  let question = clearQuestion(normalized), question.intent == match.intent, question.confidence > match.confidence
        {
            // "Mare meua, sempre em dius el mateix. A quina hora obri l'equip de comandes?": the question, read alone,
            // is surely what the whole only leaned to — as sure as a question asked alone.
            match = question
        }
        let signals = tooLong ? CustomerSignals(frustration: 0, notHelpful: false) : CustomerSignals.read(raw: text, words: words)
        // An elliptical follow-up continues the topic: one not understood alone, or one that only leans to a
        // neighbour of the topic ("i quan arribarà?" after an order's status is about that order, not delivery
        // times in general) while read after the topic it clearly continues it. "Que ya está solucionado" says it
        // is over, whatever it opens with.
        if let topic = context.topic, match.intent != topic.intent, FollowUp.mayContinue(match, words: words),
           !signals.withdraws, !signals.letsGo, !signals.acknowledges,
           let followed = followUp(normalized, words: words, topic: topic, strict: match.isUnderstood)
        {
            match = followed
        }
        // Another company's matter ("what time does Tesco close?", "Spotify charged me twice", "how do I cancel my
        // Netflix subscription?") is not this bot's, however much it reads like one of its intents or matches one
        // of its patterns; a request for a person is read on its own below.
        var otherCompanysMatter = false
        if match.isUnderstood, !humanIntents.contains(match.intent ?? ""), otherCompanies.named(in: words, for: match.intent) {
            match = .notUnderstood
            otherCompanysMatter = true
        }
        var (personRequest, rest) = personRequest(in: tooLong ? TextNormalizer.normalize(String(readable.prefix(limit))) : normalized,
                                                  match: match, context: context)
        // "My British Gas bill is really high, who do I speak to there?", "it's from Amazon, not you": the person
        // asked for is the other company's, not one of ours.
        if let request = personRequest, !request.evidence.hasPrefix("intent"), otherCompanies.named(in: words),
           words.contains(where: Self.elsewhereWords.contains) || request.evidence.hasSuffix("not you")
        {
            personRequest = nil
        }
        // A department that may mean two teams ("accounts department") is the one the message is about, if either,
        // else the one the conversation is about ("the reset link has expired, is there someone in the accounts
        // department?" after a login problem).
        if let alternative = personRequest?.alternativeQueue, let named = personRequest?.queue {
            let teams = [named, alternative]
            // Read without the request, whose department words would pull the reading to the team they name.
            let said = [rest, Self.about(in: normalized)].compactMap { $0.map { matcher.match($0, excluding: noTeamIntents, logger: logger) } }
                .filter { $0.isUnderstood && $0.confidence >= Self.sureTopic }.max { $0.confidence < $1.confidence }
                .flatMap { bot.queue(for: $0.intent)?.name }
            let about = said.flatMap { teams.contains($0) ? $0 : nil } ?? context.topic.flatMap { bot.queue(for: $0.intent)?.name }
            if about == alternative { personRequest?.queue = alternative }
        }
        // A team only mentioned outside the request ("I get your invoices at that email") yields to what the rest of
        // the message is surely about ("I can't log in… can I talk to someone?" is the accounts team's).
        // Else, to what the conversation is about: "I've looked in My account and it doesn't add up… put me through
        // to someone" after a bill's question is billing's.
        if let request = personRequest, request.queueOnlyMentioned, let rest, !rest.isEmpty {
            let about = matcher.match(rest, excluding: noTeamIntents, logger: logger)
            let sure = about.isUnderstood && about.confidence >= Self.sureMatter ? bot.queue(for: about.intent)?.name : nil
            let topic = context.topic.flatMap { bot.hasTeam($0.intent) ? bot.queue(for: $0.intent)?.name : nil }
            if let team = sure ?? topic, team != request.queue {
                personRequest?.queue = team
                personRequest?.alternativeQueue = nil
            }
        }
        // A request for a person that names no department is routed by what the message is about: "put me through
        // to an agent, my router is flashing red" goes to the technicians.
        if let personRequest, personRequest.queue == nil, match.intent.map({ bot.intents[$0]?.requestsHuman == true }) ?? true,
           words.count >= Self.topicWords, rest != "", let topic = topic(of: normalized, rest: rest)
        {
            match = topic
        }
        let language = chooseLanguage(text: text, match: match, current: context.language, tentative: context.languageTentative)
        // An upset message whose intent is no team's: what it is about, for the team that takes over.
        let teamIntent = signals.frustration > 0 && personRequest == nil && !normalized.isEmpty && !bot.hasTeam(match.intent)
            ? topic(of: normalized, rest: nil).flatMap { $0.confidence >= Self.sureTopic ? $0.intent : nil } : nil
        let callbackTime = tooLong ? nil : CallbackTime.find(in: written, words: writtenWords)
        // Two questions in one message: the other is answered too. Not beside a request for a person.
        let alsoAsks = tooLong || personRequest != nil || !normalized.contains(where: Self.clauseBreaks.contains) && !words.contains(where: Self.joiningWords.contains)
            ? nil : otherQuestion(normalized, main: match)
        var understood = Understood(text: stored, tooLong: tooLong, normalized: normalized, words: words, match: match,
                          personRequest: personRequest, alsoAsks: alsoAsks, language: language.language, languageTentative: language.tentative, signals: signals,
                          teamIntent: teamIntent,
                          entities: entities(text: spoken ?? text, normalized: normalized),
                          callbackTime: callbackTime,
                          customerZone: callbackTime?.zone ?? (tooLong ? nil : CustomerZone.said(in: written, words: writtenWords)?.identifier))
        understood.register = Register.read(writtenWords, language: language.language)
        if !tooLong {
            understood.otherValues = otherValues(text: spoken ?? text)
            understood.caseReference = CaseReference.find(in: text)
        }
        // Not understood, and no matter of this bot's: another company's, or a message in words of a language most
        // like the library's out-of-scope ones — and, in a conversation, clearly unlike its topic ("and the weather
        // there?" after delivery times is; "anything else I should try meanwhile?" after a fault is not). Not
        // gibberish ("blorp zzzt"), which is not understood, nor a message with a value the bot knows ("4471?"), a
        // case's reference ("R-DXRHQ5") or a time for a call ("afternoons are best"; not "a series for tonight?").
        let forACall = callbackTime.map { $0.mentionsCall || words.count <= Self.timeAloneWords } ?? false
        if !tooLong, !match.isUnderstood, personRequest == nil, understood.entities.isEmpty, !forACall, understood.caseReference == nil,
           words.contains(where: LanguageGuesser.knownWords.contains)
        {
            let matters = (context.topic.map { [$0.intent] } ?? []) + context.caseIntents
            understood.outOfScope = otherCompanysMatter || matcher.isOutOfScope(normalized, unlike: matters)
        }
        // A phone number of another country's clock ("07911 123456", "+52 …") gives the customer's zone when no place
        // is named: "best after 5pm" is then on their clock.
        if understood.customerZone == nil, !understood.entities.isEmpty {
            for (name, slot) in bot.slots {
                guard case .builtin(.phone) = slot.extractor, let phone = understood.entities[name] else { continue }
                understood.customerZone = CustomerZone.ofPhone(phone)?.identifier
                if understood.customerZone != nil { break }
            }
        }
        return understood
    }

    /// The message as stored (payment data masked, unless `keep`) and as understood (payment data as
    /// placeholders without digits, so that no slot can take a card number or a security code).
    static func hidingPaymentData(_ text: String, keep: Bool) -> (stored: String, readable: String) {
        let readable = Redactor.mask(text, kinds: Redactor.paymentKinds, style: .placeholder)
        guard readable != text else { return (text, text) }
        return (keep ? text : Redactor.mask(text, kinds: Redactor.paymentKinds), readable)
    }

    /// Text without the template placeholders of redacted or generated text ("my bill from {{Person Name}}" is
    /// "my bill from"): a placeholder's words are the name of what was there, not what the customer said.
    static func withoutTemplatePlaceholders(_ text: String) -> String {
        // One pass over the bytes: Foundation's `contains` was 1.4% of a turn in `relevo bench`.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in defer { previous = byte }; return byte == 0x7B && previous == 0x7B }) else { return text }
        var output = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}"),
              rest.distance(from: open.upperBound, to: close.lowerBound) <= 40
        {
            output += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// The topic's intent, when the message is an elliptical follow-up to it: it opens like one, does not lean
    /// out of scope against the topic on its own, and, read after the message that set the topic, is understood
    /// as the topic again about as clearly as that message alone — and, when the message was understood alone as
    /// another intent (`strict`), clearly.
    private func followUp(_ normalized: String, words: [String], topic: (intent: String, text: String), strict: Bool) -> IntentMatch? {
        guard let intent = bot.intents[topic.intent], !intent.requestsHuman, FollowUp.opens(words),
              !matcher.leansOutOfScope(normalized, against: topic.intent)
        else { return nil }
        // The message must not take the topic away: read together, the topic is about as clear as it was alone
        // ("¿y qué tiempo hace allí?" after a delivery question is not about delivery).
        let asked = TextNormalizer.normalize(topic.text)
        let together = matcher.match(asked + " " + normalized, logger: logger)
        guard together.intent == topic.intent, !strict || together.confidence >= FollowUp.clearConfidence else { return nil }
        let alone = matcher.match(asked, logger: logger)
        guard alone.intent != topic.intent || together.confidence >= FollowUp.keptConfidence * alone.confidence else { return nil }
        return IntentMatch(intent: topic.intent, confidence: together.confidence, source: .context, language: nil)
    }

    /// The library's recognition of a request for a person, which no bot can switch off; else the bot's own
    /// `requests_human` intent, which adds to it. An over-long message is read in its first part. With it, the
    /// message's clauses that ask for no one, when the library read them apart.
    private func personRequest(in normalized: String, match: IntentMatch, context: Context) -> (PersonRequest?, rest: String?) {
        if let found = personRequests.detectWithRest(normalized, followsBotIdentity: context.followsBotIdentity) { return found }
        guard let intent = match.intent, bot.intents[intent]?.requestsHuman == true else { return (nil, nil) }
        return (PersonRequest(queue: personRequests.department(in: normalized), evidence: "intent \(intent)"), nil)
    }

    /// What a message is about, when that points at a team other than the default one (for a request for a
    /// person naming no team, or an upset message): the clauses that ask for no one, what follows "about", or the
    /// whole message, read without the intents of no team — whichever is clearest.
    private func topic(of normalized: String, rest: String?) -> IntentMatch? {
        let about = Self.about(in: normalized)
        let readings = [rest.map { matcher.match($0, excluding: noTeamIntents, logger: logger) },
                        about.map { matcher.match($0, excluding: noTeamIntents, logger: logger) },
                        matcher.match(normalized, excluding: noTeamIntents, logger: logger)]
        return readings.compactMap { $0 }.filter(\.isUnderstood).max { $0.confidence < $1.confidence }
    }

    /// Whether normalized text is only a greeting ("hola", "bon dia", "good morning").
    package static func isGreeting(_ normalized: String) -> Bool {
        // Normalized text has single spaces inside and none at the ends but for a customer's own; Foundation's
        // trimming bridged to NSString at every turn.
        greetings.contains(normalized.first == " " || normalized.last == " "
            ? String(normalized.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) : normalized)
    }

    static let greetings: Set<String> = [
        "hola", "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening", "buenas", "buenos dias",
        "buenas tardes", "buenas noches", "bon dia", "bona tarda", "bon vespre", "bona vesprada", "bones", "ei", "ep", "holaa",
    ]

    /// Words pointing away from this company ("there", "allí", "allà"): with another company named, who the
    /// customer would talk to is that company's.
    static let elsewhereWords: Set<String> = ["there", "alli", "alla", "ahi"]

    /// The most words of a message that says a time and nothing about a call, read as the time for one ("afternoons
    /// are best") rather than as out of scope.
    static let timeAloneWords = 4

    /// How sure the reading of what a message is about must be to outweigh the conversation's topic.
    static let sureTopic = 0.5
    /// How sure the reading of the rest of a message must be to outweigh a team only mentioned in it.
    static let sureMatter = 0.9

    /// The fewest words of a request for a person that may also say what it is about ("agent please" does not).
    static let topicWords = 4

    /// What follows the last "about" of normalized text ("someone about my internet" → "my internet"), if anything.
    static func about(in normalized: String) -> String? {
        let words = TextNormalizer.words(normalized).map(String.init)
        guard let index = words.lastIndex(where: aboutWords.contains), index + 1 < words.count else { return nil }
        return words[(index + 1)...].joined(separator: " ")
    }

    /// Words that introduce what a request is about, in the bot's languages (normalized: no accents).
    static let aboutWords: Set<String> = [
        "about", "regarding", "re", "concerning", "sobre", "acerca", "respecto", "referente", "tema", "asunto", "relacio",
        "relacion", "respecte",
    ]

    /// The reply language: the session's unless the message clearly is in another (the matched example's language
    /// counts only when the message's own evidence agrees); a new session's from the message's evidence, else the
    /// default language.
    private func chooseLanguage(text: String, match: IntentMatch, current: Language?, tentative: Bool) -> (language: Language, tentative: Bool) {
        // Letters spaced apart are read as words: "T A L K  T O  A  H U M A N" is English, not a run of "a"s.
        let text = TextFolder.mayHaveSpacedLetters(text) ? TextFolder.fold(text) : text
        return LanguageGuesser.replyLanguage(text: text, match: match, current: current, tentative: tentative, languages: bot.languages,
                                             defaultLanguage: bot.policy.defaultLanguage)
    }

    /// Every slot value present in the message, whether or not it was asked for.
    /// The values of slots that the message gives more than one of ("5512 and 7389"), after the first.
    private func otherValues(text: String) -> [String: [String]] {
        // Two order numbers need two runs of three digits or more: most messages are done here.
        guard text.utf8.lazy.filter({ $0 >= 0x30 && $0 <= 0x39 }).count >= 6 else { return [:] }
        let extractor = EntityExtractor()
        var values: [String: [String]] = [:]
        for (name, slot) in bot.slots {
            let others = extractor.otherValues(of: slot, in: text)
            if !others.isEmpty { values[name] = others }
        }
        return values
    }

    private func entities(text: String, normalized: String) -> [String: String] {
        let extractor = EntityExtractor()
        var values: [String: String] = [:]
        for (name, slot) in bot.slots {
            if let value = extractor.value(of: slot, in: text, normalized: normalized) { values[name] = value }
        }
        return values
    }
}

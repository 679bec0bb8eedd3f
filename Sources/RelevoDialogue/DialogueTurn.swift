import Foundation
import Logging

/// One customer turn through the dialogue state machine: slot filling one slot at a time, confirmation,
/// backend actions, and the decision to hand off. It never asks for a slot that is already known.
package struct DialogueTurn {
    /// A decision to hand the conversation to a person.
    package struct HandoffDecision {
        package var reason: HandoffReason
        package var intent: String?
        /// Raised priority (frustration), on top of the intent's own.
        package var priority: Priority = .normal
        /// The queue the customer asked for by naming its department, if any: it wins over the intent's.
        package var queue: String?
        /// The opening line instead of the reason's, when the bot defines it.
        package var opening: MessageKey?
        /// The customer asked to be called ("que em truqui algú al mòbil").
        package var asksForCall = false
    }

    let bot: Bot
    let actions: any ActionHandler
    let logger: Logger
    let customer: String
    let sessionID: String
    let turn: Int
    let now: Date
    package let language: Language
    package var state: DialogueState
    /// Whether the customer addresses the bot formally: texts are said in their formal form when they have one.
    var formal: Bool { state.formal }
    /// Every known slot of the customer, updated by this turn.
    package var known: [String: SlotRecord]
    package private(set) var changedSlots: [String: SlotRecord] = [:]
    package private(set) var removedSlots: Set<String> = []
    /// Slots whose value the backend turned down in this turn.
    private var rejected: Set<String> = []
    /// The message being answered, normalized.
    private var said = ""
    /// The values after the first of slots the message gives several of ("5512 and 7389"): each is answered too.
    private var otherValues: [String: [String]] = [:]
    package internal(set) var messages: [String] = []
    package internal(set) var handoff: HandoffDecision?
    /// The queue a waiting case moves to (see ``respondWhileWaiting(_:understood:standing:returning:)``).
    package internal(set) var transfer: String?
    /// The offer of a person the previous turn made (``DialogueState/offeredPerson``), kept through a message not
    /// understood.
    private(set) var carriedOffer: String?
    /// Whether the customer withdrew the waiting case (see ``respondWhileWaiting(_:understood:standing:returning:)``).
    package internal(set) var withdrawn = false
    /// Whether this message said when to call (see ``noteCallbackTime(_:waiting:)``).
    var callbackTimeGiven = false
    /// Whether the bot does something for the customer while a person is awaited (see
    /// ``serveWhileWaiting(_:ticket:understood:standing:)``).
    var servingWhileWaiting = false

    package init(bot: Bot, actions: any ActionHandler, logger: Logger, customer: String, sessionID: String, turn: Int, now: Date,
                 language: Language, state: DialogueState, known: [String: SlotRecord]) {
        self.bot = bot
        self.actions = actions
        self.logger = logger
        self.customer = customer
        self.sessionID = sessionID
        self.turn = turn
        self.now = now
        self.language = language
        self.state = state
        self.known = known
    }

    // MARK: Entry points

    /// Takes every slot value present in the message, whether or not it was asked for.
    package mutating func take(_ entities: [String: String]) {
        for (name, value) in entities.sorted(by: { $0.key < $1.key }) {
            if known[name]?.value == value { continue }
            let record = SlotRecord(customerId: customer, name: name, value: value, sessionId: sessionID, turn: turn, updatedAt: now)
            known[name] = record
            changedSlots[name] = record
            removedSlots.remove(name)
        }
    }

    /// Answers the message according to the session's mode.
    ///
    /// Precedence: a request for a person; a human-only intent recognised by a pattern (with priority when the
    /// customer is upset); frustration; an answer that did not help (said so, or the same words again); then
    /// the dialogue itself, where human-only intents recognised from examples hand off too.
    package mutating func respond(to understood: Understood) async {
        said = understood.normalized
        otherValues = understood.otherValues
        let match = understood.match, signals = understood.signals
        let words = understood.words.joined(separator: " ")
        // The same message again means the answer did not help — unless it is a single word ("hola", "thanks").
        let repeated = words.utf8.contains(0x20) && words == state.lastMessage
        state.lastMessage = words
        let offered = state.offeredPerson, outright = state.offeredPersonOutright
        state.offeredPerson = nil
        state.offeredPersonOutright = false
        carriedOffer = offered
        state.frustrationLevel += signals.frustration
        // While a person is awaited (and the bot does something meanwhile), the upset that led there hands off no more.
        let upset = !servingWhileWaiting && state.frustrationLevel >= bot.policy.frustrationThreshold
        if let request = understood.personRequest {
            state.consecutiveNotUnderstood = 0
            return askedForPerson(request, match: match, priority: upset ? .high : .normal)
        }
        if let name = match.intent, match.source == .pattern, bot.intents[name]?.isHumanOnly(for: said) == true {
            state.consecutiveNotUnderstood = 0
            state.lastIntent = name
            return handOff(.humanOnlyIntent, intent: name, priority: upset ? .high : .normal)
        }
        if upset {
            // An upset customer whose question can be answered at once gets the answer too, then the person.
            if let name = match.intent, answersAtOnce(name) {
                state.consecutiveNotUnderstood = 0
                state.lastIntent = name
                // No question is asked again: a person takes over in this same turn ("I can't find order 7389"
                // is not followed by "what's your order number?").
                await perform(name, askingAgain: false)
                if handoff != nil { return }
            }
            // The case goes to the team of what the message is about ("THIS IS RIDICULOUS, you charged me twice"),
            // else of the conversation's topic: "you are useless" after an order question is the orders team's,
            // though it reads like a question about the bot. A message only half understood ("still nothing!!!
            // useless", barely an order question) does not take the case from the conversation's topic.
            let clear = match.source == .pattern || match.confidence >= 0.6 || !bot.hasTeam(state.lastIntent)
            let routed = bot.hasTeam(match.intent) && clear ? match.intent : nil
            return handOff(.frustration, intent: routed ?? understood.teamIntent ?? state.lastIntent ?? match.intent, priority: .high)
        }
        if state.hasAnswered, signals.notHelpful || (repeated && state.mode == .idle) {
            return handOff(.answerNotHelpful, intent: state.lastIntent)
        }
        if state.mode == .idle, acknowledgesSuccess(understood) { return }
        if state.mode == .idle, answersOffer(understood, offered: offered, outright: outright) { return }
        switch state.mode {
        case .fillingSlot(let intentName, let slot):
            // "Hold on, let me find it": the question stays open, and asking for a moment is no failed answer — unless
            // the moment is for a question of its own ("espera, primero: ¿atienden los domingos?").
            let asksOther = understood.asksQuestion && match.intent.map { $0 != intentName } == true
                && match.confidence >= bot.policy.confidenceThreshold + Self.topicChangeMargin
            if signals.asksToWait || signals.acknowledges, !asksOther, known[slot] == nil, understood.entities.isEmpty, match.source != .pattern {
                state.consecutiveNotUnderstood = 0
                if bot.messages[.slotWait] != nil { return say(bot.message(.slotWait, in: language, formal: formal)) }
                return say(bot.slots[slot]!.prompt)
            }
            // A message while a question is open is first an answer to it: only a clear other intent changes topic.
            // A detail given ("my account email is ana@example.com, maybe that helps") is no change of topic unless
            // the other intent is certain.
            // A value for the other intent's own slot ("wait, first: my order 6020, has it shipped?" while the line's
            // number is asked) is that intent's, not a detail of this one.
            let forOther = match.intent.flatMap { bot.intents[$0] }?.slots.contains {
                understood.entities[$0] != nil && bot.intents[intentName]?.slots.contains($0) == false && $0 != slot
            } ?? false
            let detail = !understood.entities.isEmpty && match.source != .pattern && match.confidence < Self.certainConfidence && !forOther
            if known[slot] == nil, let other = match.intent, other != intentName, !detail,
               match.source == .pattern || match.confidence >= bot.policy.confidenceThreshold + Self.topicChangeMargin
            {
                state.pendingIntent = intentName
                return await handle(intent: other)
            }
            return await continueFlow(intentName)
        case .confirming(let intentName):
            // A new value for one of the intent's slots ("no, the other one: j.smith@example.org") corrects it:
            // confirm again with the new value rather than take the "no" for an answer.
            if let intent = bot.intents[intentName], intent.slots.contains(where: { changedSlots[$0] != nil }) {
                state.consecutiveNotUnderstood = 0
                return await continueFlow(intentName)
            }
            // "Sí, por favor… el del ordenador no lo miro nunca", "si porfa. oye, ¿y mi pedido 7389?": a yes that opens
            // the message is the answer, whatever follows; a question that follows is answered after.
            if saysYesFirst(understood) {
                state.consecutiveNotUnderstood = 0
                await perform(intentName)
                guard handoff == nil else { return }
                let asked = match.intent != nil && understood.asksQuestion
                    && (match.source == .pattern || match.confidence >= bot.policy.confidenceThreshold + Self.topicChangeMargin)
                let given = understood.entities.isEmpty ? nil : followedUp(understood) ?? intentFor(understood.entities)
                if let other = asked ? match.intent : given, other != intentName,
                   bot.intents[other]?.endsSession == false, bot.intents[other]?.identifiesBot == false
                {
                    await handle(intent: other)
                }
                return
            }
            // A value for another intent's slot ("ok try 6020 then") is about something else, not a yes.
            if let intent = bot.intents[intentName], understood.entities.keys.contains(where: { !intent.slots.contains($0) }) {
                state.mode = .idle
                if let other = match.intent, other != intentName { return await handle(intent: other) }
                if let name = followedUp(understood) ?? intentFor(understood.entities) { return await handle(intent: name) }
                return notUnderstood(reminder: nil)
            }
            let words = Set(understood.words)
            // "No me llegó nada", "no I never got anything": not a no to the question but a report that what it offers
            // did not arrive before. A person takes over where the intent offers one; otherwise the question stands.
            if Self.reportsNothingArrived(understood.words) {
                state.consecutiveNotUnderstood = 0
                if bot.intents[intentName]?.offersHandoff == true {
                    state.mode = .idle
                    state.lastIntent = intentName
                    return handOff(.answerNotHelpful, intent: intentName)
                }
                return notUnderstood(reminder: bot.intents[intentName]?.confirmation)
            }
            // "No no, sí, mándalo de nuevo", "send it again": asked to do it, whatever "no" came before.
            if !words.isDisjoint(with: Self.yes) && words.isDisjoint(with: Self.no)
                || !words.isDisjoint(with: Self.doIt) && words.isDisjoint(with: Self.notDoIt)
            {
                state.consecutiveNotUnderstood = 0
                return await perform(intentName)
            }
            if !words.isDisjoint(with: Self.no) {
                state.consecutiveNotUnderstood = 0
                state.mode = .idle
                return say(bot.message(.confirmationDeclined, in: language, formal: formal))
            }
            // "Wait, am I talking to a bot?": answered, and the question stays open.
            if let other = match.intent, other != intentName, bot.intents[other]?.endsSession == false,
               let answer = writtenAnswer(other, normalized: understood.normalized),
               let confirmation = bot.intents[intentName]?.confirmation
            {
                state.consecutiveNotUnderstood = 0
                say(answer)
                return say(confirmation)
            }
            if let other = match.intent { return await handle(intent: other) }
            return notUnderstood(reminder: bot.intents[intentName]?.confirmation)
        case .idle, .closed, .waitingForHuman:
            if let name = match.intent {
                asksAboutAnother(name, understood)
                return await handle(intent: name)
            }
            if let name = followedUp(understood) { return await handle(intent: name) }
            if acknowledgesOnly(understood) { return }
            if answerOutOfScope(understood) { return }
            return notUnderstood(reminder: nil)
        }
    }

    // MARK: Steps

    mutating func handle(intent name: String) async {
        guard let intent = bot.intents[name] else { return notUnderstood(reminder: nil) }
        state.consecutiveNotUnderstood = 0
        state.lastIntent = name
        if intent.isHumanOnly(for: said) { return handOff(.humanOnlyIntent, intent: name) }
        if intent.requestsHuman { return handOff(.userRequest, intent: name) }
        await continueFlow(name)
    }

    /// Asks the first missing slot (or hands off rather than asking it once too often), then confirms, then acts.
    private mutating func continueFlow(_ name: String) async {
        guard let intent = bot.intents[name] else { return }
        for slot in intent.slots where known[slot] == nil {
            // While a person is awaited, a value turned down (and so in the case) is the person's to check.
            if servingWhileWaiting, state.rejectedValues[slot] != nil { return handOff(.slotLoop, intent: name) }
            let asked = state.slotPrompts[slot, default: 0]
            if asked >= bot.policy.maxSlotPrompts { return handOff(.slotLoop, intent: name) }
            state.slotPrompts[slot] = asked + 1
            state.mode = .fillingSlot(intent: name, slot: slot)
            let definition = bot.slots[slot]!
            // After a value the backend turned down, the reprompt: "I can't find order 4471" is not followed by
            // "What's your order number? For example 4471".
            return say(asked == 0 && !rejected.contains(slot) ? definition.prompt : definition.reprompt)
        }
        if let confirmation = intent.confirmation {
            state.mode = .confirming(intent: name)
            return say(confirmation)
        }
        await perform(name)
    }

    /// The intent an elliptical message continues: a value for a slot of the intent left for a digression
    /// ("ok, es la 6020" after a question in between), or a new value for a slot of the latest intent ("and
    /// 5512?" after an order's status).
    func followedUp(_ understood: Understood) -> String? {
        for name in [state.pendingIntent, state.lastIntent].compactMap({ $0 }) {
            guard let intent = bot.intents[name], !intent.humanOnly else { continue }
            if intent.slots.contains(where: { understood.entities[$0] != nil }) { return name }
        }
        return nil
    }

    mutating func perform(_ name: String, askingAgain: Bool = true) async {
        guard let intent = bot.intents[name] else { return }
        if state.pendingIntent == name { state.pendingIntent = nil }
        state.mode = intent.endsSession ? .closed : .idle
        state.hasAnswered = true
        var values: [String: String] = [:]
        var template = intent.response(for: said)
        if let action = intent.action {
            let request = ActionRequest(action: action, intent: name, customer: customer, language: language, slots: slotValues)
            let result: ActionResult
            do {
                result = try await actions.perform(request)
            } catch {
                logger.error("action failed; handing off", metadata: ["action": "\(action)", "error": "\(error)"])
                return handOff(.backendError, intent: name)
            }
            values = result.values
            if result.identityVerified { state.identityVerified = true }
            if let outcome = result.outcome, let text = intent.outcomes[outcome] { template = text }
            if let template { say(template, extra: values) }
            if result.invalidSlots.isEmpty {
                await performForOtherValues(intent, action: action)
                if handoff != nil { return }
            }
            // The same value turned down twice ("it IS 4471"): a person checks it rather than the bot asking again.
            var turnedDownAgain = false
            for slot in result.invalidSlots {
                guard let value = known[slot]?.value else { continue }
                if state.rejectedValues[slot] == value { turnedDownAgain = true }
                state.rejectedValues[slot] = value
                forget(slot)
                rejected.insert(slot)
            }
            // While a person is awaited, the value turned down is the person's to check: not asked for again.
            guard askingAgain, !servingWhileWaiting, result.invalidSlots.contains(where: intent.slots.contains) else {
                if result.outcome.map({ intent.outcomes[$0] == nil }) ?? true { offerPerson(name) }
                return
            }
            if turnedDownAgain { return handOff(.slotLoop, intent: name) }
            await continueFlow(name)
            return
        }
        if let template { say(template, extra: values) }
        offerPerson(name)
    }

    /// "Can you check 5512 and 7389?": the action again for each other value the message gave of one of the
    /// intent's slots, and its answer; the slot keeps the first. A value the backend turns down is said so (the
    /// outcome's answer, or nothing) and not asked again; a backend that fails hands off, as for the first.
    private mutating func performForOtherValues(_ intent: Intent, action: String) async {
        guard let slot = intent.slots.first(where: { otherValues[$0] != nil }), let others = otherValues[slot] else { return }
        otherValues[slot] = nil
        for value in others {
            var slots = slotValues
            slots[slot] = value
            let request = ActionRequest(action: action, intent: intent.name, customer: customer, language: language, slots: slots)
            let result: ActionResult
            do {
                result = try await actions.perform(request)
            } catch {
                logger.error("action failed; handing off", metadata: ["action": "\(action)", "error": "\(error)"])
                return handOff(.backendError, intent: intent.name)
            }
            let template = result.outcome.flatMap { intent.outcomes[$0] } ?? (result.invalidSlots.isEmpty ? intent.response(for: said) : nil)
            guard let template else { continue }
            messages.append(ResponseRenderer.render(template.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal),
                                                    slots.merging(result.values) { _, new in new }))
        }
    }

    /// Whether an intent answers something of the customer's own (an action, such as an order's status) in this
    /// turn with nothing to ask or confirm. Small talk ("thanks for nothing") is never answered to someone upset.
    func answersAtOnce(_ name: String) -> Bool {
        guard let intent = bot.intents[name], intent.action != nil, !intent.humanOnly, !intent.requestsHuman,
              intent.confirmation == nil
        else { return false }
        return intent.slots.allSatisfy { known[$0] != nil }
    }

    private mutating func notUnderstood(reminder: LocalizedText?) {
        state.consecutiveNotUnderstood += 1
        state.totalNotUnderstood += 1
        if state.consecutiveNotUnderstood >= bot.policy.maxConsecutiveNotUnderstood
            || state.totalNotUnderstood >= bot.policy.maxTotalNotUnderstood
        {
            return handOff(.repeatedMisunderstanding, intent: state.lastIntent)
        }
        say(bot.message(.notUnderstood, in: language, formal: formal))
        state.offeredPersonOutright = true
        // "Hang on, I'll try that" after advice that offered a person: the offer stands for the next message.
        if state.offeredPerson == nil { state.offeredPerson = carriedOffer }
        if let reminder { say(reminder) }
    }

    mutating func handOff(_ reason: HandoffReason, intent: String?, priority: Priority = .normal, opening: MessageKey? = nil) {
        handoff = HandoffDecision(reason: reason, intent: intent, priority: priority, opening: opening)
    }

    /// A request for a person, in the same turn: to the department the customer named, else where the
    /// conversation's intent points (this message's topic, else the latest one), else the default queue.
    package mutating func askedForPerson(_ request: PersonRequest, match: IntentMatch, priority: Priority = .normal) {
        // This message's topic when it points at a team ("a real person, my wifi is down"); else the conversation's
        // ("yes please, a real person" after a wifi problem is for the technicians, though it reads like a question
        // about the bot).
        let topic = match.intent.flatMap { bot.intents[$0]?.requestsHuman == true ? nil : $0 }
        handoff = HandoffDecision(reason: .userRequest, intent: (bot.hasTeam(topic) ? topic : nil) ?? state.lastIntent ?? topic ?? match.intent,
                                  priority: priority,
                                  queue: request.queue.flatMap { bot.queues[$0] == nil ? nil : $0 }, asksForCall: request.asksForCall)
    }

    mutating func forget(_ slot: String) {
        known[slot] = nil
        changedSlots[slot] = nil
        removedSlots.insert(slot)
    }

    // MARK: Output

    /// The known slot values by name.
    package var slotValues: [String: String] { known.mapValues(\.value) }

    package mutating func say(_ text: LocalizedText, extra: [String: String] = [:]) {
        say(text.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), extra: extra)
    }

    /// An apology before everything else the turn says, to a customer who complains (``CustomerSignals/complains``)
    /// and is answered or handed off on request (`upset_sorry`): not when a handoff's opening or a not-understood
    /// reply apologises already.
    mutating func apologiseFirst(_ understood: Understood) {
        guard understood.signals.complains, understood.match.isUnderstood || understood.personRequest != nil,
              let sorry = bot.messages[.upsetSorry]
        else { return }
        // A human-only intent's own opening says what fits its matter ("I'm sorry about that…" for a charge).
        if let handoff {
            guard handoff.reason == .userRequest else { return }
        } else if messages.isEmpty || messages.contains(bot.message(.notUnderstood, in: language, formal: formal)) {
            return
        }
        messages.insert(ResponseRenderer.render(sorry.text(in: language, fallback: bot.policy.defaultLanguage, formal: formal), slotValues), at: 0)
    }

    package mutating func say(_ template: String, extra: [String: String] = [:]) {
        let values = slotValues.merging(extra) { _, new in new }
        messages.append(ResponseRenderer.render(template, values))
    }

    /// How much more than the threshold a message must score to leave an open slot question for another intent.
    static let topicChangeMargin = 0.2

    /// The confidence from examples above which a message that gives a detail may still change the topic.
    static let certainConfidence = 0.95

    /// The one intent with an action that takes all of `entities`' slots, when the customer gives a detail and
    /// nothing else ("6020" after an answer that needs no order): the only thing the detail can be for.
    func intentFor(_ entities: [String: String]) -> String? {
        let candidates = bot.intents.filter { $0.value.action != nil && !$0.value.humanOnly && entities.keys.allSatisfy($0.value.slots.contains) }
        return candidates.count == 1 ? candidates.first?.key : nil
    }

    static let yes: Set<String> = [
        "yes", "yeah", "yep", "sure", "ok", "okay", "correct", "please", "si", "vale", "claro", "correcto", "dale",
        "adelante", "perfecto", "endavant", "exacte", "entesos", "acord",
    ]
    static let no: Set<String> = ["no", "nope", "nah", "cancel", "dont", "cancela", "cancelar", "gens", "tampoco"]
    /// Words that ask the bot to go ahead with what it proposed ("send it", "mándamelo", "envia-ho"), and the words
    /// that turn them down ("don't send it", "no lo mandes").
    static let doIt: Set<String> = [
        "send", "resend", "mandalo", "mandamelo", "mandala", "envialo", "enviamelo", "enviala", "reenvialo", "enviaho",
        "envieuho", "enviamho", "hazlo", "fesho", "proceed",
    ]
    static let notDoIt: Set<String> = ["dont", "not", "didnt", "never", "havent", "hasnt", "mandes", "envies", "envieu", "nunca", "mai", "nada", "res"]
}

import Yams

extension BotBuilder {
    static let intentKeys: Set<String> = [
        "examples", "patterns", "slots", "confirm", "action", "response", "outcomes", "human_only",
        "requests_human", "priority", "ends_session", "reports_case_status", "handoff_message",
        "handoff_message_when", "identifies_bot", "human_only_when", "offers_handoff", "queue_when", "waiting_response",
        "response_when",
    ]

    mutating func readIntents(_ node: Node, _ reader: inout YAMLNodeReader) {
        for entry in reader.entries(node, "intents") {
            let what = "intent '\(entry.key)'"
            guard Self.isFirstDefinition(of: entry, in: intents, what, &reader) else { continue }
            var intent = Intent(
                name: entry.key, examples: [:], patterns: [], slots: [], confirmation: nil, action: nil, response: nil,
                outcomes: [:], humanOnly: false, requestsHuman: false, priority: .normal, endsSession: false,
                reportsCaseStatus: false, handoffMessage: nil,
                location: reader.location(of: entry.keyNode))
            var offersNode: Node?
            var waitingNode: Node?
            // The openings of `human_only_when` items that have one: after the `handoff_message_when` variants.
            var humanOnlyOpenings: [Intent.TextVariant] = []
            for field in reader.entries(entry.value, what, allowed: Self.intentKeys) {
                switch field.key {
                case "examples": intent.examples = readExamples(field.value, intent.name, &reader)
                case "patterns":
                    for (_, patternNode) in reader.strings(field.value, "patterns of \(what)") {
                        if let regex = compile(patternNode, what, &reader) {
                            intent.patterns.append(Intent.Pattern(source: regex.pattern, regex: regex, location: reader.location(of: patternNode)))
                        }
                    }
                case "slots":
                    for (name, slotNode) in reader.strings(field.value, "slots of \(what)") {
                        intent.slots.append(name)
                        slotReferences.append((name, intent.name, reader.location(of: slotNode)))
                    }
                case "confirm": intent.confirmation = reader.localized(field.value, "confirm of \(what)", languages: languages)
                case "action": intent.action = reader.string(field.value, "action of \(what)")
                case "response": intent.response = reader.localized(field.value, "response of \(what)", languages: languages)
                case "waiting_response":
                    intent.waitingResponse = reader.localized(field.value, "waiting_response of \(what)", languages: languages)
                    waitingNode = field.value
                case "outcomes":
                    for outcome in reader.entries(field.value, "outcomes of \(what)") {
                        intent.outcomes[outcome.key] = reader.localized(outcome.value, "outcome '\(outcome.key)' of \(what)", languages: languages)
                    }
                case "human_only": intent.humanOnly = reader.bool(field.value, "human_only of \(what)") ?? false
                case "requests_human": intent.requestsHuman = reader.bool(field.value, "requests_human of \(what)") ?? false
                case "ends_session": intent.endsSession = reader.bool(field.value, "ends_session of \(what)") ?? false
                case "reports_case_status": intent.reportsCaseStatus = reader.bool(field.value, "reports_case_status of \(what)") ?? false
                case "identifies_bot": intent.identifiesBot = reader.bool(field.value, "identifies_bot of \(what)") ?? false
                case "offers_handoff":
                    intent.offersHandoff = reader.bool(field.value, "offers_handoff of \(what)") ?? false
                    offersNode = field.value
                case "handoff_message": intent.handoffMessage = reader.localized(field.value, "handoff_message of \(what)", languages: languages)
                case "handoff_message_when": intent.handoffMessageWhen = readTextVariants(field.value, "handoff_message_when", what, &reader)
                case "response_when": intent.responseWhen = readTextVariants(field.value, "response_when", what, &reader)
                case "queue_when": intent.queueWhen = readQueueVariants(field.value, intent.name, &reader)
                case "human_only_when":
                    let (patterns, openings) = readHumanOnlyWhen(field.value, what, &reader)
                    intent.humanOnlyWhen += patterns
                    humanOnlyOpenings += openings
                case "priority":
                    if let text = reader.string(field.value, "priority of \(what)") {
                        if let priority = Priority(rawValue: text) {
                            intent.priority = priority
                        } else {
                            reader.error(.invalidValue, "priority of \(what) must be normal or high (got '\(text)')", at: field.value)
                        }
                    }
                default: break
                }
            }
            intent.handoffMessageWhen += humanOnlyOpenings
            let handsOff = intent.humanOnly || intent.requestsHuman || intent.reportsCaseStatus
            if intent.offersHandoff, handsOff, let offersNode {
                reader.error(.invalidValue, "offers_handoff of \(what) needs an answer to offer a person after; this intent hands off (or reports a case) itself",
                             at: offersNode)
            }
            if let waitingNode, !intent.offersHandoff {
                reader.error(.invalidValue, "waiting_response of \(what) replaces an answer that offers a person while one is awaited; it needs offers_handoff: true",
                             at: waitingNode)
            }
            if intent.response == nil, !handsOff, !entry.value.hasKey("response") {
                reader.error(.schema, "\(what) needs a 'response' (or human_only / requests_human)", at: entry.keyNode)
            }
            if intent.examples.isEmpty, intent.patterns.isEmpty, !entry.value.hasKey("examples"), !entry.value.hasKey("patterns") {
                reader.error(.schema, "\(what) needs 'examples' or 'patterns' to be recognised", at: entry.keyNode)
            }
            intents[entry.key] = intent
        }
    }

    /// `queue_when`: a list of `{pattern, queue}`; each queue is checked once every file is read.
    private mutating func readQueueVariants(_ node: Node, _ intent: String, _ reader: inout YAMLNodeReader) -> [Intent.QueueVariant] {
        let list = "queue_when of intent '\(intent)'"
        return readPatternItems(node, list, key: "queue", &reader) { builder, node, reader in
            let queue = reader.string(node, "queue of \(list)")
            if let queue { builder.queueReferences.append((queue, intent, reader.location(of: node))) }
            return queue
        }.map { Intent.QueueVariant(pattern: $0.pattern, queue: $0.value) }
    }

    /// `human_only_when`: a list whose items are a pattern, or `{pattern: REGEX, message: {en: …, es: …}}` — a pattern
    /// with the opening line of its handoff, so that the rule and what it says have one home.
    private mutating func readHumanOnlyWhen(_ node: Node, _ what: String, _ reader: inout YAMLNodeReader)
        -> (patterns: [Intent.Pattern], openings: [Intent.TextVariant])
    {
        let list = "human_only_when of \(what)"
        var patterns: [Intent.Pattern] = []
        var openings: [Intent.TextVariant] = []
        let items: [Node] = if case .sequence(let sequence) = node { Array(sequence) } else { [node] }
        for item in items {
            if case .mapping = item {
                let variant = readPatternItem(item, list, key: "message", &reader) { builder, node, reader in
                    reader.localized(node, "message of \(list)", languages: builder.languages)
                }
                if let variant {
                    patterns.append(variant.pattern)
                    openings.append(Intent.TextVariant(pattern: variant.pattern, message: variant.value))
                }
            } else {
                for (_, patternNode) in reader.strings(item, list) {
                    if let regex = compile(patternNode, list, &reader) {
                        patterns.append(Intent.Pattern(source: regex.pattern, regex: regex, location: reader.location(of: patternNode)))
                    }
                }
            }
        }
        return (patterns, openings)
    }

    /// `handoff_message_when` or `response_when`: a list of `{pattern: REGEX, message: {en: …, es: …}}`.
    private mutating func readTextVariants(_ node: Node, _ key: String, _ what: String, _ reader: inout YAMLNodeReader) -> [Intent.TextVariant] {
        let list = "\(key) of \(what)"
        return readPatternItems(node, list, key: "message", &reader) { builder, node, reader in
            reader.localized(node, "message of \(list)", languages: builder.languages)
        }.map { Intent.TextVariant(pattern: $0.pattern, message: $0.value) }
    }

    /// A list of `{pattern, <key>}` items: each item's compiled pattern and its value, read by `value`. An item
    /// without either is reported, and left out.
    private mutating func readPatternItems<Value>(
        _ node: Node, _ list: String, key: String, _ reader: inout YAMLNodeReader,
        value readValue: (inout BotBuilder, Node, inout YAMLNodeReader) -> Value?
    ) -> [(pattern: Intent.Pattern, value: Value)] {
        guard case .sequence(let items) = node else {
            reader.error(.schema, "\(list) must be a list of {pattern, \(key)}", at: node)
            return []
        }
        return items.compactMap { readPatternItem($0, list, key: key, &reader, value: readValue) }
    }

    /// One `{pattern, <key>}` item of `list`: its compiled pattern and its value, read by `value`; without either,
    /// reported, and nil.
    private mutating func readPatternItem<Value>(
        _ item: Node, _ list: String, key: String, _ reader: inout YAMLNodeReader,
        value readValue: (inout BotBuilder, Node, inout YAMLNodeReader) -> Value?
    ) -> (pattern: Intent.Pattern, value: Value)? {
        var pattern: Intent.Pattern?
        var value: Value?
        for field in reader.entries(item, "each item of \(list)", allowed: ["pattern", key]) {
            if field.key == "pattern" {
                if let regex = compile(field.value, list, &reader) {
                    pattern = Intent.Pattern(source: regex.pattern, regex: regex, location: reader.location(of: field.value))
                }
            } else if field.key == key {
                value = readValue(&self, field.value, &reader)
            }
        }
        if case .mapping(let mapping) = item {
            for required in ["pattern", key] where !mapping.keys.contains(where: { $0.string == required }) {
                reader.error(.schema, "each item of \(list) needs a '\(required)'", at: item)
            }
        }
        guard let pattern, let value else { return nil }
        return (pattern, value)
    }

    private mutating func readExamples(_ node: Node, _ intent: String, _ reader: inout YAMLNodeReader) -> [Language: [String]] {
        var examples: [Language: [String]] = [:]
        for entry in reader.entries(node, "examples of intent '\(intent)'") {
            let language = Language(rawValue: entry.key)
            if !languages.isEmpty, !languages.contains(language) {
                reader.error(.unknownReference, "examples of intent '\(intent)' are in '\(entry.key)', which is not one of the bot's languages", at: entry.keyNode)
                continue
            }
            for (text, itemNode) in reader.strings(entry.value, "examples of intent '\(intent)' (\(entry.key))") {
                examples[language, default: []].append(text)
                exampleSites.append((text, intent, reader.location(of: itemNode)))
            }
        }
        return examples
    }
}

import Foundation
import Yams

extension BotBuilder {
    static let policyKeys: Set<String> = [
        "max_consecutive_not_understood", "max_total_not_understood", "frustration_threshold", "max_slot_prompts",
        "confidence_threshold", "default_queue",
        "session_timeout_minutes", "default_language", "max_message_length",
        Policy.retentionKey, Policy.unmaskedPaymentDataKey,
    ]

    mutating func readPolicy(_ node: Node, _ reader: inout YAMLNodeReader) {
        let bounded = Dictionary(uniqueKeysWithValues: Policy.boundedSettings.map { ($0.key, $0) })
        for entry in reader.entries(node, "policy", allowed: Self.policyKeys) {
            if let setting = bounded[entry.key] {
                if let value = self.bounded(entry.value, setting, &reader) { policy[keyPath: setting.value] = value }
                continue
            }
            switch entry.key {
            case "confidence_threshold":
                let bounds = Policy.confidenceBounds
                if case .scalar = entry.value, let value = entry.value.float, bounds.contains(value) {
                    policy.confidenceThreshold = value
                } else {
                    reader.error(.policyBounds, "policy 'confidence_threshold' must be a number from \(bounds.lowerBound) to \(bounds.upperBound) (got \(entry.value.string ?? "a non-number"))", at: entry.value)
                }
            case "default_queue":
                if let value = reader.string(entry.value, "policy 'default_queue'") {
                    policy.defaultQueue = value
                    defaultQueueLocation = reader.location(of: entry.value)
                }
            case "default_language":
                if let value = reader.string(entry.value, "policy 'default_language'") {
                    let language = Language(rawValue: value)
                    if languages.contains(language) {
                        policy.defaultLanguage = language
                    } else {
                        reader.error(.unknownReference, "policy default_language '\(value)' is not one of the bot's languages", at: entry.value)
                    }
                }
            case Policy.retentionKey:
                if case .scalar = entry.value, let days = entry.value.int, Policy.retentionBounds.contains(days) {
                    policy.retentionDays = days
                } else {
                    let got = entry.value.string.map { $0.isEmpty ? "nothing" : $0 } ?? "a non-number"
                    reader.error(.invalidValue, Policy.retentionMessage(got: got), at: entry.value)
                }
            case Policy.unmaskedPaymentDataKey:
                if let value = reader.bool(entry.value, "policy '\(Policy.unmaskedPaymentDataKey)'") {
                    policy.storeUnmaskedPaymentData = value
                }
            default: break
            }
        }
        if !languages.isEmpty, !languages.contains(policy.defaultLanguage) {
            policy.defaultLanguage = languages[0]
        }
    }

    /// A mandatory-bounds integer: out of range, `false`, `off` or null is an error (no trigger can be switched off).
    private func bounded(_ node: Node, _ setting: Policy.BoundedSetting, _ reader: inout YAMLNodeReader) -> Int? {
        if case .scalar = node, let value = node.int, setting.bounds.contains(value) { return value }
        let got = node.string.map { $0.isEmpty ? "nothing" : $0 } ?? "a non-number"
        reader.error(.policyBounds, Policy.boundMessage(setting.key, setting.bounds, got: got), at: node)
        return nil
    }

    mutating func readQueues(_ node: Node, _ reader: inout YAMLNodeReader) {
        for entry in reader.entries(node, "queues") {
            let what = "queue '\(entry.key)'"
            guard Self.isFirstDefinition(of: entry, in: queues, what, &reader) else { continue }
            var intentNames: [String] = []
            var timeZone: TimeZone?
            var hoursNode: Node?
            var displayName: LocalizedText?
            var aliases: [Language: [String]] = [:]
            var holidays: Set<String> = []
            var agents = 1
            var handlingMinutes = 10
            let allowed: Set<String> = ["name", "aliases", "intents", "timezone", "hours", "holidays", "agents", "average_handling_minutes"]
            for field in reader.entries(entry.value, what, allowed: allowed) {
                switch field.key {
                case "name": displayName = reader.localized(field.value, "name of \(what)", languages: languages)
                case "aliases": aliases = readAliases(field.value, queue: entry.key, &reader)
                case "intents":
                    for (name, itemNode) in reader.strings(field.value, "intents of \(what)") {
                        intentNames.append(name)
                        intentReferences.append((name, entry.key, reader.location(of: itemNode)))
                    }
                case "timezone":
                    if let identifier = reader.string(field.value, "timezone of \(what)") {
                        timeZone = TimeZone(identifier: identifier)
                        if timeZone == nil { reader.error(.invalidValue, "unknown IANA time zone '\(identifier)'", at: field.value) }
                    }
                case "hours": hoursNode = field.value
                case "holidays":
                    for (text, dayNode) in reader.strings(field.value, "holidays of \(what)") {
                        if Self.isISODay(text) {
                            holidays.insert(text)
                        } else {
                            reader.error(.invalidValue, "holiday '\(text)' is not a date like 2026-12-25", at: dayNode)
                        }
                    }
                case "agents":
                    if case .scalar = field.value, let value = field.value.int, value >= 1 {
                        agents = value
                    } else {
                        reader.error(.invalidValue, "agents of \(what) must be a whole number of at least 1", at: field.value)
                    }
                case "average_handling_minutes":
                    if case .scalar = field.value, let value = field.value.int, value >= 1 {
                        handlingMinutes = value
                    } else {
                        reader.error(.invalidValue, "average_handling_minutes of \(what) must be a whole number of at least 1", at: field.value)
                    }
                default: break
                }
            }
            if timeZone == nil, !entry.value.isTimezoneGiven {
                reader.error(.schema, "\(what) needs a 'timezone' (an IANA name such as Europe/Madrid)", at: entry.keyNode)
            }
            guard let hoursNode else {
                reader.error(.schema, "\(what) needs 'hours' (for example: mon-fri: \"09:00-18:00\")", at: entry.keyNode)
                continue
            }
            let problems = reader.errors.count
            let intervals = readHours(hoursNode, what, &reader)
            if reader.errors.count == problems, OpeningHours(timeZone: .gmt, intervals: intervals).neverOpens {
                reader.error(.invalidValue, QueueDefinition.neverOpensMessage(entry.key), at: hoursNode)
            }
            guard let timeZone else { continue }
            queues[entry.key] = QueueDefinition(
                name: entry.key, displayName: displayName, aliases: aliases, intents: intentNames,
                hours: OpeningHours(timeZone: timeZone, intervals: intervals, holidays: holidays),
                agentsOnShift: agents, averageHandlingMinutes: handlingMinutes, location: reader.location(of: entry.keyNode))
        }
    }

    /// A queue's aliases: `{en: [billing, invoices], es: [facturación]}`, in the bot's languages, none empty.
    private mutating func readAliases(_ node: Node, queue: String, _ reader: inout YAMLNodeReader) -> [Language: [String]] {
        let what = "aliases of queue '\(queue)'"
        guard case .mapping = node else {
            reader.error(.schema, "\(what) must map each language to a list of names (en: [billing], es: [facturación])", at: node)
            return [:]
        }
        var aliases: [Language: [String]] = [:]
        for entry in reader.entries(node, what) {
            let language = Language(rawValue: entry.key)
            if !languages.isEmpty, !languages.contains(language) {
                reader.error(.unknownReference, "\(what) has names in '\(entry.key)', which is not one of the bot's languages (\(languages.map(\.rawValue).joined(separator: ", ")))", at: entry.keyNode)
                continue
            }
            for (alias, itemNode) in reader.strings(entry.value, "\(what) (\(entry.key))") {
                let normalized = TextNormalizer.words(TextNormalizer.normalize(alias)).joined(separator: " ")
                if normalized.isEmpty {
                    reader.error(.invalidValue, "an alias of queue '\(queue)' (\(entry.key)) is empty: write a name customers use, such as 'billing'", at: itemNode)
                    continue
                }
                aliases[language, default: []].append(alias)
                aliasSites.append((alias, normalized, queue, reader.location(of: itemNode)))
            }
        }
        return aliases
    }

    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Weekly hours: `mon-fri: "09:00-18:00"`, `sat: closed`, `daily: ["08:00-14:00", "16:00-20:00"]`.
    private func readHours(_ node: Node, _ what: String, _ reader: inout YAMLNodeReader) -> [OpeningHours.Interval] {
        var intervals: [OpeningHours.Interval] = []
        for entry in reader.entries(node, "hours of \(what)") {
            guard let days = Self.dayRange(entry.key) else {
                reader.error(.invalidValue, "'\(entry.key)' is not a day or day range (use mon..sun, a range like mon-fri, or daily)", at: entry.keyNode)
                continue
            }
            for (text, valueNode) in reader.strings(entry.value, "hours of \(what)") where text.lowercased() != "closed" {
                guard let (opens, closes) = Self.timeRange(text) else {
                    reader.error(.invalidValue, "'\(text)' is not a time range like 09:00-18:00", at: valueNode)
                    continue
                }
                intervals += days.map { OpeningHours.Interval(weekday: $0, opens: opens, closes: closes) }
            }
        }
        return intervals
    }

    static func dayRange(_ text: String) -> [Int]? {
        let key = text.lowercased()
        if key == "daily" { return Array(1...7) }
        let parts = key.split(separator: "-").map(String.init)
        let indices = parts.compactMap { weekdays.firstIndex(of: $0).map { $0 + 1 } }
        guard indices.count == parts.count else { return nil }
        switch indices.count {
        case 1: return indices
        case 2: return indices[0] <= indices[1] ? Array(indices[0]...indices[1]) : Array(indices[0]...7) + Array(1...indices[1])
        default: return nil
        }
    }

    static func isISODay(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func timeRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        func minutes(_ time: String) -> Int? {
            let hm = time.split(separator: ":")
            guard hm.count == 2, let hour = Int(hm[0]), let minute = Int(hm[1]), (0...24).contains(hour), (0..<60).contains(minute)
            else { return nil }
            return hour * 60 + minute
        }
        guard parts.count == 2, let opens = minutes(parts[0]), let closes = minutes(parts[1]), opens < closes, closes <= 1440
        else { return nil }
        return (opens, closes)
    }

    mutating func readMessages(_ node: Node, _ reader: inout YAMLNodeReader) {
        let allowed = Set(MessageKey.allCases.map(\.rawValue))
        for entry in reader.entries(node, "messages", allowed: allowed) {
            guard let key = MessageKey(rawValue: entry.key) else { continue }
            messages[key] = reader.localized(entry.value, "message '\(entry.key)'", languages: languages)
        }
    }

    mutating func readSlots(_ node: Node, _ reader: inout YAMLNodeReader) {
        for entry in reader.entries(node, "slots") {
            let what = "slot '\(entry.key)'"
            guard Self.isFirstDefinition(of: entry, in: slots, what, &reader) else { continue }
            var extractor: SlotDefinition.Extractor?
            var prompt: LocalizedText?
            var reprompt: LocalizedText?
            for field in reader.entries(entry.value, what, allowed: ["extractor", "pattern", "prompt", "reprompt"]) {
                switch field.key {
                case "extractor":
                    guard let name = reader.string(field.value, "extractor of \(what)") else { continue }
                    if let builtin = BuiltinEntity(rawValue: name) {
                        extractor = .builtin(builtin)
                    } else {
                        reader.error(.unknownReference, "unknown extractor '\(name)' for \(what); built-ins are \(BuiltinEntity.allCases.map(\.rawValue).joined(separator: ", ")), or give a 'pattern'", at: field.value)
                    }
                case "pattern":
                    if let regex = compile(field.value, what, &reader) { extractor = .pattern(regex) }
                case "prompt": prompt = reader.localized(field.value, "prompt of \(what)", languages: languages)
                case "reprompt": reprompt = reader.localized(field.value, "reprompt of \(what)", languages: languages)
                default: break
                }
            }
            if extractor == nil, !entry.value.hasKey("extractor"), !entry.value.hasKey("pattern") {
                reader.error(.schema, "\(what) needs an 'extractor' or a 'pattern'", at: entry.keyNode)
            }
            if prompt == nil, !entry.value.hasKey("prompt") {
                reader.error(.schema, "\(what) needs a 'prompt'", at: entry.keyNode)
            }
            guard let extractor, let prompt else { continue }
            slots[entry.key] = SlotDefinition(
                name: entry.key, extractor: extractor, prompt: prompt, reprompt: reprompt ?? prompt,
                location: reader.location(of: entry.keyNode))
        }
    }

    /// Compiles a pattern with accents removed (text is matched accent-free), reporting PCRE2's message and offset.
    func compile(_ node: Node, _ what: String, _ reader: inout YAMLNodeReader) -> PCRE2Regex? {
        guard let source = reader.string(node, "pattern of \(what)") else { return nil }
        do {
            return try PCRE2Regex(TextNormalizer.stripDiacritics(source))
        } catch {
            let offset = error.offset ?? 0
            var location = reader.location(of: node)
            // Point at the offending character when the pattern is written on one line without escapes.
            if case .scalar(let scalar) = node, !source.contains("\n"), !source.contains("'"), scalar.style != .doubleQuoted {
                location.column += offset + (scalar.style == .singleQuoted ? 1 : 0)
            }
            reader.errors.append(DefinitionError(.invalidPattern, "invalid pattern in \(what): \(error.message) at offset \(offset)", at: location))
            return nil
        }
    }
}

extension Node {
    func hasKey(_ key: String) -> Bool { self[key] != nil }
    var isTimezoneGiven: Bool { hasKey("timezone") }
}

import Foundation
import Yams

/// Builds a ``Bot`` from parsed definition files: reads each section, then checks references across files.
struct BotBuilder {
    private(set) var errors: [DefinitionError] = []
    var languages: [Language] = []
    var policy = Policy()
    var queues: [String: QueueDefinition] = [:]
    var messages: [MessageKey: LocalizedText] = [:]
    var slots: [String: SlotDefinition] = [:]
    var intents: [String: Intent] = [:]
    /// Where each referenced name was used, for unknown-reference errors.
    var slotReferences: [(name: String, intent: String, location: SourceLocation)] = []
    var intentReferences: [(name: String, queue: String, location: SourceLocation)] = []
    var queueReferences: [(name: String, intent: String, location: SourceLocation)] = []
    var defaultQueueLocation: SourceLocation?
    /// Every queue alias, normalized, with its queue and position, in reading order.
    var aliasSites: [(alias: String, normalized: String, queue: String, location: SourceLocation)] = []
    /// Every example with its intent and position, in reading order.
    var exampleSites: [(text: String, intent: String, location: SourceLocation)] = []
    var firstFile: String = ""

    mutating func read(_ files: [DefinitionFile]) {
        firstFile = files.first?.path ?? ""
        // Languages come first: every localized text is checked against them.
        let languageFiles = files.filter { $0.sections["languages"] != nil }
        for file in languageFiles.dropFirst() {
            let node = file.sections["languages"]!.keyNode
            errors.append(DefinitionError(.schema, "'languages' is already declared in \(languageFiles[0].path)", at: YAMLNodeReader(path: file.path).location(of: node)))
        }
        if let file = languageFiles.first {
            var reader = YAMLNodeReader(path: file.path)
            languages = reader.strings(file.sections["languages"]!.value, "languages").map { Language(rawValue: $0.0) }
            if languages.isEmpty { reader.error(.schema, "languages must list at least one language", at: file.sections["languages"]!.value) }
            errors += reader.errors
        } else {
            errors.append(DefinitionError(.schema, "no file declares 'languages' (for example: languages: [en, es])", at: SourceLocation(path: firstFile, line: 1, column: 1)))
        }
        for file in files {
            var reader = YAMLNodeReader(path: file.path)
            for (name, section) in file.sections.sorted(by: { $0.key < $1.key }) {
                switch name {
                case "policy": readPolicy(section.value, &reader)
                case "queues": readQueues(section.value, &reader)
                case "messages": readMessages(section.value, &reader)
                case "slots": readSlots(section.value, &reader)
                case "intents": readIntents(section.value, &reader)
                default: break
                }
            }
            errors += reader.errors
        }
        crossCheck()
    }

    func bot(digest: String) -> Bot {
        Bot(languages: languages, intents: intents, slots: slots, policy: policy, queues: queues, messages: messages, digest: digest)
    }

    // MARK: Cross-file checks

    private mutating func crossCheck() {
        for reference in slotReferences where slots[reference.name] == nil {
            errors.append(DefinitionError(.unknownReference, "intent '\(reference.intent)' needs unknown slot '\(reference.name)'", at: reference.location))
        }
        for reference in intentReferences where intents[reference.name] == nil {
            errors.append(DefinitionError(.unknownReference, "queue '\(reference.queue)' lists unknown intent '\(reference.name)'", at: reference.location))
        }
        for reference in queueReferences where queues[reference.name] == nil {
            errors.append(DefinitionError(.unknownReference, "queue_when of intent '\(reference.intent)' names unknown queue '\(reference.name)'", at: reference.location))
        }
        let fileStart = SourceLocation(path: firstFile, line: 1, column: 1)
        if !queues.isEmpty || defaultQueueLocation != nil, queues[policy.defaultQueue] == nil {
            errors.append(DefinitionError(.unknownReference, "policy default_queue names unknown queue '\(policy.defaultQueue)'", at: defaultQueueLocation ?? fileStart))
        }
        if queues.isEmpty {
            errors.append(DefinitionError(.schema, "no queues are defined: every handoff needs a queue of people", at: fileStart))
        }
        if !intents.isEmpty, !intents.values.contains(where: \.requestsHuman) {
            errors.append(DefinitionError(.schema, "no intent has 'requests_human: true': customers must always be able to ask for a person", at: fileStart))
        }
        for key in MessageKey.allCases where key.isRequired && messages[key] == nil {
            errors.append(DefinitionError(.missingLanguage, "messages has no '\(key.rawValue)' entry", at: fileStart))
        }
        checkDuplicateExamples()
        checkDuplicateAliases()
    }

    /// An alias names one queue: the same name (case and accents aside) under two queues is an error.
    private mutating func checkDuplicateAliases() {
        var seen: [String: (queue: String, location: SourceLocation)] = [:]
        for site in aliasSites {
            if let first = seen[site.normalized] {
                if first.queue != site.queue {
                    errors.append(DefinitionError(.duplicateAlias, "alias \"\(site.alias)\" is under both queue '\(first.queue)' (\(first.location)) and queue '\(site.queue)'", at: site.location))
                }
            } else {
                seen[site.normalized] = (site.queue, site.location)
            }
        }
    }

    private mutating func checkDuplicateExamples() {
        var seen: [String: (intent: String, location: SourceLocation)] = [:]
        for site in exampleSites {
            let key = TextNormalizer.normalize(site.text)
            if let first = seen[key] {
                if first.intent != site.intent {
                    errors.append(DefinitionError(.duplicateExample, "example \"\(site.text)\" is under both '\(first.intent)' (\(first.location)) and '\(site.intent)'", at: site.location))
                }
            } else {
                seen[key] = (site.intent, site.location)
            }
        }
    }
}

extension BotBuilder {
    /// Whether `entry` names something not defined yet in `table` (names are defined once across files);
    /// a second definition is an error at its key.
    static func isFirstDefinition<Value>(of entry: (key: String, keyNode: Node, value: Node), in table: [String: Value], _ what: String,
                                         _ reader: inout YAMLNodeReader) -> Bool {
        guard table[entry.key] != nil else { return true }
        reader.error(.schema, "\(what) is defined twice", at: entry.keyNode)
        return false
    }
}

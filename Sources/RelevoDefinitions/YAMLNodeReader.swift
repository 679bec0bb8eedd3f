import Yams

/// Reads Yams nodes of one definition file, collecting every problem with its position.
struct YAMLNodeReader {
    let path: String
    var errors: [DefinitionError] = []

    init(path: String) {
        self.path = path
    }

    func location(of node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func error(_ code: DefinitionError.Code, _ message: String, at node: Node?) {
        errors.append(DefinitionError(code, message, at: location(of: node)))
    }

    /// The entries of a mapping with string keys; reports keys outside `allowed` (when given).
    mutating func entries(_ node: Node, _ what: String, allowed: Set<String>? = nil) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            error(.schema, "\(what) must be a mapping", at: node)
            return []
        }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string, case .scalar = keyNode else {
                error(.schema, "keys of \(what) must be text", at: keyNode)
                continue
            }
            if let allowed, !allowed.contains(key) {
                error(.schema, "unknown key '\(key)' in \(what); expected one of: \(allowed.sorted().joined(separator: ", "))", at: keyNode)
                continue
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    mutating func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(.schema, "\(what) must be text", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ node: Node, _ what: String) -> Bool? {
        guard case .scalar = node, let value = node.bool else {
            error(.schema, "\(what) must be true or false", at: node)
            return nil
        }
        return value
    }

    /// A list of texts; a single text is a list of one.
    mutating func strings(_ node: Node, _ what: String) -> [(String, Node)] {
        switch node {
        case .scalar(let scalar):
            return [(scalar.string, node)]
        case .sequence(let sequence):
            return sequence.compactMap { item in string(item, "each item of \(what)").map { ($0, item) } }
        default:
            error(.schema, "\(what) must be a list of texts", at: node)
            return []
        }
    }

    /// A text per language (`en: ...`, `es: ...`), checked against the bot's languages, and optionally its formal
    /// forms for some of them (`formal: {es: ..., ca: ...}`).
    mutating func localized(_ node: Node, _ what: String, languages: [Language]) -> LocalizedText? {
        guard case .mapping = node else {
            error(.schema, "\(what) must map each language to a text (en: ..., es: ...)", at: node)
            return nil
        }
        var texts: [Language: String] = [:]
        var formal: [Language: String] = [:]
        for entry in entries(node, what) {
            if entry.key == "formal" {
                guard case .mapping = entry.value else {
                    error(.schema, "\(what): formal must map languages to the formal form of the text (es: ..., ca: ...)", at: entry.value)
                    continue
                }
                for form in entries(entry.value, "\(what) (formal)") {
                    let language = Language(rawValue: form.key)
                    if !languages.isEmpty, !languages.contains(language) {
                        error(.unknownReference, "\(what) has a formal text in '\(form.key)', which is not one of the bot's languages (\(languages.map(\.rawValue).joined(separator: ", ")))", at: form.keyNode)
                        continue
                    }
                    if let text = string(form.value, "\(what) (formal \(form.key))") { formal[language] = text }
                }
                continue
            }
            let language = Language(rawValue: entry.key)
            if !languages.isEmpty, !languages.contains(language) {
                error(.unknownReference, "\(what) has text in '\(entry.key)', which is not one of the bot's languages (\(languages.map(\.rawValue).joined(separator: ", ")))", at: entry.keyNode)
                continue
            }
            if let text = string(entry.value, "\(what) (\(entry.key))") {
                texts[language] = text
            }
        }
        for language in languages where texts[language] == nil {
            error(.missingLanguage, "\(what) has no '\(language)' text", at: node)
        }
        // A formal form says the same with other words: the same values in it ("{ticket}"), none lost or new.
        for (language, text) in formal.sorted(by: { $0.key < $1.key }) {
            if let plain = texts[language], Self.placeholders(in: text) != Self.placeholders(in: plain) {
                error(.schema, "\(what): the formal '\(language)' text must use the same {placeholders} as the '\(language)' text", at: node)
            }
        }
        return LocalizedText(texts, formal: formal)
    }

    /// The `{name}` placeholders of a text.
    static func placeholders(in text: String) -> Set<Substring> {
        var found = Set<Substring>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}

import Foundation
import Yams

/// One parsed YAML definition file: its top-level sections as nodes.
struct DefinitionFile {
    static let sections: Set<String> = ["languages", "policy", "queues", "messages", "slots", "intents"]
    /// Largest definition file read, in bytes.
    static let maxFileBytes = 5 * 1024 * 1024
    /// Most nodes a file may expand to (aliases counted as often as they are used).
    static let maxNodes = 500_000
    /// Deepest nesting of mappings and lists.
    static let maxDepth = 64

    let path: String
    var sections: [String: (keyNode: Node, value: Node)] = [:]

    /// Parses the file at `path`, reporting YAML syntax errors at their position.
    static func read(path: String, into errors: inout [DefinitionError]) -> DefinitionFile? {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxFileBytes {
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            errors.append(DefinitionError(.unreadableFile, "file is \(megabytes) MB; a definition file may be at most \(maxFileBytes / 1_048_576) MB", at: start))
            return nil
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            errors.append(DefinitionError(.unreadableFile, "cannot read file as UTF-8 text", at: SourceLocation(path: path, line: 1, column: 1)))
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            errors.append(syntaxError(error, path: path))
            return nil
        } catch {
            errors.append(DefinitionError(.yamlSyntax, "YAML syntax: \(error)", at: SourceLocation(path: path, line: 1, column: 1)))
            return nil
        }
        var file = DefinitionFile(path: path)
        guard let root else { return file }
        if let problem = checkShape(root) {
            errors.append(DefinitionError(.yamlSyntax, problem, at: start))
            return nil
        }
        var reader = YAMLNodeReader(path: path)
        for entry in reader.entries(root, "a definition file", allowed: sections) {
            file.sections[entry.key] = (entry.keyNode, entry.value)
        }
        errors += reader.errors
        return file
    }

    /// Walks the tree within a budget: an alias bomb or absurd nesting is refused, never expanded.
    static func checkShape(_ root: Node) -> String? {
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        var visited = 0
        while let (node, depth) = stack.popLast() {
            visited += 1
            if visited > maxNodes {
                return "the YAML expands to more than \(maxNodes) values (aliases repeating aliases?); definitions must be plain"
            }
            if depth > maxDepth {
                return "the YAML nests deeper than \(maxDepth) levels"
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
                }
            case .sequence(let sequence):
                for item in sequence { stack.append((item, depth + 1)) }
            default:
                continue
            }
        }
        return nil
    }

    /// Where `key`, first written at `first`, is written again in the same mapping: later on the same line (a
    /// flow mapping) or on a later line at the same indentation (a block mapping). Columns count Unicode scalars,
    /// as libyaml's do.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count, !key.isEmpty else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        /// Whether `key` followed by `:` is written at `index` of `line`.
        func isKey(_ line: [Unicode.Scalar], at index: Int) -> Bool {
            spellings.contains { written in
                guard line.count >= index + written.count, Array(line[index..<(index + written.count)]) == written else { return false }
                return line[(index + written.count)...].first { $0 != " " } == ":"
            }
        }
        let line = lines[first.line - 1]
        for index in stride(from: max(first.column - 1 + key.unicodeScalars.count, 1), to: line.count, by: 1)
        where " {,".unicodeScalars.contains(line[index - 1]) && isKey(line, at: index) {
            return (first.line, index + 1)
        }
        for number in first.line..<lines.count {
            let indent = lines[number].prefix { $0 == " " }.count
            if indent == first.column - 1, isKey(lines[number], at: indent) { return (number + 1, first.column) }
        }
        return nil
    }

    private static func syntaxError(_ error: YamlError, path: String) -> DefinitionError {
        func located(_ problem: String, _ mark: Mark) -> DefinitionError {
            DefinitionError(.yamlSyntax, "YAML syntax: \(problem)", at: SourceLocation(path: path, line: mark.line, column: mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level reached") {
                return DefinitionError(.yamlSyntax, "the YAML nests deeper than libyaml's limit", at: SourceLocation(path: path, line: mark.line, column: mark.column))
            }
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return located(detail, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            // The context's text is the whole file: name the key instead, where it is written again.
            let key = duplicates.first ?? ""
            let again = secondOccurrence(of: key, after: context.mark, in: context.text) ?? (context.mark.line, context.mark.column)
            let others = duplicates.dropFirst().map { "'\($0)'" }
            return DefinitionError(.yamlSyntax, "duplicate key '\(key)' (first at line \(context.mark.line))"
                                   + (others.isEmpty ? "" : "; also duplicated: \(others.joined(separator: ", "))"),
                                   at: SourceLocation(path: path, line: again.line, column: again.column))
        case let .reader(problem, _, _, _):
            return DefinitionError(.yamlSyntax, "YAML syntax: \(problem)", at: SourceLocation(path: path, line: 1, column: 1))
        default:
            return DefinitionError(.yamlSyntax, "YAML syntax: \(error)", at: SourceLocation(path: path, line: 1, column: 1))
        }
    }
}

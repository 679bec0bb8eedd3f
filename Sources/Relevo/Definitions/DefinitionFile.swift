import Foundation
import Yams

/// One parsed YAML definition file: its top-level sections as nodes.
struct DefinitionFile {
    static let sections: Set<String> = ["languages", "policy", "queues", "messages", "slots", "intents"]

    let path: String
    var sections: [String: (keyNode: Node, value: Node)] = [:]

    /// Parses the file at `path`, reporting YAML syntax errors at their position.
    static func read(path: String, into errors: inout [DefinitionError]) -> DefinitionFile? {
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
        var reader = YAMLNodeReader(path: path)
        for entry in reader.entries(root, "a definition file", allowed: sections) {
            file.sections[entry.key] = (entry.keyNode, entry.value)
        }
        errors += reader.errors
        return file
    }

    private static func syntaxError(_ error: YamlError, path: String) -> DefinitionError {
        func located(_ problem: String, _ mark: Mark) -> DefinitionError {
            DefinitionError(.yamlSyntax, "YAML syntax: \(problem)", at: SourceLocation(path: path, line: mark.line, column: mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return located(detail, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return located("duplicate keys \(duplicates.joined(separator: ", ")) \(context.text)", context.mark)
        case let .reader(problem, _, _, _):
            return DefinitionError(.yamlSyntax, "YAML syntax: \(problem)", at: SourceLocation(path: path, line: 1, column: 1))
        default:
            return DefinitionError(.yamlSyntax, "YAML syntax: \(error)", at: SourceLocation(path: path, line: 1, column: 1))
        }
    }
}

import Foundation
import Yams

/// Loads a bot from a directory of YAML files and validates it, collecting every problem.
struct BotLoader {
    /// Loads `directory`, throwing ``DefinitionErrors`` with every problem found.
    func load(directory: String) throws(DefinitionErrors) -> Bot {
        var errors: [DefinitionError] = []
        let paths = Self.definitionPaths(in: directory, errors: &errors)
        guard errors.isEmpty else { throw DefinitionErrors(errors) }
        let files = paths.compactMap { DefinitionFile.read(path: $0, into: &errors) }
        // A file that cannot be parsed would make every cross-file check report noise: stop at syntax errors.
        guard errors.isEmpty else { throw DefinitionErrors(errors) }
        var builder = BotBuilder()
        builder.read(files)
        errors += builder.errors
        errors.sort { ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column) }
        guard errors.isEmpty else { throw DefinitionErrors(errors) }
        return builder.bot(digest: Self.digest(of: paths))
    }

    /// The `*.yaml`/`*.yml` files of `directory`, sorted.
    static func definitionPaths(in directory: String, errors: inout [DefinitionError]) -> [String] {
        let location = SourceLocation(path: directory, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            errors.append(DefinitionError(.unreadableFile, "no definitions directory here", at: location))
            return []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let paths = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
        if paths.isEmpty {
            errors.append(DefinitionError(.unreadableFile, "the directory has no .yaml definition files", at: location))
        }
        return paths
    }

    /// A stable FNV-1a digest of the files' names and contents.
    static func digest(of paths: [String]) -> String {
        var hasher = StableHasher()
        for path in paths {
            hasher.combine((path as NSString).lastPathComponent.utf8)
            hasher.combine((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        }
        return String(hasher.value, radix: 16)
    }
}

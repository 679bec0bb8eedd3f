import Foundation
import Logging

/// A folder where trained intent models are kept between runs, so that an engine over unchanged definitions
/// starts without training.
///
/// A model's file is named after a hash of everything its training read — the examples, the labels, the
/// training settings and the code's model format version — so a changed definition or a new Relevo version
/// trains a new model instead of using a stale one. A missing, unreadable or damaged file is not an error:
/// the model is trained again and the file rewritten.
public struct ModelCache: Sendable, Hashable {
    /// The folder; created when the first model is written.
    public var directory: String

    /// A cache in `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/relevo`, else `~/.cache/relevo`.
    public static var userDefault: ModelCache {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return ModelCache(directory: base + "/relevo")
        }
        return ModelCache(directory: NSHomeDirectory() + "/.cache/relevo")
    }

    func path(key: UInt64) -> String {
        directory + "/intents-" + String(key, radix: 16) + ".model"
    }

    /// The cached model with `key`, or `nil` when there is none or it cannot be read.
    func load(key: UInt64, logger: Logger) -> IntentClassifier? {
        let path = path(key: key)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let model = IntentClassifier(decoding: data, key: key) else {
            logger.warning("cached intent model is damaged; training again", metadata: ["path": "\(path)"])
            return nil
        }
        return model
    }

    /// Writes the model atomically (a temporary file renamed into place); a failure is logged, not thrown.
    func store(_ model: IntentClassifier, key: UInt64, logger: Logger) {
        let path = path(key: key)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try model.encoded(key: key).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            logger.warning("could not cache the intent model; it will be trained again next time", metadata: [
                "path": "\(path)", "error": "\(error)",
            ])
        }
    }
}

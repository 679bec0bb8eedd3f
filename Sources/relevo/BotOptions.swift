import ArgumentParser
import Foundation
import Logging
import Relevo
import RelevoSQLite
import RelevoTesting

/// `--bot DIR`: the definitions to load.
struct BotOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The bot's definitions folder (YAML files).", valueName: "dir"))
    var bot: String = "Intents"

    @Option(help: ArgumentHelp("Keep the trained intent model in this folder between runs (default: $XDG_CACHE_HOME/relevo or ~/.cache/relevo).", valueName: "dir"))
    var modelCache: String?

    @Flag(help: "Train the intent model at every start; read and write no model cache.")
    var noModelCache = false

    func validate() throws {
        guard modelCache == nil || !noModelCache else { throw ValidationError("give --model-cache or --no-model-cache, not both") }
    }

    /// The model cache these options choose, or `nil` for none.
    var cache: ModelCache? {
        if noModelCache { return nil }
        return modelCache.map(ModelCache.init(directory:)) ?? .userDefault
    }

    /// Loads the bot, printing every definition error to standard error and exiting 1 when invalid.
    func load() throws -> Bot {
        do {
            return try Bot.load(directory: bot)
        } catch let errors as DefinitionErrors {
            for error in errors.errors { Console.error("\(error)") }
            Console.error("error: the definitions in '\(bot)' have \(errors.errors.count) problem(s); run 'relevo validate --bot \(bot)'")
            throw ExitCode(1)
        }
    }
}

/// `--db PATH`: where conversations and tickets are stored.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database (':memory:' keeps nothing).", valueName: "path"))
    var db: String = "relevo.sqlite"

    @Option(help: ArgumentHelp("Seconds to wait for another process's write lock before giving up.", valueName: "seconds"))
    var busyTimeout: Double = 10

    func validate() throws {
        guard busyTimeout >= 0, busyTimeout <= 3600 else { throw ValidationError("--busy-timeout must be from 0 to 3600 seconds") }
    }

    func open() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: db, busyTimeout: busyTimeout)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `--log-level`: how much the engine logs to standard error.
struct LogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Show the engine's log on standard error from this level: trace, debug, info, notice, warning, error, critical (default: none; problems that stop a command are always printed)."))
    var logLevel: Logger.Level?

    func logger(_ label: String) -> Logger {
        guard let logLevel else { return Logger(label: label) { _ in SwiftLogNoOpLogHandler() } }
        var logger = Logger(label: label) { EscapingLogHandler(StreamLogHandler.standardError(label: $0)) }
        logger.logLevel = logLevel
        return logger
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// Writing to the terminal: only ``TerminalText``, whose interpolated values are escaped, so nothing a
/// customer or an agent wrote can drive the terminal or print a line of its own.
enum Console {
    static func error(_ text: TerminalText) {
        FileHandle.standardError.write(Data((text.text + "\n").utf8))
    }

    static func print(_ text: TerminalText) {
        FileHandle.standardOutput.write(Data((text.text + "\n").utf8))
    }

    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    static func prompt() {
        FileHandle.standardOutput.write(Data("you> ".utf8))
    }
}

import ArgumentParser
import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the intent scorer, choose the out-of-scope threshold on validation rows, and score test rows.",
        discussion: """
            Files are JSON Lines of {"text": ..., "intent": ...}; rows labelled with --oos-label are out of scope and \
            never used for training. --val files choose the threshold; --test files are only scored. With --bot and \
            --val, the bot's examples are the training data. With --bot and no --val, the bot is measured as customers \
            meet it: each test row is the first message of a fresh conversation with the engine (patterns, the \
            built-in recognition of requests for a person, the classifier, the bot's threshold), and each file gets \
            intent accuracy, request-for-person recall, false request-for-person rate, out-of-scope rejection, \
            department routing (rows with "queue"), reply language (a file named after a language: en.jsonl) and the \
            out-of-scope messages told so (answered with what the bot can help with rather than "not understood"). \
            --shots N trains on N rows per intent drawn at random from the training data (the few-shot regime of a \
            real bot), the same rows for the same --seed. Measure release builds.
            """
    )

    @Option(help: ArgumentHelp("Training rows (JSONL).", valueName: "file"))
    var train: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Validation rows (JSONL): choose the threshold.", valueName: "file"))
    var val: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Test rows (JSONL): only scored.", valueName: "file"))
    var test: [String] = []

    @Option(help: ArgumentHelp("Train from this bot's examples instead of --train.", valueName: "dir"))
    var bot: String?

    @Option(help: ArgumentHelp("Train on at most N rows per intent, drawn at random from the training data.", valueName: "N"))
    var shots: Int?

    @Option(help: ArgumentHelp("The seed of the --shots draw: the same seed draws the same rows.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(help: "The intent label of out-of-scope rows.")
    var oosLabel: String = "oos"

    @Flag(help: "Print one JSON object.")
    var json = false

    @OptionGroup var log: LogOptions

    func validate() throws {
        guard (train == nil) != (bot == nil) else { throw ValidationError("give either --train FILE or --bot DIR") }
        guard !test.isEmpty else { throw ValidationError("give at least one --test FILE") }
        if let shots, shots < 1 { throw ValidationError("--shots must be at least 1") }
    }

    func run() async throws {
        if let bot, val.isEmpty { return try await runBot(bot) }
        var evaluation: IntentEvaluation
        do {
            let validation = try val.flatMap { path throws(EvaluationError) in try LabelledRow.read(path: path) }
            let testRows = try test.flatMap { path throws(EvaluationError) in try LabelledRow.read(path: path) }
            if let bot {
                evaluation = IntentEvaluation(bot: try BotOptions.parse(["--bot", bot]).load(), validation: validation, test: testRows, oosLabel: oosLabel)
            } else {
                evaluation = IntentEvaluation(train: try LabelledRow.read(path: train!), validation: validation, test: testRows, oosLabel: oosLabel)
            }
        } catch let error as EvaluationError {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        if let shots { evaluation = evaluation.sampling(shots: shots, seed: seed) }
        let result = evaluation.run(logger: log.logger("relevo.eval"))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            Console.print(TerminalText(json: String(decoding: try encoder.encode(result), as: UTF8.self)))
            return
        }
        Console.print("\(String(format: "in-scope accuracy  %.2f%%   (correct intent and not rejected)", result.inScopeAccuracy * 100))")
        Console.print("\(String(format: "out-of-scope       recall %.2f%%, precision %.2f%%, threshold %.3f", result.oosRecall * 100, result.oosPrecision * 100, result.threshold))")
        Console.print("\(String(format: "training           %d rows in %.2f s; model %d bytes", result.trainCount, result.trainSeconds, result.modelBytes))")
        Console.print("\(String(format: "classification     median %.1f µs per utterance; %d test rows", result.classifyMicrosecondsMedian, result.testCount))")
        if !result.confusions.isEmpty {
            Console.print("most confused (expected → predicted):")
            for confusion in result.confusions { Console.print("  \(confusion.count)×  \(confusion.expected) → \(confusion.predicted)") }
        }
    }

    /// The bot measured through the engine, file by file.
    private func runBot(_ directory: String) async throws {
        let options = try BotOptions.parse(["--bot", directory])
        let files: [(path: String, rows: [LabelledRow])]
        do {
            files = try test.map { path throws(EvaluationError) in (path, try LabelledRow.read(path: path)) }
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        let figures = try await BotEvaluation(bot: try options.load(), files: files, oosLabel: oosLabel, modelCache: options.cache)
            .run(logger: log.logger("relevo.eval"))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            Console.print(TerminalText(json: String(decoding: try encoder.encode(figures), as: UTF8.self)))
            return
        }
        func percent(_ value: Double?) -> String { value.map { String(format: "%5.1f%%", $0 * 100) } ?? "    -" }
        Console.print("file                          rows  intent  person  false-person  oos-rejected  department  language  oos-told")
        for file in figures {
            let name = TerminalText.escape(file.file).padding(toLength: 28, withPad: " ", startingAt: 0)
            Console.print("\(name)\(String(format: " %5d", file.rows))  \(percent(file.intentAccuracy))  \(percent(file.personRecall))        \(percent(file.falsePersonRate))        \(percent(file.oosRejection))      \(percent(file.departmentAccuracy))    \(percent(file.replyLanguage))    \(percent(file.oosTold))")
        }
        for file in figures where !file.misses.isEmpty {
            Console.print("\n\(file.file): \(file.misses.count) missed (expected → got)")
            for miss in file.misses { Console.print("  \(miss.expected) → \(miss.got): \(miss.text)") }
        }
        for file in figures where !file.wrongLanguage.isEmpty {
            Console.print("\n\(file.file): \(file.wrongLanguage.count) answered in another language (expected → got)")
            for miss in file.wrongLanguage { Console.print("  \(miss.expected) → \(miss.got): \(miss.text)") }
        }
    }
}

import ArgumentParser
import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

struct Understand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how the bot understands a message: the intent, its confidence and the closest intents."
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var logOptions: LogOptions

    @Option(help: "How many of the closest intents to list.")
    var top: Int = 3

    @Argument(help: "The message, in one or more words.")
    var words: [String]

    func validate() throws {
        guard !words.isEmpty else { throw ValidationError("give the message to understand") }
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
    }

    func run() async throws {
        let bot = try botOptions.load()
        let engine = try Engine(bot: bot, modelCache: botOptions.cache, logger: logOptions.logger("relevo.understand"))
        let text = words.joined(separator: " ")
        let understood = engine.read(text)
        let match = understood.match
        let threshold = String(format: "%.2f", bot.policy.confidenceThreshold)
        if let intent = match.intent {
            Console.print("\(intent) (\(match.source.rawValue), confidence \(String(format: "%.2f", match.confidence)), threshold \(threshold))")
        } else {
            Console.print("not understood\(understood.outOfScope ? ", out of scope" : "") (threshold \(threshold))")
        }
        if let other = understood.alsoAsks, let intent = other.intent {
            Console.print("also asks \(intent) (\(other.source.rawValue), confidence \(String(format: "%.2f", other.confidence)))")
        }
        if let request = understood.personRequest {
            Console.print("request for a person\(request.queue.map { ", to queue \($0)" } ?? "") (\(request.evidence))")
        }
        let slots = understood.entities.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        Console.print("language \(understood.language.rawValue)\(slots.isEmpty ? "" : "; slots \(slots)")")
        if let time = understood.callbackTime {
            Console.print("callback time \(time.summary)\(time.mentionsCall ? "" : " (no call mentioned)")")
        } else if let zone = understood.customerZone {
            Console.print("customer's time zone \(zone)")
        }
        for candidate in engine.candidates(text).prefix(top) {
            Console.print("  \(String(format: "%.3f", candidate.similarity))  \(candidate.intent)")
        }
    }
}

import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a bot's definitions and report every problem as path:line:column: error: message."
    )

    @OptionGroup var botOptions: BotOptions

    func run() async throws {
        do {
            let bot = try Bot.load(directory: botOptions.bot)
            let languages = bot.languages.map(\.rawValue).joined(separator: ", ")
            Console.print("\(botOptions.bot): OK: \(bot.intents.count) intents, \(bot.exampleCount) examples, \(bot.slots.count) slots, \(bot.queues.count) queues, languages \(languages)")
        } catch let errors as DefinitionErrors {
            for error in errors.errors { Console.print("\(error)") }
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import Relevo
import RelevoSQLite

struct Purge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove closed conversations (no open ticket) whose last activity is older than the retention.",
        discussion: """
            The retention is --older-than DAYS, else the bot's 'retention_days' policy. Slots given before then go too, \
            unless the customer has an open ticket. The purge is recorded with its time and counts.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("Days since a conversation's last activity (default: the bot's retention_days).", valueName: "days"))
    var olderThan: Int?

    func validate() throws {
        if let olderThan, olderThan < 1 { throw ValidationError("--older-than must be a whole number of days, at least 1") }
    }

    func run() async throws {
        guard let days = try olderThan ?? botOptions.load().policy.retentionDays else {
            Console.error("error: give --older-than DAYS, or set 'retention_days' in the policy of the bot in '\(botOptions.bot)'")
            throw ExitCode(1)
        }
        let store = try storeOptions.open()
        let now = try OffsetClock.fromEnvironment().now()
        let purged = try await storeOptions.perform { try await store.purge(olderThan: days, now: now) }
        Console.print("Purged conversations closed and last active over \(days) day(s) ago: \(CustomerData.counted(purged.counts)).")
    }
}

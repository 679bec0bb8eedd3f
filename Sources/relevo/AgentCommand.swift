import ArgumentParser

struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "The human agent's side: list, read, claim, answer and resolve handoff tickets.",
        subcommands: [AgentQueue.self, AgentShow.self, AgentClaim.self, AgentReply.self, AgentResolve.self]
    )
}

/// The options every agent command shares: the bot (for its messages and queues), the database and logging.
struct AgentOptions: ParsableArguments {
    @OptionGroup var botOptions: BotOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var logOptions: LogOptions
}

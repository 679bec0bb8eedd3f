import ArgumentParser

@main
struct RelevoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relevo",
        abstract: "A chatbot engine that always hands the customer to a person, with everything they said.",
        subcommands: [Chat.self, AgentCommand.self, CustomerCommand.self, Purge.self, Replay.self, Validate.self, Understand.self, Bench.self, Eval.self]
    )
}

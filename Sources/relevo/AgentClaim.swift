import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

struct AgentClaim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claim", abstract: "Take a ticket.")

    @OptionGroup var options: AgentOptions

    @Option(help: "The agent's name, as the customer will see it.")
    var agent: String

    @Argument(help: "The ticket number.")
    var ticket: String

    func validate() throws {
        try Identifier.validate(agent, .agent, option: "--agent")
        try Identifier.validate(ticket, .ticket, option: "<ticket>")
    }

    func run() async throws {
        let engine = try options.engine()
        let claimed = try await options.perform { try await engine.claim(ticket: ticket, agent: agent) }
        Console.print("\(claimed.number) claimed by \(agent) (queue \(claimed.queue), customer \(claimed.customerId)).")
    }
}

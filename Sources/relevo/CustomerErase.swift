import ArgumentParser
import Relevo
import RelevoSQLite

struct CustomerErase: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Remove everything stored about a customer, open tickets included.",
        discussion: "The erasure itself is recorded with its time and counts only, never the customer's id."
    )

    @OptionGroup var options: CustomerOptions

    func run() async throws {
        let store = try options.storeOptions.open()
        let now = try OffsetClock.fromEnvironment().now()
        let erasure = try await options.storeOptions.perform { try await store.erase(customer: options.customer, at: now) }
        Console.print("Erased customer \(options.customer): \(CustomerData.counted(erasure.counts)). The erasure is recorded without the customer's id.")
    }
}

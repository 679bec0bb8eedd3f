import ArgumentParser
import Relevo
import RelevoSQLite

struct CustomerExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print everything stored about a customer: sessions and messages, facts given (slots), tickets and packets.",
        discussion: "Payment data is masked. Prints 'Nothing is stored about customer ID.' (exit 0) when there is nothing."
    )

    @OptionGroup var options: CustomerOptions

    @Flag(help: "Print JSON (version 1) instead of text.")
    var json = false

    func run() async throws {
        let store = try options.storeOptions.open()
        let data = try await options.storeOptions.perform { try await store.customerData(customer: options.customer) }
        Console.print(json ? TerminalText(json: data.json(pretty: true)) : data.rendered())
    }
}

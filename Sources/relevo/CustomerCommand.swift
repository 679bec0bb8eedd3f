import ArgumentParser
import Relevo

struct CustomerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "A customer's data: everything stored about them (export), or none of it any more (erase).",
        subcommands: [CustomerExport.self, CustomerErase.self]
    )
}

/// The options every customer-data command shares: the database and the customer.
struct CustomerOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The customer's id (as in 'relevo chat --customer').")
    var customer: String

    func validate() throws {
        try Identifier.validate(customer, .customer, option: "<customer>")
    }
}

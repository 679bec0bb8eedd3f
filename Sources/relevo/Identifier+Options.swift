import ArgumentParser
import Relevo

extension Identifier {
    /// Checks an id given on the command line, as the engine would (``Identifier/check(_:_:)``): a bad one is a
    /// usage error naming the option.
    static func validate(_ value: String, _ field: Field, option: String) throws {
        do {
            try check(value, field)
        } catch {
            throw ValidationError("\(option): \(error.message)")
        }
    }
}

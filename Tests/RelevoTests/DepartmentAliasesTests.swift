import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Stems, and which queue each alias names.
@Suite struct DepartmentAliasesTests {
    @Test(arguments: [("factura", "factur"), ("facturas", "factur"), ("factures", "factur"), ("devolucions", "devoluci"),
                      ("devolucio", "devoluci"), ("invoice", "invoic"), ("invoices", "invoic"), ("orders", "order"),
                      ("baja", "baja"), ("bajas", "baja"), ("bot", "bot")])
    func stems(word: String, stem: String) {
        #expect(DepartmentAliases.stem(word) == stem)
    }

    func queue(_ phrase: String, in aliases: DepartmentAliases) -> String? {
        let stems = CueLexicon.words(of: phrase).map(DepartmentAliases.stem)
        return aliases.aliases(startingWith: stems[0])?.first { $0.stems == stems }?.queue
    }

    @Test func theBotsAliasesWinThenDisplayNamesThenBuiltInWords() {
        let hours = TestSupport.defaultBot.queues["general"]!.hours
        let location = TestSupport.defaultBot.queues["general"]!.location
        func queue(_ name: String, aliases: [Language: [String]], display: String? = nil) -> QueueDefinition {
            QueueDefinition(name: name, displayName: display.map { LocalizedText([.english: $0]) }, aliases: aliases, intents: [],
                            hours: hours, agentsOnShift: 1, averageHandlingMinutes: 5, location: location)
        }
        let aliases = DepartmentAliases(
            queues: [queue("billing", aliases: [:]), queue("care", aliases: [.english: ["invoices"]], display: "care team")],
            builtIn: [("billing", [["invoices"], ["payments"]]), ("general", [["complaints"], ["care", "team"]])],
            departmentWords: ["team"])
        #expect(self.queue("invoices", in: aliases) == "care")
        #expect(self.queue("payments", in: aliases) == "billing")
        #expect(self.queue("care team", in: aliases) == "care")
        // "general" shares "care team" with care: its words go there.
        #expect(aliases.builtInQueues == ["billing": "billing", "general": "care"])
        #expect(self.queue("complaints", in: aliases) == "care")
        #expect(aliases.aliases(startingWith: "care")?.first?.isDepartmentLike == true)
    }
}

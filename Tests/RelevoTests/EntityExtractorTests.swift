import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct EntityExtractorTests {
    @Test(arguments: [
        ("where is my order 4471?", "4471"), ("pedido #5512", "5512"), ("order no. 123456", "123456"),
        ("the other order, 7389. where is it", "7389"), ("és la 6020.", "6020"),
        // An amount beside an order number is not taken for it.
        ("order 4471 cost me €120", "4471"), ("pagué 150 € por el pedido 5512", "5512"),
        // A reference that names an order is the order's.
        ("my order reference is 7389", "7389"), ("ticket about order 6020", "6020"),
    ])
    func orderNumbers(_ text: String, _ expected: String) {
        #expect(EntityExtractor.builtin(.orderNumber, in: text) == expected)
    }

    @Test(arguments: ["call me on 600 111 222", "it was 2026-12-19", "12", "pay 25.50 euros", "ana@4471.com", "paid 1234.50",
                      "call 600.111.222", "my renewal went up by £200", "me cobraron 150 euros de más", "pagué $1500 y nada",
                      "un càrrec de 120 € que no conec", "charged 300 EUR twice", "it was 250 pounds", "me cobraron 899 pesos",
                      "the phone guy gave me a reference, it was something like 88213", "mi número de caso es 55120",
                      "el número d'incidència és 30112"])
    func notOrderNumbers(_ text: String) {
        #expect(EntityExtractor.builtin(.orderNumber, in: text) == nil)
    }

    @Test func severalOrderNumbers() {
        #expect(EntityExtractor.orderNumbers(in: "ok what about 5512 and 7389, can u check both") == ["5512", "7389"])
        #expect(EntityExtractor.orderNumbers(in: "la 6020, la 6020 y la 4471") == ["6020", "4471"], "each once")
        #expect(EntityExtractor.orderNumbers(in: "order 4471, call me on 600 111 222") == ["4471"], "a phone number is none")
        #expect(EntityExtractor.builtin(.orderNumber, in: "5512 and 7389") == "5512", "the slot takes the first")
    }

    @Test func emailsArelowercased() {
        #expect(EntityExtractor.builtin(.email, in: "write to Ana.Garcia@Example.com please") == "ana.garcia@example.com")
        #expect(EntityExtractor.builtin(.email, in: "no email here @ all") == nil)
    }

    @Test(arguments: [
        ("mi correo es carmen punto lopez 1951 arroba hotmail punto es", "carmen.lopez1951@hotmail.es"),
        ("it's john dot smith at gmail dot com", "john.smith@gmail.com"),
        ("el meu correu és jordi punt vila arroba correu punt cat", "jordi.vila@correu.cat"),
        ("Mi correo es María punto López arroba Gmail punto com", "maria.lopez@gmail.com"),
        ("write me at john dot smith at gmail dot com", "john.smith@gmail.com"),
    ])
    func emailsSaidInWords(_ text: String, _ expected: String) {
        #expect(EntityExtractor.builtin(.email, in: text) == expected)
        // Its digits are no order number.
        #expect(EntityExtractor.builtin(.orderNumber, in: text) == nil)
    }

    @Test(arguments: ["meet me at the shop", "I'm at home, call me", "arroba"])
    func noEmailSaidInWords(_ text: String) {
        #expect(EntityExtractor.builtin(.email, in: text) == nil)
    }

    @Test(arguments: [("600 111 222", "600111222"), ("+34 600-111-222", "+34600111222"), ("my number is 600.111.222", "600111222")])
    func phones(_ text: String, _ expected: String) {
        #expect(EntityExtractor.builtin(.phone, in: text) == expected)
    }

    @Test func shortNumbersAreNotPhones() {
        #expect(EntityExtractor.builtin(.phone, in: "order 4471") == nil)
    }

    @Test func datesBecomeISO() {
        #expect(EntityExtractor.builtin(.date, in: "on 19/12/2026") == "2026-12-19")
        #expect(EntityExtractor.builtin(.date, in: "since 2026-12-01") == "2026-12-01")
        #expect(EntityExtractor.builtin(.date, in: "31/02/2026") == nil)
    }
}

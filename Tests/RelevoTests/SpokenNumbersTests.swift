import Testing
@testable import RelevoUnderstanding

@Suite struct SpokenNumbersTests {
    @Test(arguments: [
        ("my order is forty four seventy one", "my order is 4471"),
        ("el pedido numero tres cinco ocho dos", "el pedido numero 3582"),
        ("la comanda quaranta-quatre setanta-u", "la comanda 4471"),
        ("pedido cuarenta y cuatro setenta y uno, gracias", "pedido 4471, gracias"),
        ("order six oh two oh", "order 6020"),
        ("la comanda set tres vuit nou", "la comanda 7389"),
    ])
    func runsOfNumberWordsBecomeDigits(_ said: String, _ written: String) {
        #expect(SpokenNumbers.withDigits(said) == written)
    }

    @Test(arguments: [
        // Fewer than three digits, a single number word, or none.
        "I have one order and two problems", "twenty", "forty four", "two or three days", "dos o tres días",
        "where is my order?", "oh no, one more thing",
        // A time of day said in words.
        "call me at seven thirty five", "llámame a las cinco treinta y cinco", "truca'm a les set trenta-cinc",
    ])
    func otherWordsStayAsWritten(_ text: String) {
        #expect(SpokenNumbers.withDigits(text) == nil)
    }
}

import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import Relevo
@testable import RelevoTesting

@Suite struct RegisterTests {
    private func register(_ text: String, _ language: Language) -> Register? {
        Register.read(TextNormalizer.words(TextNormalizer.normalize(text)).map(String.init), language: language)
    }

    @Test(arguments: [
        ("Buenos días, ¿me podría decir dónde está mi pedido?", Language.spanish),
        ("Le agradecería que me tratara de usted.", .spanish),
        ("Disculpe, ¿puede decirme a qué hora abren?", .spanish),
        ("Perdoni, em podria dir on és la meva comanda?", .catalan),
        ("Li agrairia que m'ajudés amb la factura", .catalan),
        ("Vostè em pot passar amb el responsable?", .catalan),
        ("Muy señores míos: me dirijo a ustedes para presentar una queja. Les ruego que tomen nota.", .spanish),
    ])
    func formal(_ text: String, _ language: Language) {
        #expect(register(text, language) == .formal)
    }

    @Test(arguments: [
        ("hola, ¿me puedes decir dónde está mi pedido?", Language.spanish),
        ("oye, pásame con alguien", .spanish),
        ("che, vos me podés ayudar con la factura?", .spanish),
        ("em pots dir on és la comanda?", .catalan),
        ("escolta, passa'm amb algú", .catalan),
    ])
    func informal(_ text: String, _ language: Language) {
        #expect(register(text, language) == .informal)
    }

    @Test(arguments: [
        ("dónde está mi pedido 4471", Language.spanish),
        ("¿ustedes abren el domingo?", .spanish),
        ("on és la comanda 4471", .catalan),
        ("could you tell me where my order is?", .english),
    ])
    func noSign(_ text: String, _ language: Language) {
        #expect(register(text, language) == nil, "a message that shows no register leaves the session's as it was")
    }

    @Test func theBotAnswersInTheCustomersRegister() async throws {
        let engine = try TestSupport.engine()
        let first = try await engine.handle(IncomingMessage(customer: "usted", text: "Buenos días, ¿me podría decir dónde está mi pedido?"))
        #expect(first.texts == ["¿Cuál es su número de pedido? Lo encontrará en el correo de confirmación (por ejemplo, 4471)."])
        // A message without a sign of the register keeps the session's.
        let second = try await engine.handle(IncomingMessage(customer: "usted", text: "quiero hablar con una persona"))
        #expect(second.texts.first == "Por supuesto. Le paso ahora con una persona.")
        let familiar = try await engine.handle(IncomingMessage(customer: "tu", text: "hola, ¿me puedes decir dónde está mi pedido?"))
        #expect(familiar.texts == ["¿Cuál es tu número de pedido? Lo encontrarás en el correo de confirmación (por ejemplo, 4471)."])
        let catalan = try await engine.handle(IncomingMessage(customer: "voste", text: "Perdoni, vull parlar amb una persona"))
        #expect(catalan.texts.first == "És clar. Ara passo la seva consulta a una persona.")
        #expect(catalan.texts.dropFirst().first?.hasPrefix("El seu número de cas és") == true)
    }
}

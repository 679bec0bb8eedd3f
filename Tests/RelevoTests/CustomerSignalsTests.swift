import Testing
@testable import RelevoText
@testable import RelevoUnderstanding

/// What a message tells of the customer besides its intent: that an answer did not help.
@Suite struct CustomerSignalsTests {
    static func signals(_ text: String) -> CustomerSignals {
        CustomerSignals.read(raw: text, words: TextNormalizer.words(TextNormalizer.normalize(text)).map(String.init))
    }

    /// Saying the advice was already tried, to no effect, is an answer that did not help, in every language.
    @Test(arguments: [
        "I already restarted the router and it's still not working", "tried it, still the same", "that didn't help",
        "ya reinicié el router y sigue igual", "ya lo he probado y sigue sin funcionar", "no me sirve",
        "ja he reiniciat el router i continua igual", "ja ho he provat i no ha funcionat", "això no m'ajuda",
    ])
    func adviceAlreadyTriedDidNotHelp(_ text: String) {
        #expect(Self.signals(text).notHelpful)
    }

    /// Thanks, new questions and problems stated for the first time are not.
    @Test(arguments: [
        "thanks, that's all", "gracias y nada más", "moltes gràcies, res més", "my internet is not working",
        "no me funciona internet", "how long does delivery take?", "i res, això és tot",
    ])
    func otherMessagesAreNot(_ text: String) {
        #expect(!Self.signals(text).notHelpful)
    }
}

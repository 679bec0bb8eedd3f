import Testing
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import Relevo

@Suite struct LanguageGuesserTests {
    static let languages: [Language] = [.english, .spanish, .catalan]

    func evidence(_ text: String) -> LanguageGuesser.Evidence {
        LanguageGuesser.evidence(in: text, among: Self.languages)
    }

    func reply(_ text: String, current: Language?, matched: Language? = nil, defaultLanguage: Language = .english) -> Language {
        let match = matched.map { IntentMatch(intent: "greeting", confidence: 0.8, source: .examples, language: $0) } ?? .notUnderstood
        return LanguageGuesser.replyLanguage(text: text, match: match, current: current, languages: Self.languages,
                                             defaultLanguage: defaultLanguage)
    }

    // MARK: - Identification

    @Test(arguments: [
        (Language.english, LanguageSamples.english), (.spanish, LanguageSamples.spanish), (.catalan, LanguageSamples.catalan),
    ])
    func shortMessagesAreIdentified(_ language: Language, _ samples: [String]) {
        #expect(samples.count >= 60)
        let wrong = samples.filter { evidence($0).language != language }
        let accuracy = Double(samples.count - wrong.count) / Double(samples.count)
        #expect(accuracy >= 0.97, "\(language): \(wrong)")
    }

    /// A message is never clearly in a language it is not in: no sample is a reason to leave its own language.
    @Test(arguments: [
        (Language.english, LanguageSamples.english), (.spanish, LanguageSamples.spanish), (.catalan, LanguageSamples.catalan),
    ])
    func noMessageIsClearlyInAnotherLanguage(_ language: Language, _ samples: [String]) {
        for text in samples {
            let found = evidence(text)
            if let other = found.language, other != language {
                #expect(found.strength < LanguageGuesser.agreeingEvidence, "\(text.debugDescription) reads as \(other)")
            }
        }
    }

    @Test(arguments: [
        "hola", "Hola!", "HOLA", "ok", "OK!!", "4471", "600 111 222", "ana.garcia@example.com", "www.relevo.cat", "sí", "si",
        "no", "la factura", "operador", "internet", "wifi", "🙂", "?", "",
    ])
    func wordsOfBothOrNoneAreNoEvidence(_ text: String) {
        #expect(evidence(text).language == nil)
    }

    /// A letter held down is the word as written normally: "holaaa" is no more English than "hola", "a reveureee"
    /// is Catalan; words with double letters of their own stay as they are.
    @Test(arguments: [
        ("holaaa", nil), ("graciaaas", Language.spanish), ("a reveureee", .catalan), ("horariii?", .catalan), ("helloooo", .english),
    ])
    func aLetterHeldDownIsTheWordWrittenNormally(_ text: String, _ language: Language?) {
        #expect(evidence(text).language == language)
        #expect(LanguageGuesser.stretched("llamar") == nil)
        #expect(LanguageGuesser.stretched("cancelled") == nil)
        #expect(LanguageGuesser.stretched("holaa") == "hola")
    }

    /// Words that speakers of the other language use too ("vale", "gracias" for Catalan speakers) or names tell
    /// at most weakly.
    @Test(arguments: ["vale", "gracias", "gracies", "merci", "Muñoz", "José Muñoz", "ok, vale"])
    func borrowedWordsAreWeakEvidence(_ text: String) {
        #expect(evidence(text).strength < LanguageGuesser.strongEvidence)
    }

    @Test(arguments: [
        ("cancel·lar", Language.catalan), ("cancel.lar", .catalan), ("l'enviament", .catalan), ("d'acord", .catalan),
        ("passa'm", .catalan), ("ajudeu-me", .catalan), ("n'hi ha", .catalan), ("informació", .catalan), ("què", .catalan),
        ("està", .catalan), ("adreça", .catalan), ("caixa", .catalan), ("cotxe", .catalan), ("vaig", .catalan),
        ("senyal", .catalan), ("ràpidament", .catalan), ("segurament", .catalan), ("informacions", .catalan),
        ("información", .spanish), ("contraseña", .spanish), ("¿y?", .spanish), ("rápidamente", .spanish), ("está", .spanish),
        ("cancélalo", .spanish), ("podría", .spanish), ("falleció", .spanish), ("velocidad", .spanish),
        ("don't", .english), ("I'm", .english), ("it's", .english), ("something", .english), ("quickly", .english),
    ])
    func lettersAndWordFormsAreEvidence(_ text: String, _ language: Language) {
        #expect(evidence(text).language == language)
    }

    @Test func capitalIIsEnglishAndLowercaseIIsEitherEnglishOrCatalan() {
        #expect(evidence("I").language == .english)
        #expect(evidence("i").language == nil)
        #expect(evidence("pare i mare").language == .catalan)
        #expect(evidence("NO EM FUNCIONA I ESTIC FART").language == .catalan)
    }

    @Test func catalanHiIsNotTheEnglishGreeting() {
        #expect(evidence("hi").language == .english)
        #expect(evidence("hi there").language == .english)
        #expect(evidence("hi ha algú?").language == .catalan)
        #expect(evidence("no hi ha cobertura").language == .catalan)
    }

    @Test func onlyTheBotsLanguagesAreCandidates() {
        let found = LanguageGuesser.evidence(in: "vull parlar amb la meva filla", among: [.english, .spanish])
        #expect(found.language != .catalan)
        #expect(LanguageGuesser.evidence(in: "hola", among: [.english, .spanish]).language == .spanish)
    }

    // MARK: - Session

    @Test(arguments: [Language.english, .spanish, .catalan])
    func aMessageWithoutEvidenceKeepsTheSessionsLanguage(_ current: Language) {
        for text in ["4471", "ok", "hola", "HOLA!", "ana.garcia@example.com", "600 111 222", "la factura", "sí", "operador", "🙂"] {
            #expect(reply(text, current: current) == current, "\(text)")
            for matched in Self.languages {
                #expect(reply(text, current: current, matched: matched) == current, "\(text) matched in \(matched)")
            }
        }
    }

    @Test(arguments: [Language.english, .spanish, .catalan])
    func weakEvidenceKeepsTheSessionsLanguage(_ current: Language) {
        for text in ["vale", "gracias", "gracies", "merci", "Muñoz", "bon dia", "perfecto", "hi"] {
            #expect(reply(text, current: current) == current, "\(text)")
        }
    }

    /// The customer's own messages never move the session away from their language, whatever the matched example.
    @Test(arguments: [
        (Language.english, LanguageSamples.english), (.spanish, LanguageSamples.spanish), (.catalan, LanguageSamples.catalan),
    ])
    func aCustomersMessagesKeepTheirLanguage(_ language: Language, _ samples: [String]) {
        for text in samples {
            for matched in Self.languages {
                #expect(reply(text, current: language, matched: matched) == language, "\(text.debugDescription) matched in \(matched)")
            }
        }
    }

    /// A clear message in another language switches; most short messages are clear enough.
    @Test(arguments: [
        (Language.english, LanguageSamples.english), (.spanish, LanguageSamples.spanish), (.catalan, LanguageSamples.catalan),
    ])
    func aClearSwitchIsFollowed(_ language: Language, _ samples: [String]) {
        for current in Self.languages where current != language {
            let switched = samples.filter { reply($0, current: current) == language }
            #expect(Double(switched.count) / Double(samples.count) >= 0.8, "from \(current): \(samples.filter { !switched.contains($0) })")
        }
        #expect(reply("vull parlar amb una persona", current: .english) == .catalan)
        #expect(reply("where is my order", current: .catalan) == .english)
        #expect(reply("on és la meva comanda", current: .spanish) == .catalan)
        #expect(reply("¿dónde está mi pedido?", current: .catalan) == .spanish)
    }

    @Test func theMatchedExampleSwitchesOnlyWhenTheEvidenceAgrees() {
        #expect(reply("muchas gracias", current: .catalan) == .catalan)
        #expect(reply("muchas gracias", current: .catalan, matched: .spanish) == .spanish)
        #expect(reply("muchas gracias", current: .catalan, matched: .english) == .catalan)
        #expect(reply("gracias", current: .catalan, matched: .spanish) == .catalan)
    }

    @Test func theFirstMessageDecidesWhenItHasEvidence() {
        #expect(reply("vull parlar amb algú", current: nil) == .catalan)
        #expect(reply("bon dia", current: nil) == .catalan)
        #expect(reply("gracias", current: nil) == .spanish)
        #expect(reply("quiero hablar con alguien", current: nil) == .spanish)
        #expect(reply("hi", current: nil, defaultLanguage: .spanish) == .english)
        #expect(reply("El meu pare ha mort i el contracte és a nom seu", current: nil, matched: .english) == .catalan)
    }

    @Test func aFirstMessageWithoutEvidenceGetsTheDefaultLanguage() {
        #expect(reply("4471", current: nil) == .english)
        #expect(reply("4471", current: nil, matched: .catalan) == .english)
        #expect(reply("ok", current: nil, defaultLanguage: .catalan) == .catalan)
        #expect(reply("ana@example.com", current: nil, defaultLanguage: .spanish) == .spanish)
    }

    /// "hola" is Spanish or Catalan, not English: a new session takes the matched example's language between the
    /// two, else the default when it is one of them, else the first in the bot's order.
    @Test func holaStartsASessionInSpanishOrCatalan() {
        #expect(reply("hola", current: nil) == .spanish)
        #expect(reply("hola", current: nil, matched: .catalan) == .catalan)
        #expect(reply("hola", current: nil, matched: .english) == .spanish)
        #expect(reply("hola", current: nil, defaultLanguage: .catalan) == .catalan)
        #expect(reply("hola", current: nil, matched: .spanish, defaultLanguage: .catalan) == .spanish)
    }

    /// Valencian "hui", the greeting "ep" and "grasies" are Catalan; Romance words shared by Spanish and Catalan
    /// ("transferir", "escalar", "funsiona") are never English.
    @Test func dialectWordsAndSharedRomanceWords() {
        #expect(reply("hui no va internet", current: nil) == .catalan)
        #expect(reply("ep", current: nil) == .catalan)
        #expect(reply("grasies", current: nil) == .catalan)
        #expect(reply("grasias", current: nil) == .spanish)
        #expect(reply("seguiment 77120", current: nil) == .catalan)
        for text in ["transferir", "ESCALAR", "internet no funsiona"] {
            #expect(reply(text, current: nil) == .spanish, "\(text)")
            #expect(reply(text, current: nil, defaultLanguage: .catalan) == .catalan, "\(text)")
        }
    }

    /// The failures, turn by turn.
    @Test func aSessionFollowsItsCustomer() {
        func conversation(_ texts: [(String, Language?)]) -> [Language] {
            var current: Language?
            return texts.map { text, matched in
                let language = reply(text, current: current, matched: matched)
                current = language
                return language
            }
        }
        // "hola" does not fix the language for the rest of the session.
        #expect(conversation([("hola", .spanish), ("vull saber on és la meva comanda", .catalan), ("4471", nil),
                              ("gràcies", .catalan), ("adeu", nil)]) == [.spanish, .catalan, .catalan, .catalan, .catalan])
        // An English customer is not answered in Catalan or Spanish.
        #expect(conversation([("Hi, where is my order?", .english), ("4471", nil), ("hola?", .spanish), ("ok", .catalan),
                              ("still nothing", .catalan), ("agent", .catalan)]) == Array(repeating: .english, count: 6))
        // A Catalan bereavement message is answered in Catalan.
        #expect(conversation([("Bon dia", .catalan), ("el meu marit ha mort i el compte està a nom seu", .english),
                              ("vull posar-lo al meu nom", .spanish)]) == [.catalan, .catalan, .catalan])
    }

    // MARK: - Engine

    @Test func theEngineAnswersInTheCustomersLanguage() async throws {
        let engine = try TestSupport.engine()
        #expect(try await engine.say("El meu pare ha mort i el contracte d'internet és a nom seu", as: "dol").language == .catalan)
        #expect(try await engine.say("hola", as: "hola").language != .english)
        #expect(try await engine.say("vull saber on és la meva comanda", as: "hola").language == .catalan)
        #expect(try await engine.say("4471", as: "hola").language == .catalan)
        #expect(try await engine.say("I can't log in to my account", as: "en").language == .english)
        #expect(try await engine.say("hola", as: "en").language == .english)
    }

    /// Laughter of any length is the word it repeats; Catalan grammar words outweigh Spanish nouns borrowed into a
    /// Catalan message; "da" is Spanish.
    @Test func laughterBorrowedNounsAndSpanishDa() {
        let all: [Language] = [.english, .spanish, .catalan]
        #expect(LanguageGuesser.evidence(in: "jajajaja", among: all).leaders == [.spanish, .catalan])
        #expect(LanguageGuesser.evidence(in: "vull anular el pedido", among: all).language == .catalan)
        #expect(LanguageGuesser.evidence(in: "vull la hoja de reclamaciones", among: all).language == .catalan)
        #expect(LanguageGuesser.evidence(in: "la tele da error", among: all).language == .spanish)
    }

    /// Letters spaced apart are read as the words they spell.
    @Test func spacedLettersAreReadAsWords() async throws {
        let engine = try TestSupport.engine()
        #expect(try await engine.say("T A L K   T O   A   H U M A N", as: "spaced").language == .english)
    }

    // MARK: - A guessed language

    /// "hola" is Spanish or Catalan: the session's language is a guess, and any evidence of the other changes it;
    /// a session whose language had evidence keeps it against weak evidence.
    @Test func aGuessedLanguageGivesWayToAnyEvidence() {
        let match = IntentMatch(intent: "greeting", confidence: 0.9, source: .examples, language: .spanish)
        let first = LanguageGuesser.replyLanguage(text: "hola", match: match, current: nil, tentative: false,
                                                  languages: Self.languages, defaultLanguage: .english)
        #expect(first.language == .spanish && first.tentative)
        let still = LanguageGuesser.replyLanguage(text: "ok", match: .notUnderstood, current: first.language, tentative: true,
                                                  languages: Self.languages, defaultLanguage: .english)
        #expect(still.language == .spanish && still.tentative)
        let catalan = LanguageGuesser.replyLanguage(text: "el router no va bé", match: .notUnderstood, current: .spanish, tentative: true,
                                                    languages: Self.languages, defaultLanguage: .english)
        #expect(catalan.language == .catalan && !catalan.tentative)
        let settled = LanguageGuesser.replyLanguage(text: "el router no va bé", match: .notUnderstood, current: .spanish, tentative: false,
                                                    languages: Self.languages, defaultLanguage: .english)
        #expect(settled.language == .spanish, "weak evidence does not switch a session whose language had evidence")
        let evidenced = LanguageGuesser.replyLanguage(text: "¿dónde está mi pedido?", match: .notUnderstood, current: nil, tentative: false,
                                                      languages: Self.languages, defaultLanguage: .english)
        #expect(evidenced.language == .spanish && !evidenced.tentative)
    }
}

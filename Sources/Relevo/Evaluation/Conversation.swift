/// Realistic mixed conversations for the benchmark: tracking orders with slot filling, small talk,
/// misunderstandings, handoffs with agent replies, in English, Spanish and Catalan, over several channels.
///
/// Each conversation ends with a goodbye, which closes the session; the customer's next message starts a new
/// session that still knows the customer's slots and tickets, as a returning customer's would.
struct Conversation {
    enum Step {
        case say(String, channel: String)
        case agentReplies
        case agentResolves
    }

    static let scripts: [[Step]] = [
        [.say("hi", channel: "chat"), .say("where is my order?", channel: "chat"), .say("4471", channel: "chat"), .say("thanks", channel: "chat"), .say("bye", channel: "chat")],
        [.say("hola", channel: "web"), .say("¿dónde está mi pedido 5512?", channel: "web"), .say("¿cuánto tarda el envío?", channel: "web"), .say("gracias", channel: "web"), .say("adiós", channel: "web")],
        [.say("bon dia", channel: "sms"), .say("on és la meva comanda?", channel: "sms"), .say("6020", channel: "sms"), .say("moltes gràcies", channel: "sms"), .say("adéu", channel: "sms")],
        [.say("blorp zzzt", channel: "chat"), .say("what are your opening hours", channel: "chat"), .say("are you a bot?", channel: "chat"), .say("that's all, bye", channel: "chat")],
        [.say("my internet is not working", channel: "web"), .say("600 111 222", channel: "web"), .say("agent please", channel: "web"),
         .say("hello?", channel: "web"), .agentReplies, .say("thanks", channel: "web"), .agentResolves, .say("goodbye", channel: "web")],
        [.say("quiero hablar con una persona", channel: "chat"), .agentReplies, .say("vale, gracias", channel: "chat"), .agentResolves, .say("hasta luego", channel: "chat")],
        [.say("I forgot my password", channel: "chat"), .say("ana@example.com", channel: "chat"), .say("yes", channel: "chat"), .say("bye", channel: "chat")],
        [.say("tinc un dubte amb la factura", channel: "web"), .say("com va el meu cas?", channel: "web"), .say("adéu", channel: "web")],
    ]

    /// The scripts without their goodbyes: one session that goes on (`relevo bench --session-turns`).
    static let endless: [[Step]] = scripts.map { Array($0.dropLast()) }

    private var script: Int
    private var position = 0
    private let scripts: [[Step]]

    /// - Parameter endless: Conversations without goodbyes, so that the customer's session never closes.
    init(seed: Int, endless: Bool = false) {
        scripts = endless ? Self.endless : Self.scripts
        script = seed % scripts.count
    }

    mutating func next() -> Step {
        let steps = scripts[script]
        let step = steps[position]
        position += 1
        if position == steps.count {
            position = 0
            script = (script + 1) % scripts.count
        }
        return step
    }
}

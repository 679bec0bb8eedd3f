/// What the engine answers to one message.
public struct Reply: Sendable {
    /// One message shown to the customer.
    public struct Message: Sendable, Hashable {
        /// Who speaks: the bot or a human agent.
        public var sender: TurnRecord.Role
        public var text: String

        package init(sender: TurnRecord.Role, text: String) {
            self.sender = sender
            self.text = text
        }
    }

    /// The messages to show, in order.
    public var messages: [Message]
    /// How the message was understood.
    public var match: IntentMatch
    /// The handoff made in this turn, if any.
    public var handoff: Handoff?
    /// Every slot the customer has given so far, after this turn.
    public var slots: [String: String]
    /// The language the bot answered in.
    public var language: Language
    /// The session the turn belongs to.
    public var sessionID: String
    /// Whether a person now holds the conversation.
    public var isWaitingForHuman: Bool
    /// Whether the message, not understood, was read as out of the bot's scope (``Understood/outOfScope``).
    public var outOfScope = false

    /// The messages' texts.
    public var texts: [String] { messages.map(\.text) }
}

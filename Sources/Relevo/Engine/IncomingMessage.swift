/// A message from a customer.
public struct IncomingMessage: Sendable, Hashable {
    /// Who wrote it: the same id on any channel is the same customer.
    public var customer: String
    /// Where it came from (`chat`, `sms`, `web`, …).
    public var channel: String
    /// What the customer wrote.
    public var text: String
    /// The host's id for this message: a message delivered again with the same id (a retry, a re-delivery
    /// after a crash) is not processed again; the engine returns the reply it gave the first time.
    public var id: String?

    /// Creates a message.
    public init(customer: String, channel: String = "chat", text: String, id: String? = nil) {
        self.customer = customer
        self.channel = channel
        self.text = text
        self.id = id
    }
}

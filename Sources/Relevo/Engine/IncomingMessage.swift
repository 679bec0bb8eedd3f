/// A message from a customer.
public struct IncomingMessage: Sendable, Hashable {
    /// Who wrote it: the same id on any channel is the same customer.
    public var customer: String
    /// Where it came from (`chat`, `sms`, `web`, …).
    public var channel: String
    /// What the customer wrote.
    public var text: String

    /// Creates a message.
    public init(customer: String, channel: String = "chat", text: String) {
        self.customer = customer
        self.channel = channel
        self.text = text
    }
}

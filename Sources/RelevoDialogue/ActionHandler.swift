/// The host service's backend: answers the actions that intents name (`action: order_status`).
public protocol ActionHandler: Sendable {
    /// Performs `request`; throwing hands the customer to a person (reason `backend_error`).
    func perform(_ request: ActionRequest) async throws -> ActionResult
}

/// An action to perform for a customer once every slot of the intent is known.
public struct ActionRequest: Sendable, Hashable {
    public var action: String
    public var intent: String
    /// The customer the action is for (``IncomingMessage/customer``): a backend answers only about what is
    /// theirs (see ``DemoActionHandler``).
    public var customer: String
    public var language: Language
    public var slots: [String: String]

    /// A request, as the dialogue makes it (hosts build one to test their backend).
    public init(action: String, intent: String, customer: String, language: Language, slots: [String: String]) {
        self.action = action
        self.intent = intent
        self.customer = customer
        self.language = language
        self.slots = slots
    }
}

/// The backend's answer: values for the response template, an optional named outcome, and slot values it rejected.
public struct ActionResult: Sendable, Hashable {
    /// Names an entry of the intent's `outcomes` to answer with instead of `response`.
    public var outcome: String?
    /// Values interpolated into the response as `{name}`.
    public var values: [String: String]
    /// Slots whose values were wrong (such as an unknown order number): forgotten and asked again.
    public var invalidSlots: [String]
    /// The backend confirmed who the customer is (the packet tells agents so).
    public var identityVerified: Bool

    public init(outcome: String? = nil, values: [String: String] = [:], invalidSlots: [String] = [], identityVerified: Bool = false) {
        self.outcome = outcome
        self.values = values
        self.invalidSlots = invalidSlots
        self.identityVerified = identityVerified
    }
}

/// An action handler that knows no actions: every action fails, so the customer reaches a person.
public struct NoActionHandler: ActionHandler {
    public init() {}

    public func perform(_ request: ActionRequest) async throws -> ActionResult {
        throw UnknownActionError(action: request.action)
    }
}

/// Thrown by a handler that does not know an action.
public struct UnknownActionError: Error, Sendable, CustomStringConvertible {
    public var action: String

    /// Creates the error for `action`.
    public init(action: String) { self.action = action }

    public var description: String { "no handler for action '\(action)'" }
}

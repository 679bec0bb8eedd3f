/// The default bot's demo backend: a small orders table (`order_status`), a line-status check (`line_status`)
/// and a password-reset request (`password_reset`).
///
/// It shows the pattern a host's backend should follow: an order's status is told only to the customer who
/// placed it (``ActionRequest/customer``, the id the host authenticated). Any other order number — unknown, or
/// someone else's — gets the same `not_found` outcome, so the answer never tells whether an order exists: the
/// customer hears "I can't find that order on your account", the slot is asked again, and the usual slot-loop
/// handoff follows if it keeps failing.
public struct DemoActionHandler: ActionHandler {
    /// One demo order.
    public struct Order: Sendable, Hashable {
        public var number: String
        /// Status per language.
        public var status: [Language: String]
        /// Detail per language.
        public var detail: [Language: String]
    }

    /// The demo orders table.
    public static let orders: [String: Order] = [
        "4471": Order(
            number: "4471",
            status: [.english: "shipped and in transit", .spanish: "enviado y en tránsito", .catalan: "enviada i en trànsit"],
            detail: [
                .english: "it left our warehouse and the carrier expects to deliver it within 2 working days",
                .spanish: "salió de nuestro almacén y el transportista prevé entregarlo en 2 días laborables",
                .catalan: "ha sortit del magatzem i el transportista preveu lliurar-la en 2 dies laborables",
            ]),
        "5512": Order(
            number: "5512",
            status: [.english: "delivered", .spanish: "entregado", .catalan: "lliurada"],
            detail: [
                .english: "it was delivered and signed for at the delivery address",
                .spanish: "se entregó y se firmó en la dirección de entrega",
                .catalan: "es va lliurar i signar a l'adreça d'entrega",
            ]),
        "6020": Order(
            number: "6020",
            status: [.english: "being prepared", .spanish: "en preparación", .catalan: "en preparació"],
            detail: [
                .english: "it will leave our warehouse tomorrow",
                .spanish: "saldrá de nuestro almacén mañana",
                .catalan: "sortirà del magatzem demà",
            ]),
        "7389": Order(
            number: "7389",
            status: [.english: "delayed in transit", .spanish: "retrasado en tránsito", .catalan: "endarrerida en trànsit"],
            detail: [
                .english: "the urgent shipment of your personalised Christmas cards has been held at the carrier's depot for 7 days",
                .spanish: "el envío urgente de las tarjetas de Navidad personalizadas está retenido en el almacén del transportista desde hace 7 días",
                .catalan: "l'enviament urgent de les targetes de Nadal personalitzades està retingut al magatzem del transportista des de fa 7 dies",
            ]),
    ]

    /// Which orders each demo customer placed, by customer id.
    public static let demoAccounts: [String: Set<String>] = [
        // The README's session and the CLI tests' customer.
        "ana": ["4471", "7389"],
        // `relevo chat`'s default customer and the transcripts' default customer: the demo's own accounts.
        "local-customer": Set(orders.keys),
        "test-customer": Set(orders.keys),
        // Customers named in transcripts who ask about an order.
        "maria": ["7389"],
        "c2": ["4471"],
        "cliente-77": ["4471"],
    ]

    /// The orders each customer placed: only their owner is told their status.
    public var accounts: [String: Set<String>]

    /// A demo backend whose customers own the orders in `accounts` (``demoAccounts`` by default).
    public init(accounts: [String: Set<String>] = DemoActionHandler.demoAccounts) {
        self.accounts = accounts
    }

    /// Demo lines with a known outage, by phone number.
    public static let outages: [String: [Language: String]] = [
        "+34600111222": [
            .english: "a fibre cut in your area since 08:15; technicians expect to restore service by 14:00",
            .spanish: "un corte de fibra en tu zona desde las 08:15; los técnicos prevén restablecer el servicio a las 14:00",
            .catalan: "un tall de fibra a la teva zona des de les 08:15; els tècnics preveuen restablir el servei a les 14:00",
        ],
    ]

    public func perform(_ request: ActionRequest) async throws -> ActionResult {
        switch request.action {
        case "order_status": return orderStatus(request)
        case "line_status":
            let phone = request.slots["phone"] ?? ""
            let key = phone.hasPrefix("+") ? phone : "+34" + phone
            guard let outage = Self.outages[key] else { return ActionResult() }
            return ActionResult(outcome: "outage", values: ["detail": outage[request.language] ?? outage[.english]!])
        case "password_reset":
            return ActionResult(values: ["minutes": "30"])
        default:
            throw UnknownActionError(action: request.action)
        }
    }

    private func orderStatus(_ request: ActionRequest) -> ActionResult {
        // Someone else's order is answered exactly as an unknown one: nothing tells whether it exists.
        guard let number = request.slots["order_number"], let order = Self.orders[number],
              accounts[request.customer]?.contains(number) == true
        else {
            return ActionResult(outcome: "not_found", invalidSlots: ["order_number"])
        }
        let language = request.language
        return ActionResult(values: [
            "status": order.status[language] ?? order.status[.english]!,
            "detail": order.detail[language] ?? order.detail[.english]!,
        ])
    }
}

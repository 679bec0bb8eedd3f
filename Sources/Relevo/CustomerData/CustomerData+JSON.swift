import Foundation

extension CustomerData {
    /// Everything stored about the customer as JSON (`version: 1`; sorted keys, ISO 8601 dates in UTC): sessions
    /// with their messages and dialogue state, slots, and tickets with their packets. Payment data is masked.
    public func json(pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(Export(self)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The export's JSON shape.
    private struct Export: Encodable {
        struct Session: Encodable {
            var id: String
            var channel: String
            var turnCount: Int
            var createdAt: Date
            var updatedAt: Date
            /// The dialogue state as stored (JSON text).
            var state: String
            var messages: [Message]
        }

        struct Message: Encodable {
            var role: String
            var channel: String
            var turn: Int
            var text: String
            var intent: String?
            var messageId: String?
            var at: Date
        }

        struct Slot: Encodable {
            var name: String
            var value: String
            var session: String
            var turn: Int
            var updatedAt: Date
        }

        struct Ticket: Encodable {
            var number: String
            var session: String
            var reason: String
            var queue: String
            var intent: String?
            var priority: String
            var status: String
            var agent: String?
            var note: String?
            var createdAt: Date
            var updatedAt: Date
            var packet: HandoffPacket?
        }

        var version = 1
        var customer: String
        var sessions: [Session]
        var slots: [Slot]
        var tickets: [Ticket]

        init(_ data: CustomerData) {
            func masked(_ text: String) -> String { Redactor.mask(text, kinds: Redactor.paymentKinds) }
            let bySession = Dictionary(grouping: data.turns, by: \.sessionId)
            customer = data.customer
            sessions = data.sessions.map { session in
                Session(id: session.id, channel: session.channel, turnCount: session.turnCount, createdAt: session.createdAt,
                        updatedAt: session.updatedAt, state: session.state.json, messages: (bySession[session.id] ?? []).map {
                            Message(role: $0.role.rawValue, channel: $0.channel, turn: $0.turn, text: masked($0.text), intent: $0.intent,
                                    messageId: $0.messageId, at: $0.createdAt)
                        })
            }
            slots = data.slots.map { Slot(name: $0.name, value: masked($0.value), session: $0.sessionId, turn: $0.turn, updatedAt: $0.updatedAt) }
            tickets = data.tickets.map { ticket in
                var packet = try? HandoffPacket.decode(ticket.packet)
                if let transcript = packet?.transcript {
                    packet?.transcript = transcript.map { var message = $0; message.text = masked(message.text); return message }
                }
                return Ticket(number: ticket.number, session: ticket.sessionId, reason: ticket.reason.rawValue, queue: ticket.queue,
                              intent: ticket.intent, priority: ticket.priority.rawValue, status: ticket.status.rawValue, agent: ticket.agent,
                              note: ticket.note.map(masked), createdAt: ticket.createdAt, updatedAt: ticket.updatedAt, packet: packet)
            }
        }
    }
}

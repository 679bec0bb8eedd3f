import Foundation

/// Everything a human agent needs so that no one asks the customer again. Versioned JSON (`version: 1`).
public struct HandoffPacket: Codable, Sendable, Hashable {
    /// The JSON form's version.
    public static let currentVersion = 1
    /// The latest messages a packet sent at a handoff carries, and a turn reads (besides the handoff's own).
    public static let recentMessages = 50

    /// A known fact with the customer turn it came from.
    public struct Slot: Codable, Sendable, Hashable {
        public var name: String
        public var value: String
        public var turn: Int

        package init(name: String, value: String, turn: Int) {
            self.name = name
            self.value = value
            self.turn = turn
        }
    }

    /// One message of the conversation.
    public struct Message: Codable, Sendable, Hashable {
        public var role: TurnRecord.Role
        public var text: String
        public var channel: String
        public var turn: Int
        public var at: Date

        package init(role: TurnRecord.Role, text: String, channel: String, turn: Int, at: Date) {
            self.role = role
            self.text = text
            self.channel = channel
            self.turn = turn
            self.at = at
        }
    }

    public var version: Int
    public var ticket: String
    public var customer: String
    /// The channel of the handoff message.
    public var channel: String
    /// Every channel the customer used in the session.
    public var channels: [String]
    public var reason: HandoffReason
    public var intent: String?
    public var queue: String
    public var priority: Priority
    public var language: Language
    /// Whether the host's backend confirmed who the customer is.
    public var identityVerified: Bool
    /// Frustration points in the session when the handoff was made (see ``CustomerSignals``).
    public var frustrationLevel: Int
    public var slots: [Slot]
    /// A few lines for the agent.
    public var summary: String
    /// The conversation: the session's messages, oldest first. The packet stored with the ticket leaves it
    /// empty — each message is stored once, in the session's turns, which ``firstTurn`` and ``lastTurn`` name —
    /// and reading a ticket's packet fills it in from them; the packet sent to the host's delegate carries the
    /// latest messages (at most 50 and the handoff's).
    public var transcript: [Message]
    public var createdAt: Date
    /// The session's first customer turn of the conversation the packet is about (1: from its start).
    public var firstTurn: Int?
    /// The session's customer turn that handed off: the conversation up to the handoff is turns `firstTurn`
    /// through `lastTurn` of the ticket's session.
    public var lastTurn: Int?
    /// Messages of the conversation before the transcript's first, left out of it (`nil`: none).
    public var earlierMessages: Int?

    /// The packet as JSON, ISO 8601 dates in UTC: compact, or pretty-printed with sorted keys.
    public func json(pretty: Bool = false) -> String {
        if !pretty { return compactJSON() }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// Decodes a packet from its JSON form.
    public static func decode(_ json: String) throws -> HandoffPacket {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(HandoffPacket.self, from: Data(json.utf8))
    }

    package init(version: Int, ticket: String, customer: String, channel: String, channels: [String], reason: HandoffReason, intent: String? = nil, queue: String, priority: Priority, language: Language, identityVerified: Bool, frustrationLevel: Int, slots: [Slot], summary: String, transcript: [Message], createdAt: Date) {
        self.version = version
        self.ticket = ticket
        self.customer = customer
        self.channel = channel
        self.channels = channels
        self.reason = reason
        self.intent = intent
        self.queue = queue
        self.priority = priority
        self.language = language
        self.identityVerified = identityVerified
        self.frustrationLevel = frustrationLevel
        self.slots = slots
        self.summary = summary
        self.transcript = transcript
        self.createdAt = createdAt
    }

    /// The packet as stored with its ticket: the conversation named by its turns, not copied.
    package var stored: HandoffPacket {
        var packet = self
        packet.transcript = []
        packet.earlierMessages = nil
        return packet
    }
}

extension HandoffPacket {
    /// What agents never see in a packet — payment data, in case a host stores it unmasked: the rest (order
    /// numbers, callback numbers, emails) they need.
    package static let agentRedaction = Redactor.paymentKinds

    /// A packet's transcript of `turns`: payment data masked unless `redact` is false.
    package static func transcript(of turns: [TurnRecord], redact: Bool = true) -> [Message] {
        turns.map {
            Message(role: $0.role, text: redact ? Redactor.mask($0.text, kinds: agentRedaction) : $0.text,
                    channel: $0.channel, turn: $0.turn, at: $0.createdAt)
        }
    }
}

import Foundation

/// A request an agent operation cannot carry out.
public struct AgentError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case unknownTicket = "unknown_ticket"
        case ticketResolved = "ticket_resolved"
        case emptyText = "empty_text"
    }

    public var code: Code
    public var ticket: String

    public var description: String {
        switch code {
        case .unknownTicket: "no ticket \(ticket)"
        case .ticketResolved: "ticket \(ticket) is already resolved"
        case .emptyText: "the message for ticket \(ticket) is empty"
        }
    }
}

extension Engine {
    /// Tickets in any of `statuses`, high priority first, then oldest first.
    public func tickets(statuses: Set<TicketRecord.Status> = [.open, .claimed]) async throws -> [TicketRecord] {
        try await store.tickets(statuses: statuses)
    }

    /// The ticket `number`, or ``AgentError`` when there is none (``IdentifierError`` for a number no ticket can have).
    public func ticket(_ number: String) async throws -> TicketRecord {
        try Identifier.check(number, .ticket)
        guard let ticket = try await store.ticket(number: number) else { throw AgentError(code: .unknownTicket, ticket: number) }
        return ticket
    }

    /// Every ticket of a customer, oldest first.
    public func tickets(customer: String) async throws -> [TicketRecord] {
        try Identifier.check(customer, .customer)
        return try await store.tickets(customer: customer)
    }

    /// The customer's open ticket, if any.
    public func openTicket(customer: String) async throws -> TicketRecord? {
        try Identifier.check(customer, .customer)
        return try await store.conversation(customer: customer).openTicket
    }

    /// Every message of the ticket's session so far (the packet's transcript plus what came after).
    public func transcript(ticket number: String) async throws -> [TurnRecord] {
        try await store.turns(session: ticket(number).sessionId)
    }

    /// An agent takes the ticket. Ticket numbers and agent names are checked as ids (``Identifier``) by every
    /// agent operation.
    @discardableResult
    public func claim(ticket number: String, agent: String) async throws -> TicketRecord {
        try Identifier.check(agent, .agent)
        let customer = try await ticket(number).customerId
        return try await serialized(customer: customer) { engine in
            var (ticket, session, basis) = try await engine.openCase(number, customer: customer)
            ticket.status = .claimed
            ticket.agent = agent
            ticket.updatedAt = engine.clock.now()
            try await engine.store.commit(ConversationChange(session: session, tickets: [ticket], basis: basis))
            await engine.delegate.handoff(HandoffEvent(status: .accepted, ticket: number, customer: ticket.customerId, queue: ticket.queue))
            return ticket
        }
    }

    /// An agent writes to the customer on the ticket; the message is stored in the customer's session.
    /// An open ticket becomes claimed by `agent`.
    public func reply(ticket number: String, agent: String, text: String) async throws -> Reply.Message {
        try Identifier.check(agent, .agent)
        let customer = try await ticket(number).customerId
        return try await serialized(customer: customer) { engine in
            var (ticket, session, basis) = try await engine.openCase(number, customer: customer)
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw AgentError(code: .emptyText, ticket: number) }
            let now = engine.clock.now()
            let accepted = ticket.status == .open
            if accepted {
                ticket.status = .claimed
                ticket.agent = agent
            }
            ticket.updatedAt = now
            session.updatedAt = now
            let turn = TurnRecord(sessionId: session.id, customerId: session.customerId, turn: session.turnCount, role: .agent,
                                  channel: session.channel, text: text, createdAt: now)
            try await engine.store.commit(ConversationChange(session: session, turns: [turn], tickets: [ticket], basis: basis))
            if accepted {
                await engine.delegate.handoff(HandoffEvent(status: .accepted, ticket: number, customer: ticket.customerId, queue: ticket.queue))
            }
            return Reply.Message(sender: .agent, text: text)
        }
    }

    /// An agent closes the ticket with a note; the bot resumes the conversation and tells the customer.
    public func resolve(ticket number: String, agent: String? = nil, note: String) async throws -> Reply.Message {
        if let agent { try Identifier.check(agent, .agent) }
        let customer = try await ticket(number).customerId
        return try await serialized(customer: customer) { engine in
            var (ticket, session, basis) = try await engine.openCase(number, customer: customer)
            let now = engine.clock.now()
            ticket.status = .resolved
            ticket.note = note
            if let agent { ticket.agent = agent }
            ticket.updatedAt = now
            var state = engine.state(of: session) ?? DialogueState()
            if case .waitingForHuman = state.mode { state.mode = .idle }
            state.caseEnded()
            session.state = Engine.encode(state)
            session.updatedAt = now
            let language = state.language ?? engine.bot.policy.defaultLanguage
            let text = ResponseRenderer.render(engine.bot.message(.caseResolved, in: language),
                                               QueueRouter(bot: engine.bot).ticketValues(ticket, language: language))
            let turn = TurnRecord(sessionId: session.id, customerId: session.customerId, turn: session.turnCount, role: .bot,
                                  channel: session.channel, text: text, createdAt: now)
            try await engine.store.commit(ConversationChange(session: session, turns: [turn], tickets: [ticket], basis: basis))
            await engine.delegate.handoff(HandoffEvent(status: .completed, ticket: number, customer: ticket.customerId, queue: ticket.queue))
            return Reply.Message(sender: .bot, text: text)
        }
    }

    /// The open ticket `number` of `customer` and its session: from the customer's conversation (which the
    /// store may have at hand) when the ticket is the one it holds open, else read one by one.
    /// The basis is the customer's latest session as read: the commit is refused if another process changed it
    /// since.
    private func openCase(_ number: String, customer: String) async throws
        -> (ticket: TicketRecord, session: SessionRecord, basis: ConversationChange.Basis) {
        let conversation = try await store.conversation(customer: customer)
        let basis = ConversationChange.Basis(session: conversation.session)
        let ticket = if let open = conversation.openTicket, open.number == number { open } else { try await openTicketForAgent(number) }
        if let session = conversation.session, session.id == ticket.sessionId { return (ticket, session, basis) }
        guard let session = try await store.session(id: ticket.sessionId) else { throw AgentError(code: .unknownTicket, ticket: number) }
        return (ticket, session, basis)
    }

    private func openTicketForAgent(_ number: String) async throws -> TicketRecord {
        let ticket = try await ticket(number)
        guard ticket.isOpen else { throw AgentError(code: .ticketResolved, ticket: number) }
        return ticket
    }
}

extension Engine {
    /// Every slot value the customer has given, by name.
    public func slots(customer: String) async throws -> [String: String] {
        try Identifier.check(customer, .customer)
        return Dictionary(try await store.conversation(customer: customer).slots.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }
}

extension Engine {
    /// The ticket's packet as it stands now: every slot known so far and the conversation, assembled from the
    /// session's messages, including what was said after the handoff — the latest `latest` messages (with the
    /// number left out in ``HandoffPacket/earlierMessages``), or all of them when `latest` is `nil`. Payment data
    /// is masked unless `redact` is false.
    public func packet(ticket number: String, redact: Bool = true, latest: Int? = nil) async throws -> HandoffPacket {
        let ticket = try await ticket(number)
        var packet = try HandoffPacket.decode(ticket.packet)
        let known = try await store.conversation(customer: ticket.customerId).slots
        for slot in known where !packet.slots.contains(where: { $0.name == slot.name && $0.value == slot.value }) {
            packet.slots.removeAll { $0.name == slot.name }
            packet.slots.append(HandoffPacket.Slot(name: slot.name, value: slot.value, turn: slot.sessionId == ticket.sessionId ? slot.turn : 0))
        }
        packet.slots.sort { $0.name < $1.name }
        if let latest {
            let (turns, earlier) = try await store.turns(session: ticket.sessionId, latest: latest)
            packet.transcript = HandoffPacket.transcript(of: turns, redact: redact)
            packet.earlierMessages = earlier > 0 ? earlier : nil
        } else {
            packet.transcript = HandoffPacket.transcript(of: try await store.turns(session: ticket.sessionId), redact: redact)
            packet.earlierMessages = nil
        }
        return packet
    }

    /// Messages of the customer's current session with an id above `id`, for showing what an agent (or the bot,
    /// on resolving) wrote since.
    public func messages(customer: String, after id: Int64) async throws -> [TurnRecord] {
        try Identifier.check(customer, .customer)
        guard let session = try await store.conversation(customer: customer).session else { return [] }
        // The latest messages hold them unless more were written since (then every message is read).
        let (latest, earlier) = try await store.turns(session: session.id, latest: HandoffPacket.recentMessages)
        let turns = earlier > 0 && (latest.first?.id ?? 0) > id ? try await store.turns(session: session.id) : latest
        return turns.filter { ($0.id ?? 0) > id }
    }

    /// Messages the customer has not seen: what an agent or the bot wrote after the customer's last message.
    public func unseenMessages(customer: String) async throws -> [TurnRecord] {
        try Identifier.check(customer, .customer)
        guard let session = try await store.conversation(customer: customer).session else { return [] }
        // The latest messages hold the customer's last one unless an agent wrote many since.
        let (latest, earlier) = try await store.turns(session: session.id, latest: HandoffPacket.recentMessages)
        let turns = earlier > 0 && !latest.contains(where: { $0.role == .customer }) ? try await store.turns(session: session.id) : latest
        guard let lastCustomer = turns.lastIndex(where: { $0.role == .customer }) else { return [] }
        let lastTurn = turns[lastCustomer].turn
        return turns[(lastCustomer + 1)...].filter { $0.role == .agent || $0.turn == lastTurn && $0.createdAt > turns[lastCustomer].createdAt }
    }
}

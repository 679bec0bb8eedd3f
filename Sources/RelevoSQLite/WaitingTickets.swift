import Foundation
import Relevo

/// The tickets held or waiting in every queue, as the SQLite store's cache keeps them: each queue's load and
/// an open ticket's standing are answered from memory, and each committed ticket moves them.
struct WaitingTickets: Sendable {
    /// What a ticket's place in line depends on.
    struct Ticket: Sendable, Hashable {
        var queue: String
        var status: TicketRecord.Status
        var priority: Priority
        var createdAt: Date
    }

    private(set) var tickets: [String: Ticket] = [:]
    private(set) var loads: [String: QueueLoad] = [:]

    init(_ rows: [(number: String, ticket: Ticket)]) {
        for row in rows { set(row.number, row.ticket) }
    }

    /// Records a ticket as committed: counted in its queue while open or claimed, forgotten once resolved.
    mutating func update(_ ticket: TicketRecord) {
        set(ticket.number, ticket.isOpen ? Ticket(queue: ticket.queue, status: ticket.status, priority: ticket.priority,
                                                    createdAt: ticket.createdAt) : nil)
    }

    private mutating func set(_ number: String, _ ticket: Ticket?) {
        if let old = tickets[number] { count(old, -1) }
        tickets[number] = ticket
        if let ticket { count(ticket, 1) }
    }

    private mutating func count(_ ticket: Ticket, _ sign: Int) {
        var load = loads[ticket.queue] ?? QueueLoad()
        load.count(status: ticket.status, priority: ticket.priority, sign)
        loads[ticket.queue] = load == QueueLoad() ? nil : load
    }

    /// Where the waiting ticket `number` stands in its queue (the rule of ``QueueOrder``), from memory.
    func standing(of ticket: TicketRecord) -> QueueStanding {
        var standing = QueueStanding(held: 0, ahead: 0)
        for (number, other) in tickets where other.queue == ticket.queue && number != ticket.number {
            if other.status == .claimed {
                standing.held += 1
            } else if QueueOrder(priority: other.priority, createdAt: other.createdAt).isAhead(of: ticket.priority, createdAt: ticket.createdAt) {
                standing.ahead += 1
            }
        }
        return standing
    }
}

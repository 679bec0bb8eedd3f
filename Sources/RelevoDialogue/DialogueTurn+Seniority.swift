import Foundation

extension DialogueTurn {
    /// "I want a manager, not another agent", "quiero hablar con un responsable" while an open team has the case and
    /// no agent has taken it yet: the bot cannot put anyone senior on, so it says what is true — the wish is in the
    /// case for whoever takes it (`waiting_manager`: `{ticket}`, `{queue}`), and where the case stands. Without the
    /// message, or for a request of another kind, false: the message is acknowledged as any other.
    mutating func noteAskedForSomeoneSenior(_ ticket: TicketRecord, understood: Understood, standing: QueueStanding?) -> Bool {
        guard let request = understood.personRequest, !request.asksForCall, request.queue == nil || request.queue == ticket.queue,
              ticket.status == .open, Self.namesSomeoneSenior(understood.words), let note = bot.messages[.waitingManager]
        else { return false }
        if understood.signals.frustration > 0, let sorry = bot.messages[.waitingSorry] { say(sorry) }
        say(note, extra: ticketValues(ticket))
        state.acknowledgedWaiting = true
        say(caseStatus(ticket, standing: standing))
        return true
    }

    /// Whether normalized `words` name someone senior: a manager, a supervisor, el encargado, el cap.
    static func namesSomeoneSenior(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() {
            if seniorWords.contains(word) { return true }
            // Catalan "cap" is the boss only after an article or a possessive ("el cap", "al vostre cap"), not "cap
            // problema".
            if word == "cap", index > 0, ["el", "al", "teu", "vostre", "seu", "del"].contains(words[index - 1]) { return true }
        }
        return false
    }

    static let seniorWords: Set<String> = [
        "manager", "managers", "supervisor", "supervisors", "boss", "superior", "superiors", "director", "supervisora",
        "encargado", "encargada", "responsable", "jefe", "jefa", "gerente", "directora", "supervisores", "encarregat",
        "encarregada", "gerent", "responsables",
    ]
}

import Foundation

extension DialogueTurn {
    /// "If I close the chat, do I lose my place?" while a case waits: no — the case keeps its place, and the person
    /// replies here, where the customer finds it on coming back (`waiting_leave`: `{ticket}`, `{queue}`). Without
    /// the message, or for another question, false.
    mutating func answerLeavingTheChat(_ ticket: TicketRecord, understood: Understood) -> Bool {
        // The customer's own leaving ("if I close the chat", "si cierro el chat"), not the team's hours ("when does
        // the chat close?", "a qué hora cierra la cola?"): English names the customer.
        guard understood.asksQuestion, understood.personRequest == nil,
              understood.words.contains(where: Self.leavingWords.contains),
              understood.words.contains(where: Self.leftThingWords.contains),
              language != .english || understood.words.contains("i"),
              let answer = bot.messages[.waitingLeave]
        else { return false }
        state.acknowledgedWaiting = true
        say(answer, extra: ticketValues(ticket))
        return true
    }

    /// Closing, leaving or losing: "close", "cierro", "tanco", "pierdo", "perdo".
    static let leavingWords: Set<String> = [
        "close", "closing", "leave", "leaving", "lose", "exit", "quit", "logout", "disconnect", "cierro", "cerrar",
        "cerrarlo", "salgo", "salir", "salirme", "pierdo", "perder", "tanco", "tancar", "surto", "sortir", "perdo", "perdre",
        "desconecto", "desconnecto",
    ]

    /// What is left or lost: the chat, the window, the place in the queue.
    static let leftThingWords: Set<String> = [
        "chat", "window", "tab", "app", "browser", "place", "spot", "queue", "turn", "ventana", "pestana", "aplicacion",
        "lugar", "sitio", "turno", "puesto", "cola", "xat", "finestra", "pestanya", "aplicacio", "lloc", "torn", "cua",
    ]
}

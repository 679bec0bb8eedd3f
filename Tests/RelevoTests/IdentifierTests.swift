import Testing
import Relevo

/// Ids are checked where they enter: the engine's entry points and the command line.
@Suite struct IdentifierTests {
    @Test func aValidIdIsReturned() throws {
        #expect(try Identifier.check("ana.garcía@example.com", .customer) == "ana.garcía@example.com")
        #expect(try Identifier.check(String(repeating: "x", count: Identifier.maxLength), .ticket).count == 128)
    }

    @Test func blankTooLongOrControlCharactersAreClearErrors() {
        func code(_ value: String) -> IdentifierError.Code? {
            do {
                try Identifier.check(value, .customer)
                return nil
            } catch {
                return error.code
            }
        }
        #expect(code("") == .empty)
        #expect(code("   ") == .empty)
        #expect(code(String(repeating: "x", count: 129)) == .tooLong)
        #expect(code("ana\nR-FAKE") == .controlCharacter)
        #expect(code("\u{1B}]0;title\u{7}") == .controlCharacter)
        #expect(code("ana\u{202E}") == .controlCharacter)
        #expect(throws: IdentifierError(.controlCharacter, #"the customer id 'ana\n> hi' contains a control character or line break"#, field: .customer)) {
            try Identifier.check("ana\n> hi", .customer)
        }
    }

    @Test func theEngineRefusesBadIdsBeforeStoringAnything() async throws {
        let store = MemoryStore()
        let engine = try TestSupport.engine(store: store)
        await #expect(throws: IdentifierError.self) { try await engine.say("agent", as: "ana\nR-1001  high  orders") }
        await #expect(throws: IdentifierError.self) { try await engine.say("agent", as: "ana", channel: "\u{1B}[2J") }
        await #expect(throws: IdentifierError.self) { try await engine.handle(IncomingMessage(customer: "ana", text: "hi", id: "")) }
        #expect(try await engine.tickets().isEmpty)
        let ticket = try #require(try await engine.say("agent", as: "ana").handoff?.ticket)
        await #expect(throws: IdentifierError.self) { try await engine.claim(ticket: ticket, agent: "\u{1B}[31mBob") }
        await #expect(throws: IdentifierError.self) { try await engine.reply(ticket: ticket, agent: "bob\nforged", text: "hi") }
        await #expect(throws: IdentifierError.self) { try await engine.resolve(ticket: ticket, agent: "", note: "done") }
        await #expect(throws: IdentifierError.self) { try await engine.ticket(ticket + "\n") }
        await #expect(throws: IdentifierError.self) { try await engine.openTicket(customer: "") }
        #expect(try await engine.ticket(ticket).status == .open, "nothing was done by the refused calls")
    }
}

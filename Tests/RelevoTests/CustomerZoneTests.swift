import Testing
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import Relevo
@testable import RelevoTesting

@Suite struct CustomerZoneTests {
    @Test(arguments: [
        ("07911123456", "Europe/London"), ("+447911123456", "Europe/London"), ("00447911123456", "Europe/London"),
        ("+525512345678", "America/Mexico_City"), ("+5491123456789", "America/Argentina/Buenos_Aires"),
        ("+593991234567", "America/Guayaquil"), ("+351912345678", "Europe/Lisbon"),
    ])
    func aPhoneNumberOfAnotherClockGivesItsZone(_ phone: String, _ zone: String) {
        #expect(CustomerZone.ofPhone(phone)?.identifier == zone)
    }

    @Test(arguments: ["612345789", "+34612345789", "912345678", "+12125551234", "0791112345"])
    func spanishNumbersAndCountriesOfSeveralZonesGiveNone(_ phone: String) {
        #expect(CustomerZone.ofPhone(phone) == nil)
    }

    @Test func theCustomersClockIsTheirPhonesWhenNoPlaceIsNamed() async throws {
        let engine = try TestSupport.engine()
        _ = try await engine.handle(IncomingMessage(customer: "uk", text: "put me through to billing"))
        // Monday 10:00 in Madrid: billing (09:00–18:00 Madrid) works until 17:00 in London.
        let reply = try await engine.handle(IncomingMessage(customer: "uk", text: "my mobile is 07911 123456, best after 5pm"))
        #expect(reply.texts.contains { $0.contains("doesn't work after 17:00 (London time)") })
    }
}

import Foundation
import Testing
@testable import RelevoText
@testable import RelevoUnderstanding
@testable import RelevoTesting

/// Reading when a customer would like to be called (``CallbackTime``), in English, Spanish and Catalan.
@Suite struct CallbackTimeTests {
    static func read(_ text: String) -> CallbackTime? {
        CallbackTime.find(in: TextNormalizer.normalize(text))
    }

    @Test(arguments: [
        ("sure, call me on 612 345 789, preferably after 5pm please", "after 17:00"),
        ("could someone give me a ring tomorrow around 10am? 655 123 456", "tomorrow around 10:00"),
        ("call me at 17h", "at 17:00"),
        ("ring me at 9:30 tomorrow", "tomorrow at 09:30"),
        ("call me back between 9 and 11", "09:00–11:00"),
        ("que me llamen al 655 123 456, de preferencia después de las 4 de la tarde hora de México", "after 16:00 (America/Mexico_City)"),
        ("llamadme mañana por la mañana", "tomorrow 08:00–13:00"),
        ("¿me pueden llamar el lunes a las 10?", "weekday 2 at 10:00"),
        ("llámenme antes de las 12", "before 12:00"),
        ("Em poden trucar al 972 33 44 55, millor entre les 12 i les 2 del migdia.", "12:00–14:00"),
        ("em podeu trucar demà al 600 111 222 cap a les 9 del matí?", "tomorrow around 09:00"),
        ("que em truqui algú al 666 777 888, millor demà a la tarda", "tomorrow 15:00–20:00"),
        ("truqueu-me aquesta tarda", "today 15:00–20:00"),
        ("trucada de retorn a les 6 de la tarda", "at 18:00"),
        // Hours in words, halves and quarters, Valencian and Balearic parts of the day.
        ("cridau-me al 686 33 21 09, a partir de les huit i mitja de la vesprada", "after 20:30"),
        ("call me at eight please", "at 08:00"),
        ("llamadme a las ocho y media", "at 08:30"),
        ("call me between ten and twelve", "10:00–12:00"),
        ("cridau-me al mòbil, 609 81 22 34, des de les 3 del capvespre", "after 15:00"),
        ("call me tomorrow at one pm", "tomorrow at 13:00"),
        // An hour turned down gives way to the one wanted.
        ("a les 8 del matí no hi soc! no podeu trucar cap a les 9 i mitja del vespre?", "around 21:30"),
        ("que me llamen, a las 8 no, a partir de las 20:30", "after 20:30"),
        ("call me around 10 not 9", "around 10:00"),
        // A range with no word before it, half past in British English.
        ("truqueu-me, millor les 3 i les 5, que a les 2 dino", "15:00–17:00"),
        ("can they ring me at half 12?", "at 12:30"),
        // A later hour said as a correction or a preference, an hour the customer is busy at, Balearic "dematí",
        // an hour in words at the end of a question.
        ("call me at 6pm... actually 7pm", "at 19:00"),
        ("que me llamen, a las 8 estoy currando, mejor a partir de las 3", "after 15:00"),
        ("¿Podrían llamarme por la tarde, hacia las cinco?", "around 17:00"),
        ("truqueu-me abans de les dos, eh? que després me'n vaig", "before 14:00"),
        ("cridau-me demà dematí", "tomorrow 08:00–13:00"),
        // A day in a sentence of its own is another matter's.
        ("pues llamame al 686 420 173 a partir de las 6. la cuenta vieja la cierro el viernes", "after 18:00"),
        // Catalan quarters, English quarters, "menos cuarto", and parts of the day as a habit.
        ("truqueu-me a dos quarts de sis de la tarda", "at 17:30"),
        ("em podeu trucar cap a tres quarts d'onze?", "around 10:45"),
        ("truca'm demà a un quart de deu", "tomorrow at 09:15"),
        ("call me at quarter past six", "at 18:15"),
        ("que me llamen al 600 111 222 después de almuerzo", "15:00–20:00"),
        ("ring me after lunch", "15:00–20:00"),
        ("truqueu-me després de dinar", "15:00–20:00"),
        ("ring me around a quarter to seven pm", "around 18:45"),
        ("llámenme a las seis menos cuarto de la tarde", "at 17:45"),
        ("llamadme por las tardes", "15:00–20:00"),
        ("truqueu-me als matins, sisplau", "08:00–13:00"),
        ("call me in the evenings please", "19:00–22:00"),
    ])
    func aTimeIsRead(_ text: String, _ summary: String) throws {
        let time = try #require(Self.read(text), "\(text)")
        #expect(time.summary == summary, "\(text)")
        #expect(time.mentionsCall, "\(text)")
    }

    /// A time zone named as the customer's clock or whereabouts is the time's; a place in another role is not.
    @Test(arguments: [
        ("call me tomorrow at 10am Mexico time", "America/Mexico_City"),
        ("can someone ring me after 6pm UK time?", "Europe/London"),
        ("I'm in Lisbon, call me at 9 please", "Europe/Lisbon"),
        ("llámenme mañana a las 9 hora de Argentina", "America/Argentina/Buenos_Aires"),
        ("estoy en Bogotá, que me llamen a las 8 de la mañana", "America/Bogota"),
        ("que me llamen a las 10, hora peninsular", "Europe/Madrid"),
        ("truqueu-me a les 5, hora canària", "Atlantic/Canary"),
        ("sóc a Londres, em podeu trucar a les 7 del vespre?", "Europe/London"),
        ("le escribo desde Lima, ¿me pueden llamar a las 4 de la tarde?", "America/Lima"),
        ("que me llamen a las 9 de México", "America/Mexico_City"),
        ("dije las 9 de MEXICO no de madrid", "America/Mexico_City"),
        ("llámenme a las 9 de acá", nil),
        ("llamadme a las 10, el pedido va a Tenerife", nil),
        ("call me at 10, the parcel is for my son in Mexico", nil),
        ("que em truquin a les 6, la comanda és per a Londres", nil),
    ] as [(String, String?)])
    func aZoneIsRead(_ text: String, _ zone: String?) throws {
        let time = try #require(Self.read(text), "\(text)")
        #expect(time.zone == zone, "\(text)")
    }

    /// Numbers that are no hour: amounts, durations, order and phone numbers, a time that already passed.
    @Test(arguments: [
        "I was charged 35 euros after 3 days", "my order 4471 hasn't arrived", "a las 2 semanas me llegó", "call me on 612 345 789",
        "hi, i called at 3pm yesterday and nobody answered", "em van trucar ahir a les 5", "about 20 euros more than last month",
        "me cobraron las tres facturas, llamadme", "de las dos facturas que me llegaron", "at one point they said they would call",
        "can you call me to set up my router", "call me, I've used 10 gigues already",
    ])
    func noTimeIsRead(_ text: String) {
        #expect(Self.read(text) == nil, "\(text)")
    }

    /// A time in a story is read, but says nothing of a call: the dialogue keeps only a time said with a call.
    @Test func aTimeWithoutACallSaysSo() throws {
        let time = try #require(Self.read("the technician came on monday and nothing works"))
        #expect(time.day == .weekday(2))
        #expect(!time.mentionsCall)
    }

    /// A correction keeps what it leaves unsaid: "I said Wednesday" keeps the morning, "around 10 not 9" the day.
    @Test func aCorrectionKeepsWhatItLeavesUnsaid() throws {
        let morning = try #require(Self.read("truqueu-me demà al matí"))
        let wednesday = try #require(Self.read("he dit DIMECRES")).filling(from: morning)
        #expect(wednesday.summary == "weekday 4 08:00–13:00")
        let ten = try #require(Self.read("around 10 not 9 pls")).filling(from: try #require(Self.read("call me tomorrow at 9")))
        #expect(ten.summary == "tomorrow around 10:00")
        #expect(ten.mentionsCall)
        // "After 10am… sorry, I meant 10am UK time": the hour said again keeps its "after", and takes the zone.
        let uk = try #require(Self.read("sorry I meant 10am UK time")).filling(from: try #require(Self.read("call me after 10am please")))
        #expect(uk.kind == .after && uk.from == 600)
        #expect(uk.zone == "Europe/London")
        // "Actually make it 10", "vull dir les 7 hora de Canàries", "quiero decir a las 9": a correction's hour.
        #expect(try #require(Self.read("actually make it 10 instead")).from == 600)
        let canary = try #require(Self.read("vull dir les 7 de la tarda hora de Canàries"))
        #expect(canary.from == 19 * 60 && canary.zone == "Atlantic/Canary")
        #expect(try #require(Self.read("quiero decir a las 9")).from == 9 * 60)
        #expect(Self.read("I mean the order I placed yesterday")?.kind != .at)
    }

    /// Busy until an hour is free from it: "in a meeting till 10, call after 10", "estoy ocupado hasta las 5"; a
    /// busy clause after "after 10" leaves it as it is.
    @Test func busyUntilAnHourIsFreeFromIt() throws {
        for text in ["actually no, im in a meeting till 10, call after 10 please", "call me after 10, I'm busy until 10"] {
            let time = try #require(Self.read(text))
            #expect(time.kind == .after && time.from == 600, "\(text)")
        }
        let five = try #require(Self.read("estoy ocupado hasta las 5, llamadme después"))
        #expect(five.kind == .after && five.from == 17 * 60)
        #expect(try #require(Self.read("call me before 6 please")).kind == .before)
    }

    /// With no day named, the time falls today while it is ahead, then on the next days; a day named is that day.
    @Test func theDaysATimeMayFallOn() throws {
        let madrid = TimeZone(identifier: "Europe/Madrid")!
        let night = Transcript.parseDate("2026-01-07T21:30:00+01:00")!  // a Wednesday
        let after5 = try #require(Self.read("call me after 5pm"))
        #expect(after5.candidateDays(after: night, in: madrid) == [0, 1, 2, 3, 4, 5, 6, 7])
        let before12 = try #require(Self.read("call me before 12"))
        #expect(before12.candidateDays(after: night, in: madrid) == [1, 2, 3, 4, 5, 6, 7])
        #expect(try #require(Self.read("call me on Wednesday at 10")).candidateDays(after: night, in: madrid) == [7])
        #expect(try #require(Self.read("call me on Friday at 10")).candidateDays(after: night, in: madrid) == [2])
        // Tomorrow 10:00 to 11:00, Madrid time.
        let window = try #require(Self.read("call me tomorrow at 10")).window(daysAhead: 1, after: night, in: madrid)
        #expect(window.start == Transcript.parseDate("2026-01-08T10:00:00+01:00"))
        #expect(window.end == Transcript.parseDate("2026-01-08T11:00:00+01:00"))
        // Today, from now on.
        #expect(after5.window(daysAhead: 0, after: night, in: madrid).start == night)
    }
}

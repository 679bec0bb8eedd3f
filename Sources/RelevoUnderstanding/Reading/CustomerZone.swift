import Foundation
import RelevoDefinitions

/// The time zone a customer gives a time in: "call me at 10am Mexico time", "mañana a las 9 hora de Argentina",
/// "a les 5, hora canària", "estoy en Bogotá, llámenme a las 8". A place counts only with the words that make it the
/// customer's clock — "… time", "hora de …", "hora canaria", "I'm in …", "estoy en …", "sóc a …", "desde …" — so
/// that "my parcel to Tenerife" or "the Mexico order" says nothing about when to call.
public struct CustomerZone: Sendable, Hashable {
    /// The IANA identifier ("America/Mexico_City").
    public let identifier: String
    /// What the customer is told, per language: "Mexico City", "Ciudad de México", "Ciutat de Mèxic".
    let names: [Language: String]

    /// The zone's name in `language` (English when it has none there).
    public func name(in language: Language) -> String { names[language] ?? names[.english] ?? identifier }

    /// The zone a known identifier names, if this reader knows it.
    public static func named(_ identifier: String) -> CustomerZone? { byIdentifier[identifier] }

    /// The zone the message's tokens (``CallbackTime`` tokens: words and numbers, accent-folded) give a time in.
    static func find(in tokens: [String]) -> CustomerZone? {
        var index = 0
        while index < tokens.count {
            if let (zone, length) = place(at: index, in: tokens), isClock(before: index, after: index + length, in: tokens) {
                return zone
            }
            index += 1
        }
        return nil
    }

    /// The zone of a phone number's country, for the few countries this reader knows whose clock differs from
    /// Spain's ("+44 7911 123456", "07911 123456": a UK mobile; "+52 55 1234 5678": Mexico): the customer's clock,
    /// when they give a time without naming a place. Spanish numbers, and countries of several zones (+1), give none.
    package static func ofPhone(_ phone: String) -> CustomerZone? {
        let digits = phone.hasPrefix("+") ? String(phone.dropFirst()) : phone.hasPrefix("00") ? String(phone.dropFirst(2)) : nil
        guard let digits else {
            // A UK mobile written the national way: 07 and nine more digits.
            return phone.count == 11 && phone.hasPrefix("07") ? byIdentifier["Europe/London"] : nil
        }
        for length in [3, 2] where digits.count > length {
            if let identifier = callingCodes[String(digits.prefix(length))] { return byIdentifier[identifier] }
        }
        return nil
    }

    /// Country calling codes → the zone of most of the country's people.
    private static let callingCodes: [String: String] = [
        "44": "Europe/London", "353": "Europe/Dublin", "351": "Europe/Lisbon", "52": "America/Mexico_City",
        "54": "America/Argentina/Buenos_Aires", "57": "America/Bogota", "51": "America/Lima", "56": "America/Santiago",
        "58": "America/Caracas", "593": "America/Guayaquil", "598": "America/Montevideo", "595": "America/Asuncion",
        "591": "America/La_Paz", "53": "America/Havana", "506": "America/Costa_Rica", "507": "America/Panama",
        "502": "America/Guatemala", "503": "America/El_Salvador", "504": "America/Tegucigalpa", "505": "America/Managua",
    ]

    /// The last word of every place's name and adjective ("york", "palmas", not "the" or "las"): a message with none
    /// of them names no zone, found with a set lookup a word before any reading.
    static let placeWords: Set<String> = Set(table.flatMap { entry in
        (entry.places + entry.adjectives).map { String($0.split(separator: " ").last ?? "") }
    })

    /// The zone a message (normalized, split into `words`) says the customer is in or gives a time on: "estoy en
    /// México", "I'm calling from Lisbon", "hora canaria".
    package static func said(in normalized: String, words: [String]) -> CustomerZone? {
        guard words.contains(where: placeWords.contains) else { return nil }
        return find(in: CallbackTime.tokens(of: normalized))
    }

    /// The place named at `index` (the longest name), with its number of tokens.
    private static func place(at index: Int, in tokens: [String]) -> (CustomerZone, Int)? {
        for length in stride(from: min(3, tokens.count - index), through: 1, by: -1) {
            let name = tokens[index..<(index + length)].joined(separator: " ")
            if let zone = byPlace[name] { return (zone, length) }
            if length == 1, let zone = byAdjective[name], index > 0, ["hora", "horario", "horari"].contains(tokens[index - 1]) {
                return (zone, 1)
            }
        }
        return nil
    }

    /// Whether the words around a place make it the customer's clock or whereabouts.
    private static func isClock(before start: Int, after end: Int, in tokens: [String]) -> Bool {
        func token(_ index: Int) -> String? { tokens.indices.contains(index) ? tokens[index] : nil }
        // "10am Mexico time", "UK time", "Buenos Aires local time".
        if token(end) == "time" || token(end) == "local" && token(end + 1) == "time" { return true }
        let one = token(start - 1), two = token(start - 2)
        // "hora de México", "hora del Perú", "horario de Colombia", "hora d'Argentina", "hora canaria" (an adjective
        // is matched with its "hora" above), "time in Lima".
        if let one, ["de", "del", "d"].contains(one), let two, ["hora", "horario", "horari", "local"].contains(two) { return true }
        if one == "hora" || one == "horario" || one == "horari" { return true }
        // "a las 9 de México", "a las 9 de la mañana de México", "a les 10 del matí de Londres": a place right after
        // an hour is the hour's clock.
        if let one, ["de", "del", "d"].contains(one), let two,
           two.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || Self.partsOfDay.contains(two) { return true }
        if one == "in", let two, ["time", "m", "im", "am", "live", "living", "based", "currently", "now", "here"].contains(two) {
            return true
        }
        // "estoy en Bogotá", "vivo en Lima", "sóc a Londres", "visc a Lisboa", "desde México", "des de Londres".
        if one == "en", let two, ["estoy", "estamos", "vivo", "vivimos", "resido", "ahora", "actualmente"].contains(two) { return true }
        if one == "a", let two, ["soc", "som", "estic", "estem", "visc", "vivim", "ara"].contains(two) { return true }
        if one == "desde" || one == "de" && two == "des" { return true }
        if one == "from", let two, ["calling", "writing", "messaging", "texting"].contains(two) { return true }
        return false
    }

    /// Parts of the day an hour may carry before its place ("las 9 de la mañana de México").
    private static let partsOfDay: Set<String> = ["manana", "tarde", "noche", "mati", "tarda", "vespre", "vesprada", "nit"]

    private init(_ identifier: String, _ en: String, _ es: String, _ ca: String) {
        self.identifier = identifier
        names = [.english: en, .spanish: es, .catalan: ca]
    }

    /// The zones, their names, and the places and adjectives (accent-folded) customers use for them. Places that
    /// name another city in Spain ("Córdoba", "Santiago") are left out.
    private static let table: [(zone: CustomerZone, places: [String], adjectives: [String])] = [
        (CustomerZone("Europe/Madrid", "Madrid", "Madrid", "Madrid"),
         ["madrid", "barcelona", "spain", "espana", "espanya", "peninsula", "peninsular", "cet"], ["espanola", "peninsular", "espanyola"]),
        (CustomerZone("Atlantic/Canary", "Canary Islands", "Canarias", "Canàries"),
         ["canarias", "canaries", "canary islands", "the canaries", "tenerife", "gran canaria", "las palmas", "lanzarote",
          "fuerteventura", "la palma"], ["canaria"]),
        (CustomerZone("Europe/Lisbon", "Lisbon", "Lisboa", "Lisboa"), ["portugal", "lisbon", "lisboa", "porto", "oporto"], ["portuguesa"]),
        (CustomerZone("Europe/London", "London", "Londres", "Londres"),
         ["uk", "london", "londres", "england", "britain", "inglaterra", "anglaterra", "scotland", "escocia", "gmt", "bst"],
         ["inglesa", "britanica", "anglesa"]),
        (CustomerZone("Europe/Dublin", "Dublin", "Dublín", "Dublín"), ["ireland", "irlanda", "dublin"], ["irlandesa"]),
        (CustomerZone("America/Mexico_City", "Mexico City", "Ciudad de México", "Ciutat de Mèxic"),
         ["mexico", "mexic", "mexico city", "ciudad de mexico", "cdmx", "guadalajara", "monterrey", "puebla"], ["mexicana"]),
        (CustomerZone("America/Cancun", "Cancún", "Cancún", "Cancún"), ["cancun", "quintana roo"], []),
        (CustomerZone("America/Tijuana", "Tijuana", "Tijuana", "Tijuana"), ["tijuana"], []),
        (CustomerZone("America/Argentina/Buenos_Aires", "Buenos Aires", "Buenos Aires", "Buenos Aires"),
         ["argentina", "buenos aires", "rosario", "mendoza"], ["argentina"]),
        (CustomerZone("America/Bogota", "Bogotá", "Bogotá", "Bogotà"), ["colombia", "bogota", "medellin", "cali", "barranquilla"],
         ["colombiana"]),
        (CustomerZone("America/Lima", "Lima", "Lima", "Lima"), ["peru", "lima"], ["peruana"]),
        (CustomerZone("America/Santiago", "Santiago de Chile", "Santiago de Chile", "Santiago de Xile"),
         ["chile", "xile", "santiago de chile"], ["chilena"]),
        (CustomerZone("America/Caracas", "Caracas", "Caracas", "Caracas"), ["venezuela", "venecuela", "caracas"], ["venezolana"]),
        (CustomerZone("America/Guayaquil", "Ecuador", "Ecuador", "l'Equador"), ["ecuador", "equador", "quito", "guayaquil"],
         ["ecuatoriana"]),
        (CustomerZone("America/Montevideo", "Montevideo", "Montevideo", "Montevideo"), ["uruguay", "montevideo"], ["uruguaya"]),
        (CustomerZone("America/Asuncion", "Asunción", "Asunción", "Asunción"), ["paraguay", "asuncion"], ["paraguaya"]),
        (CustomerZone("America/La_Paz", "La Paz", "La Paz", "La Paz"), ["bolivia", "la paz"], ["boliviana"]),
        (CustomerZone("America/Havana", "Havana", "La Habana", "l'Havana"), ["cuba", "la habana", "havana", "habana"], ["cubana"]),
        (CustomerZone("America/Santo_Domingo", "Santo Domingo", "Santo Domingo", "Santo Domingo"),
         ["republica dominicana", "dominican republic", "santo domingo"], ["dominicana"]),
        (CustomerZone("America/Puerto_Rico", "Puerto Rico", "Puerto Rico", "Puerto Rico"), ["puerto rico"], ["puertorriquena"]),
        (CustomerZone("America/Costa_Rica", "Costa Rica", "Costa Rica", "Costa Rica"), ["costa rica"], ["costarricense"]),
        (CustomerZone("America/Panama", "Panama", "Panamá", "Panamà"), ["panama"], ["panamena"]),
        (CustomerZone("America/Guatemala", "Guatemala", "Guatemala", "Guatemala"), ["guatemala"], ["guatemalteca"]),
        (CustomerZone("America/El_Salvador", "El Salvador", "El Salvador", "El Salvador"), ["el salvador"], ["salvadorena"]),
        (CustomerZone("America/Tegucigalpa", "Honduras", "Honduras", "Hondures"), ["honduras", "hondures"], ["hondurena"]),
        (CustomerZone("America/Managua", "Nicaragua", "Nicaragua", "Nicaragua"), ["nicaragua"], ["nicaraguense"]),
        (CustomerZone("America/New_York", "New York", "Nueva York", "Nova York"),
         ["new york", "nueva york", "nova york", "miami", "florida", "boston", "eastern", "est", "edt"], []),
        (CustomerZone("America/Chicago", "Chicago", "Chicago", "Chicago"), ["chicago", "texas", "central", "cst", "cdt"], []),
        (CustomerZone("America/Denver", "Denver", "Denver", "Denver"), ["denver", "mountain", "mst", "mdt"], []),
        (CustomerZone("America/Los_Angeles", "Los Angeles", "Los Ángeles", "Los Angeles"),
         ["los angeles", "california", "pacific", "pst", "pdt", "san francisco", "seattle"], []),
    ]

    private static let byPlace: [String: CustomerZone] = Dictionary(
        table.flatMap { entry in entry.places.map { ($0, entry.zone) } }, uniquingKeysWith: { first, _ in first })
    private static let byAdjective: [String: CustomerZone] = Dictionary(
        table.flatMap { entry in entry.adjectives.map { ($0, entry.zone) } }, uniquingKeysWith: { first, _ in first })
    private static let byIdentifier: [String: CustomerZone] = Dictionary(
        table.map { ($0.zone.identifier, $0.zone) }, uniquingKeysWith: { first, _ in first })
}

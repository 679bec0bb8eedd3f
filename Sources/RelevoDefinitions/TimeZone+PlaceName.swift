import Foundation

extension TimeZone {
    /// What a customer calls the time zone in a message: the place its identifier ends with ("Europe/Madrid" is
    /// "Madrid", "America/New_York" "New York"); an identifier without a place ("UTC") as it is.
    package var placeName: String {
        guard let place = identifier.split(separator: "/").last, place.count < identifier.count, !place.isEmpty else { return identifier }
        return String(place.map { $0 == "_" ? " " : $0 })
    }
}

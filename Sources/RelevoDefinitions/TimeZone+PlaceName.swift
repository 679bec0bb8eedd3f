import Foundation

extension TimeZone {
    /// What a customer calls the time zone in a message: the place its identifier ends with ("Europe/Madrid" is
    /// "Madrid", "America/New_York" "New York"); an identifier without a place ("UTC") as it is.
    package var placeName: String {
        guard identifier.contains("/"), let place = identifier.split(separator: "/").last, !place.isEmpty else { return identifier }
        return place.replacingOccurrences(of: "_", with: " ")
    }
}

extension String {
    /// Whether `other` occurs in this string, compared byte for byte in UTF-8 (both in NFC): the standard
    /// library's search, not Foundation's slower `contains(_:)`.
    func includes(_ other: String) -> Bool {
        utf8.firstRange(of: other.utf8) != nil
    }
}

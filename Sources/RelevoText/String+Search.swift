extension String {
    /// Whether `other` occurs in this string, compared byte for byte in UTF-8 (both in NFC), without the
    /// generic collection search (which looks up type metadata at run time) or Foundation's `contains(_:)`.
    func includes(_ other: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            other.utf8.withContiguousStorageIfAvailable { needle in Self.search(haystack, for: needle) }
        }
        if let found, let found { return found }
        return Self.search(Array(utf8)[...], for: Array(other.utf8)[...])
    }

    /// Naive search, fast for the short needles it is used with.
    private static func search<C: RandomAccessCollection<UInt8>>(_ haystack: C, for needle: C) -> Bool where C.Index == Int {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[needle.startIndex + offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

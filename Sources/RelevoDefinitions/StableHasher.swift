/// FNV-1a over bytes, the same in every process (Swift's `Hasher` is seeded per process).
package struct StableHasher {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    package mutating func combine(_ number: UInt32) {
        withUnsafeBytes(of: number.littleEndian) { combine($0) }
    }

    /// A string and its length, so that ("ab", "c") and ("a", "bc") differ.
    package mutating func combine(_ text: String) {
        combine(UInt32(text.utf8.count))
        combine(text.utf8)
    }
}

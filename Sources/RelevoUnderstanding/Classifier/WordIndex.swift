/// Finds known words in normalized text: the words of a vocabulary, by their 64-bit hashes.
///
/// Words are hashed from the same Unicode scalars as ``TextFeatures``, so looking one up builds no string.
struct WordIndex: Sendable {
    /// Each word's hash, by word index.
    let hashes: [UInt64]
    /// Open addressing: the word index of each slot, or -1.
    private let slots: [Int32]
    private let mask: Int

    /// An index of the words with these hashes; a repeated hash keeps its first word.
    init(hashes: [UInt64]) {
        self.hashes = hashes
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0, hashes[Int(slots[slot])] != hash { slot = (slot + 1) & mask }
            if slots[slot] < 0 { slots[slot] = Int32(index) }
        }
        self.slots = slots
    }

    /// An index of nothing: every word is unknown.
    static let empty = WordIndex(hashes: [])

    var isEmpty: Bool { hashes.isEmpty }

    /// The index's size in memory, in bytes.
    var bytes: Int { hashes.count * 8 + slots.count * 4 }

    /// A word's hash.
    static func hash(of word: String) -> UInt64 {
        var hash = TextFeatures.seed(kind: 0x57)
        for scalar in word.unicodeScalars { hash = TextFeatures.mix(hash, scalar.value) }
        return TextFeatures.avalanche(hash)
    }

    /// The indexes of the known words of normalized text, in order; unknown words are left out.
    func words(in normalized: String) -> [Int32] {
        guard !hashes.isEmpty else { return [] }
        var words: [Int32] = []
        var padded: [UInt32] = []
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                TextFeatures.forEachWord(in: normalized, buffer: &padded) { padded in
                    // `padded` is " word ": its inner scalars are the word.
                    var hash = TextFeatures.seed(kind: 0x57)
                    for index in 1..<(padded.count - 1) { hash = TextFeatures.mix(hash, padded[index]) }
                    hash = TextFeatures.avalanche(hash)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let word = slots[slot]
                        if word < 0 { return }
                        if hashes[Int(word)] == hash {
                            words.append(word)
                            return
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return words
    }
}

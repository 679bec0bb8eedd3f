import Foundation
import Logging

/// Static word vectors: what the intent classifier knows of words' meanings beyond the examples.
///
/// Each whole word of BERT's uncased vocabulary (22,716 words of ASCII letters and digits) has a 256-dimension
/// vector, distilled from the all-MiniLM-L6-v2 sentence encoder (Apache-2.0) by
/// `scripts/embeddings/make-wordvectors.py`: the encoder's output for the word alone, reduced by PCA and
/// stored as int8 with one scale per word. A message's words' vectors, summed, tell that "airline booking" and
/// "book a flight" are about the same thing even when no example shares their words. The file ships as a
/// resource of the library.
package struct WordVectors: Sendable {
    /// Why a file of word vectors could not be read.
    struct FormatError: Error, Sendable, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): error: \(message)" }
    }

    static let magic: UInt32 = 0x5756_4C52  // "RLVW"
    static let formatVersion: UInt32 = 1

    /// Identifies the vectors (part of the model cache's key): from the file's header.
    let contentID: UInt64
    let dimensions: Int
    /// Each word's scale, and its `dimensions` int8 values, word-major.
    let scales: [Float]
    let values: [Int8]
    let index: WordIndex

    var count: Int { scales.count }

    /// Reads a file written by the script; a short, truncated or inconsistent file is a ``FormatError``.
    init(contentsOf path: String) throws(FormatError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(path: path, message: "cannot read the word vectors")
        }
        var reader = ByteReader(data: data)
        func fail(_ message: String) -> FormatError { FormatError(path: path, message: message) }
        guard reader.read(UInt32.self) == Self.magic else { throw fail("not a file of word vectors") }
        guard reader.read(UInt32.self) == Self.formatVersion else { throw fail("unknown word-vector format version") }
        guard let count = reader.read(UInt32.self), let dimensions = reader.read(UInt32.self),
              let contentID = reader.read(UInt64.self), count > 0, dimensions > 0, dimensions <= 4096,
              let scales = reader.readValues(Float.self, count: Int(count)),
              let values = reader.readValues(Int8.self, count: Int(count) * Int(dimensions))
        else { throw fail("the word vectors are truncated") }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let length = reader.read(UInt8.self), let bytes = reader.readValues(UInt8.self, count: Int(length)),
                  let word = String(validating: bytes, as: UTF8.self), !word.isEmpty
            else { throw fail("a word is damaged") }
            hashes.append(WordIndex.hash(of: word))
        }
        guard reader.isAtEnd else { throw fail("unexpected bytes after the words") }
        self.contentID = contentID
        self.dimensions = Int(dimensions)
        self.scales = scales
        self.values = values
        index = WordIndex(hashes: hashes)
    }

    /// The vectors shipped with the library, or why they could not be read.
    static let bundled: Result<WordVectors, FormatError> = {
        guard let path = bundledPath else {
            return .failure(FormatError(path: "wordvectors.rlvw", message: "the library's word vectors are missing"))
        }
        return Result { () throws(FormatError) in try WordVectors(contentsOf: path) }
    }()

    static let bundledPath = Bundle.module.url(forResource: "wordvectors", withExtension: "rlvw")?.path

    /// The bundled vectors' content id, from the file's header alone (a cached model needs no more); `nil`
    /// when the file is missing or is not a file of word vectors.
    static let bundledContentID: UInt64? = {
        guard let path = bundledPath, let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        guard let header = try? file.read(upToCount: 24) else { return nil }
        var reader = ByteReader(data: header)
        guard reader.read(UInt32.self) == magic, reader.read(UInt32.self) == formatVersion,
              reader.read(UInt32.self) != nil, reader.read(UInt32.self) != nil
        else { return nil }
        return reader.read(UInt64.self)
    }()

    /// The bundled vectors, or `nil` with a warning when they cannot be read: the classifier then learns from
    /// the examples' n-grams alone.
    package static func loaded(logger: Logger) -> WordVectors? {
        switch bundled {
        case .success(let vectors): return vectors
        case .failure(let error):
            logger.warning("intent classifier without word vectors", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Σ vectors of `words` / √count, times `weight`: a message's meaning as `dimensions` numbers (zero
    /// without words). Dividing by the square root keeps long and short messages on a comparable scale.
    func vector(of words: [Int32], weight: Float) -> [Float] {
        var sum = [Float](repeating: 0, count: dimensions)
        guard !words.isEmpty else { return sum }
        values.withUnsafeBufferPointer { values in
            for word in words {
                let scale = scales[Int(word)]
                let base = Int(word) * dimensions
                for dimension in 0..<dimensions { sum[dimension] += scale * Float(values[base + dimension]) }
            }
        }
        let factor = weight / Float(words.count).squareRoot()
        for dimension in 0..<dimensions { sum[dimension] *= factor }
        return sum
    }
}

import Foundation
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct WordVectorsTests {
    @Test func theBundledVectorsLoad() throws {
        let vectors = try WordVectors.bundled.get()
        #expect(vectors.count > 20_000)
        #expect(vectors.dimensions == 256)
        // The header alone names them, for a cached model's key.
        #expect(WordVectors.bundledContentID == vectors.contentID)
        #expect(vectors.values.count == vectors.count * vectors.dimensions)
        #expect(vectors.index.words(in: "cancel my credit card").count == 4)
        // Words outside the vocabulary have no vector (split into pieces, they would take a made-up meaning).
        #expect(vectors.index.words(in: "qwxy plonk refund").isEmpty)
        // Related words are closer than unrelated ones.
        func vector(_ text: String) -> [Float] { vectors.vector(of: vectors.index.words(in: text), weight: 1) }
        func cosine(_ a: [Float], _ b: [Float]) -> Float {
            zip(a, b).map(*).reduce(0, +) / (a.map { $0 * $0 }.reduce(0, +) * b.map { $0 * $0 }.reduce(0, +)).squareRoot()
        }
        #expect(cosine(vector("money"), vector("cash")) > cosine(vector("money"), vector("weather")))
        #expect(cosine(vector("rain"), vector("snow")) > cosine(vector("rain"), vector("password")))
        #expect(cosine(vector("flight"), vector("airline")) > cosine(vector("flight"), vector("password")))
    }

    @Test func aDamagedFileIsRefusedWithItsPath() throws {
        let folder = try TestSupport.temporaryDirectory()
        let bundled = try #require(Bundle.module.url(forResource: "wordvectors", withExtension: "rlvw"))
        let data = try Data(contentsOf: bundled)
        let cases: [(Data, String)] = [
            (Data("nope".utf8), "not a file of word vectors"),
            (data.prefix(1000), "truncated"),
            (data + Data([1, 2]), "unexpected bytes"),
        ]
        let path = folder.appendingPathComponent("vectors.rlvw").path
        for (bytes, message) in cases {
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect {
                try WordVectors(contentsOf: path)
            } throws: { error in
                "\(error)".hasPrefix(path + ": error: ") && "\(error)".contains(message)
            }
        }
        #expect(throws: WordVectors.FormatError.self) { try WordVectors(contentsOf: folder.appendingPathComponent("missing").path) }
    }
}

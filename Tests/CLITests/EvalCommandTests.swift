import Foundation
import Testing

@Suite struct EvalCommandTests {
    @Test func jsonHasEveryKey() throws {
        let folder = try CLI.temporaryDirectory()
        let rows = [("where is my order", "track"), ("track my parcel", "track"), ("i want a refund", "refund"), ("refund my money", "refund"), ("sing me a song", "oos")]
        let jsonl = rows.map { "{\"text\": \"\($0.0)\", \"intent\": \"\($0.1)\"}" }.joined(separator: "\n")
        let path = folder.appendingPathComponent("rows.jsonl").path
        try jsonl.write(toFile: path, atomically: true, encoding: .utf8)
        let output = try CLI.run(["eval", "--train", path, "--val", path, "--test", path, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "in_scope_accuracy", "oos_recall", "oos_precision", "threshold", "train_seconds", "classify_us_median", "n_train", "n_test", "model_bytes",
        ])
        #expect(object["n_train"] as? Int == 4)
        #expect(object["n_test"] as? Int == 5)
    }

    @Test func shotsTrainOnThatManyRowsPerIntentTheSameForTheSameSeed() throws {
        let folder = try CLI.temporaryDirectory()
        let rows = (0..<6).map { ("where is my order number \($0)", "track") } + (0..<6).map { ("i want a refund for item \($0)", "refund") }
            + [("sing me a song", "oos")]
        let path = folder.appendingPathComponent("rows.jsonl").path
        try rows.map { "{\"text\": \"\($0.0)\", \"intent\": \"\($0.1)\"}" }.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        func run(_ extra: [String]) throws -> [String: Any] {
            let output = try CLI.run(["eval", "--train", path, "--val", path, "--test", path, "--json"] + extra)
            #expect(output.status == 0, "\(output.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        }
        let first = try run(["--shots", "2", "--seed", "7"])
        #expect(first["n_train"] as? Int == 4)
        let again = try run(["--shots", "2", "--seed", "7"])
        #expect(first["in_scope_accuracy"] as? Double == again["in_scope_accuracy"] as? Double)
        #expect(first["threshold"] as? Double == again["threshold"] as? Double)
        #expect(try run(["--shots", "3"])["n_train"] as? Int == 6, "--seed defaults to 1")
    }

    @Test func shotsMustBePositiveAndAreDocumented() throws {
        let output = try CLI.run(["eval", "--train", "x.jsonl", "--test", "x.jsonl", "--shots", "0"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--shots must be at least 1"))
        let help = try CLI.run(["eval", "--help"])
        #expect(help.stdout.contains("--shots <N>") && help.stdout.contains("--seed <S>"))
    }

    @Test func eitherTrainOrBot() throws {
        let output = try CLI.run(["eval", "--test", "x.jsonl"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("give either --train FILE or --bot DIR"))
    }
}

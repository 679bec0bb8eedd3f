import Foundation
import Logging
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

@Suite struct IntentEvaluationTests {
    static let train: [LabelledRow] = [
        ("where is my order", "track"), ("track my parcel", "track"), ("has my package shipped", "track"), ("order status please", "track"),
        ("i want a refund", "refund"), ("give me my money back", "refund"), ("refund my purchase", "refund"), ("return and refund", "refund"),
        ("what time do you open", "hours"), ("opening hours", "hours"), ("are you open on sunday", "hours"), ("when do you close", "hours"),
        ("tell me a joke about cats", "oos"),
    ].map { LabelledRow(text: $0.0, intent: $0.1) }

    static let validation: [LabelledRow] = [
        ("where is my parcel", "track"), ("money back please", "refund"), ("when are you open", "hours"),
        ("what is the capital of peru", "oos"), ("play some jazz music", "oos"),
    ].map { LabelledRow(text: $0.0, intent: $0.1) }

    @Test func trainsWithoutOutOfScopeRowsAndMeetsAFloorOnAFixedSplit() {
        let result = IntentEvaluation(train: Self.train, validation: Self.validation, test: Self.validation).run(logger: Logger(label: "test"))
        #expect(result.trainCount == 12, "the oos row is never trained on")
        #expect(result.testCount == 5)
        #expect(result.inScopeAccuracy >= 2.0 / 3.0)
        #expect(result.oosRecall >= 0.5, "the threshold is chosen to reject at least half of the validation's oos rows")
        #expect(result.modelBytes > 0)
    }

    @Test func theSameDataGivesTheSameAnswers() {
        let first = IntentEvaluation(train: Self.train, validation: Self.validation, test: Self.validation).run(logger: Logger(label: "test"))
        let second = IntentEvaluation(train: Self.train, validation: Self.validation, test: Self.validation).run(logger: Logger(label: "test"))
        #expect(first.threshold == second.threshold)
        #expect(first.inScopeAccuracy == second.inScopeAccuracy)
        #expect(first.confusions == second.confusions)
    }

    static let manyRows: [LabelledRow] = (0..<3).flatMap { intent in
        (0..<20).map { LabelledRow(text: "row \($0) of intent \(intent)", intent: "intent\(intent)") }
    } + [LabelledRow(text: "something else", intent: "oos"), LabelledRow(text: "only row", intent: "rare")]

    @Test func shotsDrawThatManyRowsPerIntentTheSameForTheSameSeed() {
        let drawn = IntentEvaluation.sample(Self.manyRows, shots: 5, seed: 1, oosLabel: "oos")
        #expect(Dictionary(grouping: drawn, by: \.intent).mapValues(\.count) == ["intent0": 5, "intent1": 5, "intent2": 5, "rare": 1],
                "an intent with fewer rows keeps them all; out-of-scope rows are never drawn")
        #expect(IntentEvaluation.sample(Self.manyRows, shots: 5, seed: 1, oosLabel: "oos") == drawn)
        #expect(IntentEvaluation.sample(Self.manyRows, shots: 5, seed: 2, oosLabel: "oos") != drawn)
        // The drawn rows keep their order in the file.
        let positions = drawn.map { row in Self.manyRows.firstIndex(of: row)! }
        #expect(positions == positions.sorted())
        #expect(IntentEvaluation.sample(Self.manyRows, shots: 50, seed: 1, oosLabel: "oos").count == Self.manyRows.count - 1)
    }

    @Test func anIntentsDrawDoesNotDependOnTheOtherIntents() {
        let alone = Self.manyRows.filter { $0.intent == "intent1" }
        #expect(IntentEvaluation.sample(alone, shots: 5, seed: 9, oosLabel: "oos")
            == IntentEvaluation.sample(Self.manyRows, shots: 5, seed: 9, oosLabel: "oos").filter { $0.intent == "intent1" })
    }

    @Test func samplingTrainsOnTheDrawnRowsOnly() {
        let evaluation = IntentEvaluation(train: Self.train, validation: Self.validation, test: Self.validation).sampling(shots: 2, seed: 1)
        #expect(evaluation.train.count == 6)
        #expect(evaluation.run(logger: Logger(label: "test")).trainCount == 6)
    }

    @Test func malformedLinesAreReportedWithTheirNumber() throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("rows.jsonl").path
        try "{\"text\": \"hi\", \"intent\": \"greet\"}\n\nnot json\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: EvaluationError.self) { try LabelledRow.read(path: path) }
        do {
            _ = try LabelledRow.read(path: path)
        } catch {
            #expect(error.message == "\(path):3: expected a JSON object with \"text\" and \"intent\"")
        }
    }
}

/// CLINC150 (Larson et al., 2019) in the shared data folder beside the repository, when it is there.
enum CLINC150 {
    static let folder = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/datasets/clinc150")
    static let available = FileManager.default.fileExists(atPath: folder.appendingPathComponent("train.jsonl").path)

    static func rows(_ file: String) throws -> [LabelledRow] { try LabelledRow.read(path: folder.appendingPathComponent(file).path) }
}

@Suite(.enabled(if: CLINC150.available, "CLINC150 is not in ../shared/datasets/clinc150: skipped"))
struct CLINC150FewShotTests {
    @Test func tenShotsWithSeedOneDrawTenRowsOfEachIntent() throws {
        let train = try CLINC150.rows("train.jsonl")
        let drawn = IntentEvaluation.sample(train, shots: 10, seed: 1, oosLabel: "oos")
        #expect(drawn.count == 1_500)
        #expect(Set(Dictionary(grouping: drawn, by: \.intent).values.map(\.count)) == [10])
        #expect(IntentEvaluation.sample(train, shots: 10, seed: 1, oosLabel: "oos") == drawn)
        #expect(IntentEvaluation.sample(train, shots: 10, seed: 2, oosLabel: "oos") != drawn)
    }

    /// Ten examples of each of 30 intents, scored on their validation rows and the out-of-scope ones: a floor
    /// under the few-shot regime (the whole 150-intent figure is `relevo eval --shots 10`, in the README).
    @Test func tenShotsOfThirtyIntentsMeetAFloor() throws {
        let intents = Set(Array(Set(try CLINC150.rows("train.jsonl").map(\.intent)).sorted().prefix(30)))
        let train = try CLINC150.rows("train.jsonl").filter { intents.contains($0.intent) }
        let validation = try CLINC150.rows("val.jsonl").filter { intents.contains($0.intent) } + CLINC150.rows("oos_val.jsonl")
        let result = IntentEvaluation(train: train, validation: validation, test: validation).sampling(shots: 10, seed: 1)
            .run(logger: Logger(label: "test"))
        #expect(result.trainCount == 300)
        #expect(result.inScopeAccuracy >= 0.85, "\(result.inScopeAccuracy)")
        #expect(result.oosRecall >= 0.59)
    }
}

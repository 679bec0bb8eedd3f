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

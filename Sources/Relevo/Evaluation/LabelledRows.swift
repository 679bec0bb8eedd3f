import Foundation

/// Rows of `{"text": ..., "intent": ...}` JSON Lines, as used by `relevo eval`.
public struct LabelledRow: Sendable, Hashable, Codable {
    public var text: String
    public var intent: String
    /// For a request for a person that names a department: the queue it should reach.
    public var queue: String?

    public init(text: String, intent: String, queue: String? = nil) {
        self.text = text
        self.intent = intent
        self.queue = queue
    }

    /// Reads a JSONL file; a malformed line is an error naming the file and line.
    public static func read(path: String) throws(EvaluationError) -> [LabelledRow] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError(message: "\(path): cannot read file")
        }
        var rows: [LabelledRow] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let row = try? decoder.decode(LabelledRow.self, from: Data(line)) else {
                throw EvaluationError(message: "\(path):\(index + 1): expected a JSON object with \"text\" and \"intent\"")
            }
            rows.append(row)
        }
        return rows
    }
}

/// A problem with `relevo eval`'s input.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

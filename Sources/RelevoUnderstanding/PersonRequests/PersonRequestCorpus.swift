import Foundation

/// Phrasings of asking for a person, and of not asking, in English, Spanish and Catalan, shipped with the
/// library (`person-requests/requests.jsonl`, `not-requests.jsonl`: one `{"lang", "text", "queue"}` object a line).
///
/// A message written exactly as one of them (once normalized) is decided as it is: a request, for the built-in
/// department it names, or not one ("are you a person?"). Every other message is read by the cue rules, which
/// the corpus was written to exercise; the tests measure them on lines held out of it.
struct PersonRequestCorpus: Sendable {
    /// One line: its language, text and the built-in department it names (requests only).
    struct Line: Sendable, Decodable {
        var lang: String
        var text: String
        var queue: String?
    }

    /// The requests, as written.
    let requests: [Line]
    /// The messages that are not requests, as written.
    let notRequests: [Line]
    /// How a line is decided.
    enum Decision: Sendable, Equatable {
        /// A request, naming this built-in department (or none).
        case request(department: String?)
        case notRequest
    }

    /// Each normalized line's decision.
    let decisions: [String: Decision]

    init(requests: [Line], notRequests: [Line]) {
        self.requests = requests
        self.notRequests = notRequests
        // A text under both keeps neither decision: the rules read it.
        let asked = Set(requests.map { TextNormalizer.normalize($0.text) })
        let refused = Set(notRequests.map { TextNormalizer.normalize($0.text) })
        var decisions: [String: Decision] = [:]
        for text in refused.subtracting(asked) { decisions[text] = .notRequest }
        for line in requests {
            let text = TextNormalizer.normalize(line.text)
            if !refused.contains(text), decisions[text] == nil { decisions[text] = .request(department: line.queue) }
        }
        self.decisions = decisions
    }

    /// No phrasings: every message is read by the rules.
    static let empty = PersonRequestCorpus(requests: [], notRequests: [])

    /// The lines of a JSON Lines file; a line that does not decode is skipped.
    static func lines(of text: String) -> [Line] {
        let decoder = JSONDecoder()
        let rows = text.split(whereSeparator: \.isNewline)
        // One decoding of the whole file as an array (much quicker at start-up); line by line if a line is bad.
        if let all = try? decoder.decode([Line].self, from: Data(("[" + rows.joined(separator: ",") + "]").utf8)) { return all }
        return rows.compactMap { try? decoder.decode(Line.self, from: Data($0.utf8)) }
    }
}

/// A run of a clause's words that the tagger read as one phrase: its parts, and the queue it names, if any.
struct CueSpan: Sendable {
    var words: ArraySlice<String>
    var parts: CueParts
    /// The queue the words name, when they are a department alias.
    var queue: String?
    /// Another queue the alias may mean (``DepartmentAliases/Alias/alternative``).
    var alternativeQueue: String?
    /// Whether the alias says it is a team ("billing department").
    var isDepartmentLike = false
    /// Whether the span is one word the bot does not know, of letters only: perhaps a name ("can I speak to Laura?").
    var isUnknownWord = false

    var last: String { words.last ?? "" }
}

/// A piece of information the bot may need, and how to extract it from a message.
public struct SlotDefinition: Sendable {
    /// The slot's name (`order_number`).
    public var name: String
    /// How values are found in a message.
    public var extractor: Extractor
    /// The question asking for the slot, per language.
    public var prompt: LocalizedText
    /// The question asking again after an answer that held no value, per language.
    public var reprompt: LocalizedText
    /// Where the slot is defined.
    public var location: SourceLocation

    /// A slot extractor: a built-in entity or a PCRE2 pattern.
    public enum Extractor: Sendable {
        case builtin(BuiltinEntity)
        /// A pattern; the first capture group (or the whole match) is the value.
        case pattern(PCRE2Regex)
    }
}

/// Entities Relevo can extract without a pattern.
public enum BuiltinEntity: String, Sendable, CaseIterable {
    /// 3 to 8 digits, optionally after `#`.
    case orderNumber = "order_number"
    case email
    /// 9 to 15 digits, optionally with `+`, spaces, dots or dashes.
    case phone
    /// ISO `2026-12-19` or `19/12/2026`, returned as ISO.
    case date
}

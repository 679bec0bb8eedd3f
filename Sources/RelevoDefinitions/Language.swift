/// A language code such as `en`, `es` or `ca`.
public struct Language: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let english: Language = "en"
    public static let spanish: Language = "es"
    public static let catalan: Language = "ca"

    public var description: String { rawValue }
    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A text in several languages, and for some of them a formal form: how to say it to a customer who addresses the
/// bot formally (usted in Spanish, vostè in Catalan; see `Register`).
public struct LocalizedText: Sendable, Hashable {
    /// The text for each language.
    public var texts: [Language: String]
    /// The formal form of the text for the languages that have one (`formal:` beside the languages).
    public var formal: [Language: String]

    public init(_ texts: [Language: String], formal: [Language: String] = [:]) {
        self.texts = texts
        self.formal = formal
    }

    /// The text in `language` — its formal form when `formal` and it has one — or in `fallback` when that
    /// language is missing.
    public func text(in language: Language, fallback: Language, formal: Bool = false) -> String {
        if formal, let text = self.formal[language] { return text }
        return texts[language] ?? texts[fallback] ?? texts.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

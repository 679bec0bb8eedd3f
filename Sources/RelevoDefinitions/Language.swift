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

/// A text in several languages.
public struct LocalizedText: Sendable, Hashable {
    /// The text for each language.
    public var texts: [Language: String]

    public init(_ texts: [Language: String]) { self.texts = texts }

    /// The text in `language`, or in `fallback` when that language is missing.
    public func text(in language: Language, fallback: Language) -> String {
        texts[language] ?? texts[fallback] ?? texts.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

import Synchronization

/// A session's dialogue state as a store keeps it: JSON text, and — when it was written or already read in
/// this process — the value itself.
///
/// A turn reads the value and writes a new one. An in-memory store keeps the value and never needs the text;
/// a database store asks for ``json`` when it writes, which encodes the value once, and reads the text back as
/// a state whose value is decoded once, on first use. Copies of a record share what was encoded or decoded.
/// (Measured on `relevo bench --store memory`: encoding the state at every turn took 12–13% of a turn.)
public struct SessionState: Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    private let box: Box

    /// A state read as stored text.
    public init(json: String) {
        box = Box(.init(json: json, value: nil, encode: nil))
    }

    public init(stringLiteral json: String) {
        self.init(json: json)
    }

    /// A state written in this process: `encode` gives its JSON when a store asks for it.
    public init<Value: Sendable>(_ value: Value, encode: @escaping @Sendable (Value) -> String) {
        box = Box(.init(json: nil, value: value, encode: { encode(value) }))
    }

    /// The state as JSON text (encoded on first use when the state was written as a value).
    public var json: String {
        box.contents.withLock { contents in
            if let json = contents.json { return json }
            let json = contents.encode?() ?? "{}"
            contents.json = json
            return json
        }
    }

    /// The state's value of type `Value`: the one it was written with, or `decode(json)` (decoded once per
    /// record read; `nil` when the text does not decode).
    public func value<Value: Sendable>(as type: Value.Type, decode: (String) -> Value?) -> Value? {
        if let value = box.contents.withLock({ $0.value as? Value }) { return value }
        guard let value = decode(json) else { return nil }
        box.contents.withLock { $0.value = value }
        return value
    }

    /// Two states are equal when they are the same record's state or their JSON is.
    public static func == (lhs: SessionState, rhs: SessionState) -> Bool {
        lhs.box === rhs.box || lhs.json == rhs.json
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(json)
    }

    public init(from decoder: any Decoder) throws {
        self.init(json: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(json)
    }

    public var description: String { json }

    private final class Box: Sendable {
        let contents: Mutex<Contents>

        init(_ contents: Contents) {
            self.contents = Mutex(contents)
        }
    }

    private struct Contents: Sendable {
        var json: String?
        var value: (any Sendable)?
        var encode: (@Sendable () -> String)?
    }
}

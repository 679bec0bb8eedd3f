/// The `Encoder` that ``CompactJSONEncoder`` hands to `encode(to:)`: its containers write into the shared
/// ``CompactJSONWriter``.
struct CompactEncoder: Encoder {
    let writer: CompactJSONWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(writer: writer, level: writer.openContainer("{", closer: UInt8(ascii: "}"))))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        Unkeyed(writer: writer, level: writer.openContainer("[", closer: UInt8(ascii: "]")))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(writer: writer) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: CompactJSONWriter
        let level: Int
        var codingPath: [any CodingKey] { [] }

        private func key(_ key: Key) { writer.key(key.stringValue, at: level) }

        mutating func encodeNil(forKey key: Key) throws { self.key(key); writer.out.raw("null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); writer.out.bool(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); writer.out.string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { self.key(key); try writer.number(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { self.key(key); try writer.number(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { self.key(key); writer.number(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { self.key(key); try writer.value(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            self.key(key)
            return CompactEncoder(writer: writer).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key)
            return CompactEncoder(writer: writer).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            writer.key("super", at: level)
            return CompactEncoder(writer: writer)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            self.key(key)
            return CompactEncoder(writer: writer)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: CompactJSONWriter
        let level: Int
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0

        init(writer: CompactJSONWriter, level: Int) {
            self.writer = writer
            self.level = level
        }

        private mutating func next() {
            writer.element(at: level)
            count += 1
        }

        mutating func encodeNil() throws { next(); writer.out.raw("null") }
        mutating func encode(_ value: Bool) throws { next(); writer.out.bool(value) }
        mutating func encode(_ value: String) throws { next(); writer.out.string(value) }
        mutating func encode(_ value: Double) throws { next(); try writer.number(value) }
        mutating func encode(_ value: Float) throws { next(); try writer.number(value) }
        mutating func encode(_ value: Int) throws { next(); writer.number(value) }
        mutating func encode(_ value: Int8) throws { next(); writer.number(value) }
        mutating func encode(_ value: Int16) throws { next(); writer.number(value) }
        mutating func encode(_ value: Int32) throws { next(); writer.number(value) }
        mutating func encode(_ value: Int64) throws { next(); writer.number(value) }
        mutating func encode(_ value: UInt) throws { next(); writer.number(value) }
        mutating func encode(_ value: UInt8) throws { next(); writer.number(value) }
        mutating func encode(_ value: UInt16) throws { next(); writer.number(value) }
        mutating func encode(_ value: UInt32) throws { next(); writer.number(value) }
        mutating func encode(_ value: UInt64) throws { next(); writer.number(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { next(); try writer.value(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            next()
            return CompactEncoder(writer: writer).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            next()
            return CompactEncoder(writer: writer).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            next()
            return CompactEncoder(writer: writer)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let writer: CompactJSONWriter
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { writer.out.raw("null") }
        mutating func encode(_ value: Bool) throws { writer.out.bool(value) }
        mutating func encode(_ value: String) throws { writer.out.string(value) }
        mutating func encode(_ value: Double) throws { try writer.number(value) }
        mutating func encode(_ value: Float) throws { try writer.number(value) }
        mutating func encode(_ value: Int) throws { writer.number(value) }
        mutating func encode(_ value: Int8) throws { writer.number(value) }
        mutating func encode(_ value: Int16) throws { writer.number(value) }
        mutating func encode(_ value: Int32) throws { writer.number(value) }
        mutating func encode(_ value: Int64) throws { writer.number(value) }
        mutating func encode(_ value: UInt) throws { writer.number(value) }
        mutating func encode(_ value: UInt8) throws { writer.number(value) }
        mutating func encode(_ value: UInt16) throws { writer.number(value) }
        mutating func encode(_ value: UInt32) throws { writer.number(value) }
        mutating func encode(_ value: UInt64) throws { writer.number(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
    }
}

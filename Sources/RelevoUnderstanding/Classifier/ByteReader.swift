import Foundation

/// Reads fixed-size values from bytes, refusing to read past the end.
struct ByteReader {
    let data: Data
    var offset = 0

    var isAtEnd: Bool { offset == data.count }

    mutating func read<T: BitwiseCopyable>(_ type: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard data.count - offset >= size else { return nil }
        defer { offset += size }
        return data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    }

    /// An array written as its count (`UInt64`) then its elements.
    mutating func readArray<T: BitwiseCopyable>(_ type: T.Type) -> [T]? {
        guard let count = read(UInt64.self), count <= UInt64(data.count - offset) / UInt64(MemoryLayout<T>.stride) else {
            return nil
        }
        return readValues(type, count: Int(count))
    }

    /// `count` elements.
    mutating func readValues<T: BitwiseCopyable>(_ type: T.Type, count: Int) -> [T]? {
        guard count >= 0, count <= (data.count - offset) / MemoryLayout<T>.stride else { return nil }
        let length = Int(count) * MemoryLayout<T>.stride
        let values = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            data.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
            }
            initialized = Int(count)
        }
        offset += length
        return values
    }
}

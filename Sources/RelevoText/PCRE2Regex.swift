import CPCRE2

/// A compiled PCRE2 pattern (UTF + UCP, JIT when available) with match limits so no pattern can stall a turn.
///
/// The class owns the C handles and frees them in `deinit`. A compiled pattern is immutable and may be
/// matched from several threads at once: every match allocates its own match data.
public final class PCRE2Regex: @unchecked Sendable {
    /// Bounds that every match runs under; a match that reaches one counts as no match.
    public struct Limits: Sendable, Hashable {
        /// Maximum calls of PCRE2's internal match function (backtracking steps).
        public var match: UInt32
        /// Maximum backtracking depth.
        public var depth: UInt32
        /// Maximum heap for backtracking, in KiB.
        public var heapKiB: UInt32

        public init(match: UInt32 = 100_000, depth: UInt32 = 5_000, heapKiB: UInt32 = 20_480) {
            self.match = match
            self.depth = depth
            self.heapKiB = heapKiB
        }
    }

    /// The outcome of one match attempt.
    public enum Outcome: Sendable, Equatable {
        /// The pattern matched; `groups[0]` is the whole match, then each capture group (`nil` if unset).
        case match(groups: [String?])
        case noMatch
        /// A match, depth or heap limit was reached: treated as no match.
        case limitExceeded(PCRE2Error)
    }

    /// The pattern as written.
    public let pattern: String
    /// Whether the pattern was JIT-compiled.
    public let isJITCompiled: Bool
    private let code: OpaquePointer
    private let matchContext: OpaquePointer

    /// Compiles `pattern`; matching is caseless unless `caseless` is false.
    ///
    /// - Throws: ``PCRE2Error`` with PCRE2's own message and the offset in the pattern.
    public init(_ pattern: String, caseless: Bool = true, limits: Limits = Limits()) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        var options = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP)
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        let compiled = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) { bytes in
                pcre2_compile_8(bytes, buffer.count - 1, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PCRE2Error(code: errorCode, offset: errorOffset)
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            throw PCRE2Error(code: Int32(PCRE2_ERROR_NOMEMORY), offset: nil)
        }
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        pcre2_set_heap_limit_8(context, limits.heapKiB)
        self.pattern = pattern
        self.code = compiled
        self.matchContext = context
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// Matches the pattern once against `text`.
    public func match(_ text: String) -> Outcome {
        guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else {
            return .limitExceeded(PCRE2Error(code: Int32(PCRE2_ERROR_NOMEMORY), offset: nil))
        }
        defer { pcre2_match_data_free_8(matchData) }
        var utf8 = Array(text.utf8)
        let length = utf8.count
        utf8.append(0)
        let result = utf8.withUnsafeBufferPointer { subject in
            pcre2_match_8(code, subject.baseAddress, length, 0, 0, matchData, matchContext)
        }
        if result == Int32(PCRE2_ERROR_NOMATCH) { return .noMatch }
        do {
            _ = try PCRE2Error.check(result)
        } catch {
            return .limitExceeded(error)
        }
        let pairs = Int(pcre2_get_ovector_count_8(matchData))
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        var groups: [String?] = []
        groups.reserveCapacity(pairs)
        for index in 0..<pairs {
            let start = ovector[2 * index]
            let end = ovector[2 * index + 1]
            if start == PCRE2Error.unset || end < start {
                groups.append(nil)
            } else {
                groups.append(String(decoding: utf8[start..<end], as: UTF8.self))
            }
        }
        return .match(groups: groups)
    }

    /// Whether the pattern matches somewhere in the UTF-8 `subject`, without capturing: no copy of the text, and
    /// the caller's match data reused across patterns. A limit is reported as a failure.
    package func test(_ subject: UnsafeBufferPointer<UInt8>, using matchData: PCRE2MatchData) -> Result<Bool, PCRE2Error> {
        handle.test(subject, using: matchData)
    }

    /// The compiled pattern's C handles, valid while this regex is alive: for a loop over many patterns that
    /// keeps the regexes alive itself and should not retain each one per match.
    package var handle: Handle { Handle(code: code, matchContext: matchContext) }

    /// The C handles of a compiled pattern, borrowed from a ``PCRE2Regex`` that the holder keeps alive.
    ///
    /// Matching through these instead of the class saves a retain and a release per pattern and turn: the
    /// default bot tries about 60 patterns a turn, and `relevo bench --store memory` went from
    /// 49,500 to 51,400 turns/s with them (retains were 4% of the turn inside the pattern loop).
    package struct Handle: @unchecked Sendable {
        let code: OpaquePointer
        let matchContext: OpaquePointer

        /// See ``PCRE2Regex/test(_:using:)``.
        package func test(_ subject: UnsafeBufferPointer<UInt8>, using matchData: PCRE2MatchData) -> Result<Bool, PCRE2Error> {
            let result = pcre2_match_8(code, subject.baseAddress ?? UnsafePointer(bitPattern: 1), subject.count, 0, 0,
                                       matchData.pointer, matchContext)
            // 0: matched, with more groups than the match data has room for.
            if result >= 0 { return .success(true) }
            if result == Int32(PCRE2_ERROR_NOMATCH) { return .success(false) }
            return .failure(PCRE2Error(code: result, offset: nil))
        }
    }

    /// Every non-overlapping match of the pattern in `text`, as ranges of the whole match (stops at a limit).
    public func matchRanges(in text: String) -> [Range<String.Index>] {
        guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else { return [] }
        defer { pcre2_match_data_free_8(matchData) }
        let utf8 = Array(text.utf8)
        var ranges: [Range<String.Index>] = []
        var start = 0
        while start <= utf8.count {
            let result = utf8.withUnsafeBufferPointer { subject in
                pcre2_match_8(code, subject.baseAddress ?? UnsafePointer(bitPattern: 1), utf8.count, start, 0, matchData, matchContext)
            }
            guard result >= 0 else { break }
            let ovector = pcre2_get_ovector_pointer_8(matchData)!
            let (from, to) = (ovector[0], ovector[1])
            if let lower = String.Index(utf8Offset: from, in: text), let upper = String.Index(utf8Offset: to, in: text) {
                ranges.append(lower..<upper)
            }
            start = to > from ? to : to + 1
        }
        return ranges
    }

    /// Whether the pattern matches somewhere in `text` (a limit counts as no match).
    public func matches(_ text: String) -> Bool {
        if case .match = match(text) { return true }
        return false
    }
}

/// Room for one match's offsets, reused by ``PCRE2Regex/test(_:using:)`` calls on one thread.
package final class PCRE2MatchData {
    let pointer: OpaquePointer

    /// Match data for the whole match only (no capture groups); `nil` when out of memory.
    package init?() {
        guard let pointer = pcre2_match_data_create_8(1, nil) else { return nil }
        self.pointer = pointer
    }

    deinit {
        pcre2_match_data_free_8(pointer)
    }
}

/// An error reported by PCRE2: its code, its own message and, for compile errors, the offset in the pattern.
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// PCRE2's error code (negative for match errors, positive for compile errors).
    public var code: Int32
    /// PCRE2's message for the code.
    public var message: String
    /// For compile errors, the offset in the pattern where the problem was found.
    public var offset: Int?

    init(code: Int32, offset: Int?) {
        self.code = code
        self.offset = offset
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        self.message = length > 0 ? String(decoding: buffer[0..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }

    /// Whether the error is a match, depth or heap limit.
    public var isLimit: Bool {
        [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT]
            .map { Int32($0) }.contains(code)
    }

    public var description: String {
        if let offset { return "\(message) at offset \(offset)" }
        return message
    }

    static let unset = ~Int(0)

    /// Turns a negative PCRE2 return code into a thrown error; returns non-negative codes.
    static func check(_ result: Int32) throws(PCRE2Error) -> Int32 {
        guard result < 0 else { return result }
        throw PCRE2Error(code: result, offset: nil)
    }
}

extension String.Index {
    /// The index at a UTF-8 offset, if it falls on a character boundary.
    init?(utf8Offset: Int, in text: String) {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset, limitedBy: text.utf8.endIndex)
        guard let index, let aligned = index.samePosition(in: text.unicodeScalars) else { return nil }
        self = aligned
    }
}

import Foundation

extension HandoffPacket {
    /// The compact JSON form, written by hand (it carries the whole transcript and is written at every
    /// handoff): sorted keys, ISO 8601 dates in UTC, the same form `Codable` reads.
    func compactJSON() -> String {
        var out = JSONText(capacity: 1_024 + transcript.reduce(0) { $0 + $1.text.utf8.count + 96 })
        out.raw("{\"channel\":"); out.string(channel)
        out.raw(",\"channels\":[")
        for (index, name) in channels.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(name)
        }
        out.raw("],\"createdAt\":"); out.string(Self.iso8601(createdAt))
        out.raw(",\"customer\":"); out.string(customer)
        if let earlierMessages { out.raw(",\"earlierMessages\":"); out.integer(earlierMessages) }
        if let firstTurn { out.raw(",\"firstTurn\":"); out.integer(firstTurn) }
        out.raw(",\"frustrationLevel\":"); out.integer(frustrationLevel)
        out.raw(",\"identityVerified\":"); out.bool(identityVerified)
        if let intent { out.raw(",\"intent\":"); out.string(intent) }
        out.raw(",\"language\":"); out.string(language.rawValue)
        if let lastTurn { out.raw(",\"lastTurn\":"); out.integer(lastTurn) }
        out.raw(",\"priority\":"); out.string(priority.rawValue)
        out.raw(",\"queue\":"); out.string(queue)
        out.raw(",\"reason\":"); out.string(reason.rawValue)
        out.raw(",\"slots\":[")
        for (index, slot) in slots.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"name\":"); out.string(slot.name)
            out.raw(",\"turn\":"); out.integer(slot.turn)
            out.raw(",\"value\":"); out.string(slot.value)
            out.raw("}")
        }
        out.raw("],\"summary\":"); out.string(summary)
        out.raw(",\"ticket\":"); out.string(ticket)
        out.raw(",\"transcript\":[")
        for (index, message) in transcript.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"at\":"); out.string(Self.iso8601(message.at))
            out.raw(",\"channel\":"); out.string(message.channel)
            out.raw(",\"role\":"); out.string(message.role.rawValue)
            out.raw(",\"text\":"); out.string(message.text)
            out.raw(",\"turn\":"); out.integer(message.turn)
            out.raw("}")
        }
        out.raw("],\"version\":"); out.integer(version)
        out.raw("}")
        return out.text
    }

    /// `2026-01-05T09:00:00Z`: whole seconds, UTC.
    static func iso8601(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func digits(_ value: Int32, _ count: Int) {
            var divisor: Int32 = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(parts.tm_year + 1900, 4); bytes.append(UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2); bytes.append(UInt8(ascii: "-"))
        digits(parts.tm_mday, 2); bytes.append(UInt8(ascii: "T"))
        digits(parts.tm_hour, 2); bytes.append(UInt8(ascii: ":"))
        digits(parts.tm_min, 2); bytes.append(UInt8(ascii: ":"))
        digits(parts.tm_sec, 2); bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Foundation

extension HandoffPacket {
    /// The compact JSON form, written by hand (it carries the whole transcript and is written at every
    /// handoff): sorted keys, ISO 8601 dates in UTC, the same form `Codable` reads.
    func compactJSON() -> String {
        var out = "{"
        var first = true
        func key(_ name: String) {
            if !first { out += "," }
            first = false
            out += "\"" + name + "\":"
        }
        func string(_ value: String) { JSONText.appendString(value, to: &out) }
        key("channel"); string(channel)
        key("channels"); out += "["
        for (index, name) in channels.enumerated() {
            if index > 0 { out += "," }
            string(name)
        }
        out += "]"
        key("createdAt"); string(Self.iso8601(createdAt))
        key("customer"); string(customer)
        key("frustrationLevel"); out += String(frustrationLevel)
        key("identityVerified"); out += identityVerified ? "true" : "false"
        if let intent { key("intent"); string(intent) }
        key("language"); string(language.rawValue)
        key("priority"); string(priority.rawValue)
        key("queue"); string(queue)
        key("reason"); string(reason.rawValue)
        key("slots"); out += "["
        for (index, slot) in slots.enumerated() {
            if index > 0 { out += "," }
            out += "{\"name\":"; string(slot.name)
            out += ",\"turn\":" + String(slot.turn)
            out += ",\"value\":"; string(slot.value)
            out += "}"
        }
        out += "]"
        key("summary"); string(summary)
        key("ticket"); string(ticket)
        key("transcript"); out += "["
        for (index, message) in transcript.enumerated() {
            if index > 0 { out += "," }
            out += "{\"at\":"; string(Self.iso8601(message.at))
            out += ",\"channel\":"; string(message.channel)
            out += ",\"role\":"; string(message.role.rawValue)
            out += ",\"text\":"; string(message.text)
            out += ",\"turn\":" + String(message.turn)
            out += "}"
        }
        out += "]"
        key("version"); out += String(version)
        return out + "}"
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

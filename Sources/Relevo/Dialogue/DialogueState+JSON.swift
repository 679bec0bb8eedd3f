extension DialogueState {
    /// The state as JSON, written by hand (it is written on every turn): the same form `Codable` reads,
    /// keys sorted.
    var json: String {
        var out = "{"
        func key(_ name: String) { out += (out.utf8.count > 1 ? "," : "") + "\"" + name + "\":" }
        func string(_ value: String) { JSONText.appendString(value, to: &out) }
        key("awaitingCallback"); out += awaitingCallback ? "true" : "false"
        key("channels"); out += "["
        for (index, channel) in channels.enumerated() {
            if index > 0 { out += "," }
            string(channel)
        }
        out += "]"
        key("consecutiveNotUnderstood"); out += String(consecutiveNotUnderstood)
        key("frustrationLevel"); out += String(frustrationLevel)
        key("hasAnswered"); out += hasAnswered ? "true" : "false"
        key("identityVerified"); out += identityVerified ? "true" : "false"
        if let language { key("language"); string(language.rawValue) }
        if let lastIntent { key("lastIntent"); string(lastIntent) }
        if let lastMessage { key("lastMessage"); string(lastMessage) }
        key("mode")
        switch mode {
        case .idle: out += "{\"idle\":{}}"
        case .closed: out += "{\"closed\":{}}"
        case .confirming(let intent):
            out += "{\"confirming\":{\"intent\":"; string(intent); out += "}}"
        case .fillingSlot(let intent, let slot):
            out += "{\"fillingSlot\":{\"intent\":"; string(intent); out += ",\"slot\":"; string(slot); out += "}}"
        case .waitingForHuman(let ticket):
            out += "{\"waitingForHuman\":{\"ticket\":"; string(ticket); out += "}}"
        }
        key("slotPrompts"); out += "{"
        for (index, name) in slotPrompts.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            string(name)
            out += ":" + String(slotPrompts[name]!)
        }
        out += "}"
        key("totalNotUnderstood"); out += String(totalNotUnderstood)
        return out + "}"
    }
}

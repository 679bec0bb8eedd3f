extension DialogueState {
    /// The state as compact JSON (written on every turn): its `Codable` form by ``CompactJSONEncoder``.
    package var json: String {
        // Cannot throw: the state has no floating-point members.
        try! CompactJSONEncoder().encode(self, capacity: 320)
    }

    /// Reads a stored state; members added by later versions take their defaults when absent.
    package static func decode(_ json: String) -> DialogueState? {
        try? LenientJSONDecoder().decode(DialogueState.self, from: json, defaults: DialogueState())
    }
}

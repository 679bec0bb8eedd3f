import Foundation

/// Writes a bot of `intents` generated intents (plus a request for a person and an order-tracking flow), in
/// English, Spanish and Catalan, to show how the engine's cost grows with the size of a bot. The same count
/// gives the same bot.
enum SyntheticBot {
    static let vocabulary = [
        "account", "bill", "router", "parcel", "refund", "invoice", "password", "delivery", "contract", "roaming",
        "upgrade", "coverage", "fibre", "mobile", "tariff", "discount", "warranty", "exchange", "return", "voucher",
        "points", "address", "payment", "card", "transfer", "signal", "speed", "modem", "sim", "data", "minutes",
        "store", "shipping", "tracking", "label", "pickup", "locker", "courier", "damage", "repair", "battery",
        "screen", "charger", "cable", "tv", "channel", "decoder", "remote", "subscription", "streaming",
    ]

    /// Creates the bot's files in a new temporary folder and returns its path.
    static func write(intents count: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relevo-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let defaultBot = try String(contentsOfFile: "Intents/bot.yaml", encoding: .utf8)
        try defaultBot.write(to: folder.appendingPathComponent("bot.yaml"), atomically: true, encoding: .utf8)
        for file in ["slots.yaml", "support.yaml", "orders.yaml", "smalltalk.yaml"] {
            let text = try String(contentsOfFile: "Intents/" + file, encoding: .utf8)
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        // Seeded: the same bot every run, so that its trained model is found in the model cache.
        var generator = SplitMix64(seed: UInt64(count))
        var yaml = "intents:\n"
        var used = Set<String>()
        for index in 0..<count {
            yaml += "  generated_\(index):\n    examples:\n"
            for language in ["en", "es", "ca"] {
                var examples: [String] = []
                while examples.count < 6 {
                    let words = (0..<4).map { _ in vocabulary.randomElement(using: &generator)! }
                    let example = "\(language) \(index) " + words.joined(separator: " ")
                    if used.insert(example).inserted { examples.append(example) }
                }
                yaml += "      \(language): [\(examples.joined(separator: ", "))]\n"
            }
            yaml += "    response: {en: \"Answer \(index).\", es: \"Respuesta \(index).\", ca: \"Resposta \(index).\"}\n"
        }
        try yaml.write(to: folder.appendingPathComponent("generated.yaml"), atomically: true, encoding: .utf8)
        return folder.path
    }
}

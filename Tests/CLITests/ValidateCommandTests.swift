import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func defaultBotIsCleanWithOneLineSummary() throws {
        let output = try CLI.run(["validate"])
        #expect(output.status == 0)
        #expect(output.lines.count == 1)
        #expect(output.stdout.hasPrefix("Intents: OK: 16 intents, "))
        #expect(output.stdout.hasSuffix("3 slots, 5 queues, languages en, es, ca\n"))
    }

    @Test func problemsArePrintedOnePerLineLikeACompiler() throws {
        let folder = try CLI.temporaryDirectory()
        let bot = folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bot, withIntermediateDirectories: true)
        try """
            languages: [en]
            policy:
              max_consecutive_not_understood: 7
            queues:
              general: {intents: [nope], timezone: Europe/Madrid, hours: {daily: "08:00-22:00"}}
            intents:
              talk_to_human:
                requests_human: true
                patterns: ['(agent']
            """.write(to: bot.appendingPathComponent("bot.yaml"), atomically: true, encoding: .utf8)
        let output = try CLI.run(["validate", "--bot", "bad"], in: folder)
        #expect(output.status == 1)
        let path = "bad/bot.yaml"
        #expect(output.lines.contains("\(path):3:35: error: policy 'max_consecutive_not_understood' must be from 1 to 3: handoff thresholds can be tightened, never switched off (got 7)"))
        #expect(output.lines.contains("\(path):5:23: error: queue 'general' lists unknown intent 'nope'"))
        #expect(output.lines.contains("\(path):9:23: error: invalid pattern in intent 'talk_to_human': missing closing parenthesis at offset 6"))
        #expect(output.lines.allSatisfy { $0.hasPrefix(path + ":") && $0.contains(": error: ") })
    }

    /// The default bot, copied to a new folder with its `bot.yaml` changed by `change`; returns the folder and the
    /// changed file's lines.
    func defaultBot(changing change: (String) -> String) throws -> (folder: URL, lines: [Substring]) {
        let folder = try CLI.temporaryDirectory()
        let bot = folder.appendingPathComponent("bot")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Intents"), to: bot)
        let file = bot.appendingPathComponent("bot.yaml")
        let yaml = change(try String(contentsOf: file, encoding: .utf8))
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return (folder, yaml.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func aLimitThatStopsRequestsAndAQueueThatNeverOpensAreRefused() throws {
        let (folder, lines) = try defaultBot {
            $0.replacingOccurrences(of: "max_message_length: 2000", with: "max_message_length: 20")
                .replacingOccurrences(of: #"hours: {mon-fri: "09:00-18:00", sat-sun: closed}"#, with: "hours: {mon-fri: closed, sat-sun: closed}")
        }
        let limit = try #require(lines.firstIndex { $0.hasPrefix("  max_message_length: 20 ") }) + 1
        let hours = try #require(lines.firstIndex { $0.contains("hours: {mon-fri: closed, sat-sun: closed}") }) + 1
        let output = try CLI.run(["validate", "--bot", "bot"], in: folder)
        #expect(output.status == 1)
        #expect(output.lines == [
            "bot/bot.yaml:\(limit):23: error: policy 'max_message_length' must be from 500 to 100000: handoff thresholds can be tightened, never switched off (got 20)",
            "bot/bot.yaml:\(hours):12: error: queue 'billing' never opens: its hours are closed every day, so no handoff to it would reach a person (give it opening hours)",
        ])
    }

    @Test func aDuplicateKeyIsOneLine() throws {
        let (folder, lines) = try defaultBot { $0.replacingOccurrences(of: "  default_queue: general", with: "  default_queue: general\n  default_queue: orders") }
        let line = try #require(lines.firstIndex { $0 == "  default_queue: orders" }) + 1
        let output = try CLI.run(["validate", "--bot", "bot"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "bot/bot.yaml:\(line):3: error: duplicate key 'default_queue' (first at line \(line - 1))\n")
    }

    @Test func aMissingFolderIsAnError() throws {
        let output = try CLI.run(["validate", "--bot", "/nonexistent/bot"])
        #expect(output.status == 1)
        #expect(output.stdout == "/nonexistent/bot:1:1: error: no definitions directory here\n")
    }
}

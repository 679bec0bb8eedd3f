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

    @Test func aMissingFolderIsAnError() throws {
        let output = try CLI.run(["validate", "--bot", "/nonexistent/bot"])
        #expect(output.status == 1)
        #expect(output.stdout == "/nonexistent/bot:1:1: error: no definitions directory here\n")
    }
}

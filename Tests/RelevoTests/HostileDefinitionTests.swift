import Foundation
import Logging
import Testing
@testable import RelevoText
@testable import RelevoDefinitions
@testable import RelevoUnderstanding
@testable import RelevoDialogue
@testable import RelevoHandoff
@testable import Relevo
@testable import RelevoSQLite
@testable import RelevoTesting

/// Hostile definitions are refused with a clear error — never a hang or a crash — and a pattern that hits a
/// PCRE2 limit counts as no match and is logged with its intent and file position.
@Suite struct HostileDefinitionTests {
    func errors(_ yaml: String) throws -> [String] {
        try TestSupport.definitionErrors(["bot.yaml": yaml])
    }

    @Test func anAliasBombIsRefused() throws {
        var lines = ["languages: [en]", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        #expect(try errors(lines.joined(separator: "\n")) == [
            "bot.yaml:1:1: error: the YAML expands to more than 500000 values (aliases repeating aliases?); definitions must be plain",
        ])
    }

    @Test func deepNestingIsRefused() throws {
        #expect(try errors("languages: [en]\nx: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) == [
            "bot.yaml:1:1: error: the YAML nests deeper than 64 levels",
        ])
        let lines = try errors("languages: [en]\nx: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000))
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix("error: the YAML nests deeper than libyaml's limit") == true)
    }

    @Test func aHugeFileIsRefusedBeforeReading() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder.appendingPathComponent("bot.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(("# " + String(repeating: "x", count: 1021) + "\n").utf8)
        for _ in 0..<(50 * 1024) { handle.write(chunk) }
        try handle.close()
        do {
            _ = try Bot.load(directory: folder.path)
            Issue.record("a 50 MB file was accepted")
        } catch let errors as DefinitionErrors {
            #expect(errors.errors.map(\.message) == ["file is 50.0 MB; a definition file may be at most 5 MB"])
        }
    }

    @Test func aPatternThatHitsALimitIsNoMatchAndIsLogged() async throws {
        let folder = try TestSupport.temporaryDirectory()
        let messages = MessageKey.allCases.map { "  \($0.rawValue): {en: \"x\"}" }.joined(separator: "\n")
        try """
            languages: [en]
            policy: {max_message_length: 20000}
            queues:
              general: {intents: [talk_to_human], timezone: Europe/Madrid, hours: {daily: "00:00-24:00"}}
            messages:
            \(messages)
            """.write(to: folder.appendingPathComponent("bot.yaml"), atomically: true, encoding: .utf8)
        try """
            intents:
              slow:
                patterns: ['([ab]+)+$']
                response: {en: slow}
              talk_to_human:
                requests_human: true
                patterns: ['agent']
            """.write(to: folder.appendingPathComponent("intents.yaml"), atomically: true, encoding: .utf8)
        let bot = try Bot.load(directory: folder.path)
        let capture = LogCapture()
        var logger = Logger(label: "capture") { _ in CapturingLogHandler(capture: capture) }
        logger.logLevel = .warning
        let engine = try Engine(bot: bot, clock: ManualClock(TestSupport.monday), ids: SequentialIDGenerator(), logger: logger)
        // Two letters in turn: a letter held down ("aaaa") is read as typed once before patterns run.
        let reply = try await engine.say(String(repeating: "ab", count: 5_000) + "!")
        #expect(reply.match.intent == nil)
        #expect(capture.text.contains("pattern hit a PCRE2 limit; counted as no match"))
        #expect(capture.text.contains("slow"))
        #expect(capture.text.contains("intents.yaml:3:"))
    }
}

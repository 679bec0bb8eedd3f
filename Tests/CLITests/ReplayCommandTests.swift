import Foundation
import Testing

@Suite struct ReplayCommandTests {
    @Test func theDefaultTranscriptsAllPass() throws {
        let output = try CLI.run(["replay", "Transcripts"])
        #expect(output.status == 0)
        #expect(output.lines.dropLast().allSatisfy { $0.hasPrefix("PASS Transcripts/") })
        #expect(output.lines.last?.hasSuffix(" passed, 0 failed") == true)
    }

    @Test func failuresArePrintedWithTheLineAndExitOne() throws {
        let folder = try CLI.temporaryDirectory()
        try "> hola\n= intent greeting\n= handoff\n".write(to: folder.appendingPathComponent("a.transcript"), atomically: true, encoding: .utf8)
        try "> where is my order\n<~ order number\n".write(to: folder.appendingPathComponent("b.transcript"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["replay", "--bot", CLI.root.appendingPathComponent("Intents").path, folder.path])
        #expect(run.status == 1)
        #expect(run.lines == [
            "FAIL \(folder.path)/a.transcript:3: expected a handoff, got no handoff",
            "PASS \(folder.path)/b.transcript",
            "1 passed, 1 failed",
        ])
    }

    @Test func aMissingPathIsAnError() throws {
        let output = try CLI.run(["replay", "no-such-folder"])
        #expect(output.status == 1)
        #expect(output.stderr == "error: no-such-folder: no such file or folder\n")
    }
}

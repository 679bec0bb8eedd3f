import Foundation
import Logging
import Relevo
import RelevoTesting
import Testing

/// Replays every `Transcripts/*.transcript` file, one test case per file.
@Suite struct TranscriptReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var files: [String] {
        let folder = root.appendingPathComponent("Transcripts").path
        return ((try? TranscriptReplayer.files(in: [folder])) ?? []).map { ($0 as NSString).lastPathComponent }
    }

    static let replayer = TranscriptReplayer(
        bot: try! Bot.load(directory: root.appendingPathComponent("Intents").path),
        logger: Logger(label: "relevo.tests") { _ in SwiftLogNoOpLogHandler() })

    @Test func thereAreTranscripts() {
        #expect(Self.files.count >= 15)
    }

    @Test(arguments: files)
    func replays(_ name: String) async {
        let path = Self.root.appendingPathComponent("Transcripts").appendingPathComponent(name).path
        let result = await Self.replayer.replay(file: path)
        #expect(result.passed, "\(result)")
    }
}

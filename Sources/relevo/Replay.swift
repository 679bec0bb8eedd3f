import ArgumentParser
import Relevo
import RelevoSQLite
import RelevoTesting

struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay transcripts as tests against a fresh in-memory store with a deterministic clock.",
        discussion: "Prints PASS path or FAIL path:line: expected …, got … per file, then 'N passed, N failed'. Exits 1 on any failure."
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var logOptions: LogOptions

    @Argument(help: ArgumentHelp("Transcript files or folders of *.transcript files.", valueName: "path"))
    var paths: [String] = ["Transcripts"]

    func run() async throws {
        let bot = try botOptions.load()
        let files: [String]
        do {
            files = try TranscriptReplayer.files(in: paths)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        let replayer = TranscriptReplayer(bot: bot, actions: DemoActionHandler(), modelCache: botOptions.cache,
                                          logger: logOptions.logger("relevo.replay"))
        var failed = 0
        for file in files {
            let result = await replayer.replay(file: file)
            if !result.passed { failed += 1 }
            Console.print("\(result)")
        }
        Console.print("\(files.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

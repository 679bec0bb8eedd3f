import ArgumentParser
import Foundation
import Relevo
import RelevoSQLite
import RelevoTesting

struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chat with a bot on standard input: a prompt on a terminal, or piped lines read to end of input.",
        discussion: """
            Each reply is printed as 'bot> text' (a person's as 'agent> text'); a handoff also prints \
            '[handoff] ticket T queue Q reason R'. The conversation is stored in --db, so running again with the \
            same --customer continues it, on any --channel.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var logOptions: LogOptions

    @Option(help: "The customer's id: the same id continues the same conversation.")
    var customer: String = "local-customer"

    @Option(help: "The channel the messages come from (chat, sms, web, …).")
    var channel: String = "chat"

    @Option(help: ArgumentHelp("Write the session as a transcript to this file (replays with 'relevo replay').", valueName: "file"))
    var record: String?

    @Flag(help: "Record card numbers, IBANs, security codes, expiry dates, emails and phone numbers as written (by default they are replaced by stand-ins).")
    var noRedact = false

    func validate() throws {
        try Identifier.validate(customer, .customer, option: "--customer")
        try Identifier.validate(channel, .channel, option: "--channel")
        if let record, FileManager.default.fileExists(atPath: record), !FileManager.default.isWritableFile(atPath: record) {
            throw ValidationError("cannot write the transcript to '\(record)'")
        }
    }

    func run() async throws {
        // Past a file-size limit, writes fail with an error instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        let bot = try botOptions.load()
        let clock = try OffsetClock.fromEnvironment()
        let engine = try Engine(bot: bot, store: try storeOptions.open(), clock: clock, actions: DemoActionHandler(), modelCache: botOptions.cache,
                                logger: logOptions.logger("relevo.chat"))
        let interactive = Console.inputIsTerminal
        let output = ChatOutput(engine: engine, customer: customer)
        var recorder = record.map { _ in TranscriptRecorder(customer: customer, channel: channel, redact: !noRedact) }
        if let open = try await engine.openTicket(customer: customer) { recorder?.markVolatile(open.number) }
        if interactive {
            Console.print("Relevo: chatting as '\(customer)' on \(channel) with the bot in '\(botOptions.bot)'. Ask for a person at any time. Ctrl-D ends.")
        }
        // What an agent wrote while the customer was away, then anything an agent writes while chatting.
        try await output.showUnseen()
        let poller = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                try? await output.showNew(prompt: interactive)
            }
        }
        defer { poller.cancel() }
        for await line in Self.standardInputLines() {
            let now = clock.now()
            let reply: Reply
            do {
                reply = try await output.send(IncomingMessage(customer: customer, channel: channel, text: line))
            } catch {
                // Storage is broken (disk full, database read-only or locked too long): say so once and stop,
                // rather than answering what cannot be kept.
                Console.error("error: this message could not be stored, so it was not answered: \(StoreError.describe(error))")
                throw ExitCode(1)
            }
            if recorder != nil, let record {
                recorder!.record(message: line, at: now, reply: reply)
                try writeRecording(recorder!, to: record)
            }
            if interactive { Console.prompt() }
        }
        if let recorder, let record { try writeRecording(recorder, to: record) }
        if interactive { Console.print("") }
    }

    /// Lines of standard input, read on their own thread so that agents' messages can print meanwhile.
    static func standardInputLines() -> AsyncStream<String> {
        AsyncStream { continuation in
            let thread = Thread {
                if Console.inputIsTerminal { Console.prompt() }
                while let line = readLine() { continuation.yield(line) }
                continuation.finish()
            }
            thread.start()
        }
    }

    private func writeRecording(_ recorder: TranscriptRecorder, to path: String) throws {
        do {
            try recorder.text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Console.error("error: cannot write the transcript to '\(path)': \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

import Foundation

/// Runs the built `relevo` executable and captures what it prints.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `relevo` binary beside the test bundle (same build configuration).
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("relevo")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/relevo")
    }

    /// The environment of every command the tests run: the clock moved to Monday 5 January 2026, 10:00 in
    /// Madrid (queues open) when the test run started, and running from there, the same in every process.
    static let environment: [String: String] = {
        let monday = Date(timeIntervalSince1970: 1_767_603_600)
        return ProcessInfo.processInfo.environment.merging(["RELEVO_CLOCK_OFFSET": String(monday.timeIntervalSinceNow)]) { $1 }
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// Runs `relevo arguments…` in `directory` (the package root by default) with `input` on standard input.
    static func run(_ arguments: [String], input: Data = Data(), in directory: URL = root) throws -> Output {
        try runCommand(executable.path, arguments, input: input, in: directory)
    }

    /// Runs any program with `input` on standard input.
    static func runCommand(_ program: String, _ arguments: [String], input: String, in directory: URL = root) throws -> Output {
        try runCommand(program, arguments, input: Data(input.utf8), in: directory)
    }

    static func runCommand(_ program: String, _ arguments: [String], input: Data, in directory: URL = root,
                           environment: [String: String] = CLI.environment) throws -> Output {
        let process = Process()
        process.environment = environment
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func run(_ arguments: [String], input: String, in directory: URL = root) throws -> Output {
        try run(arguments, input: Data(input.utf8), in: directory)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relevo-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

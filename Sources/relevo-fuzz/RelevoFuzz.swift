import Foundation

#if FUZZING
// Built with `swift build -c release --product relevo-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer
// -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xlinker --allow-multiple-definition`. SwiftPM renames an
// executable's `main` to `relevo_fuzz_main`; defining it to start libFuzzer's driver (and the usual entry point
// for libFuzzer's own `main`) makes either `main` run the fuzzer, with libFuzzer's usual options.
let harness = FuzzHarness()

@_cdecl("LLVMFuzzerTestOneInput")
public func relevoFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    harness.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("relevo_fuzz_main")
public func relevoFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in relevoFuzzOneInput(data, size) }
}
#else
/// Without libFuzzer: replays the given corpus files (or standard input) through the same harness.
@main
struct RelevoFuzz {
    static func main() {
        let harness = FuzzHarness()
        let paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty {
            harness.run(Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("relevo-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            harness.run(Array(data))
        }
        print("relevo-fuzz: \(max(paths.count, 1)) input(s), no failure")
    }
}
#endif

import Logging
import Testing
import Relevo

/// The log cannot be driven or forged by what customers write: messages and metadata are escaped.
@Suite struct EscapingLogHandlerTests {
    @Test func messagesAndMetadataAreEscaped() {
        let capture = LogCapture()
        var logger = Logger(label: "t") { _ in EscapingLogHandler(CapturingLogHandler(capture: capture)) }
        logger[metadataKey: "host"] = "a\u{1B}[2J"
        logger.debug("turn \("x\ny")", metadata: [
            "customer": "ana\n2026-01-05 forged line", "list": ["\u{1B}]0;t\u{7}"], "map": ["k": "\r"], "n": .stringConvertible(4),
        ])
        #expect(!capture.text.unicodeScalars.contains { $0.value < 0x20 }, "one line, no control character: \(capture.text)")
        #expect(capture.text.hasPrefix(#"debug turn x\ny "#))
        #expect(capture.text.contains(#"ana\n2026-01-05 forged line"#))
        #expect(logger[metadataKey: "host"] == .string(#"a\e[2J"#))
    }
}

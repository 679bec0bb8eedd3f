import Logging

/// A log handler that escapes every message and metadata value with ``TerminalText/escape(_:)`` before passing
/// it on: a customer id, a message or an error that carries an escape sequence or a line break cannot drive the
/// terminal that shows the log or forge a log line. `relevo --log-level` logs through it; hosts can wrap their
/// own handler the same way.
public struct EscapingLogHandler: LogHandler {
    private var wrapped: any LogHandler

    /// Escapes what `wrapped` is given.
    public init(_ wrapped: any LogHandler) {
        self.wrapped = wrapped
    }

    public var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    public var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue.mapValues(Self.escape) }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue.map(Self.escape) }
    }

    public func log(event: LogEvent) {
        var event = event
        event.message = "\(TerminalText.escape(event.message.description))"
        var metadata = event.metadata?.mapValues(Self.escape)
        if let error = event.error {
            metadata = (metadata ?? [:]).merging(["error": .string(TerminalText.escape("\(error)"))]) { old, _ in old }
            event.error = nil
        }
        event.metadata = metadata
        wrapped.log(event: event)
    }

    static func escape(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(TerminalText.escape(text))
        case .stringConvertible(let convertible): .string(TerminalText.escape(convertible.description))
        case .array(let values): .array(values.map(escape))
        case .dictionary(let values): .dictionary(values.mapValues(escape))
        }
    }
}

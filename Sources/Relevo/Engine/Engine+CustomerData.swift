import Foundation

/// Why a purge cannot run.
public struct RetentionError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// No number of days was given and the bot's policy sets no `retention_days`.
        case noRetention = "no_retention"
        /// A negative number of days.
        case invalidDays = "invalid_days"
    }

    public var code: Code
    public var message: String
    public var description: String { message }
}

extension ConversationStore {
    /// Removes the closed conversations last active more than `days` days before `now` (see
    /// ``purge(before:at:)``).
    public func purge(olderThan days: Int, now: Date) async throws -> ErasureRecord {
        guard days >= 0 else { throw RetentionError(code: .invalidDays, message: "a retention must be 0 days or more (got \(days))") }
        return try await purge(before: now.addingTimeInterval(-Double(days) * 86_400), at: now)
    }
}

extension Engine {
    /// Everything stored about `customer`: sessions and their messages, slots, tickets and their packets (see
    /// ``CustomerData/rendered(timeZone:)`` and ``CustomerData/json(pretty:)``).
    public func export(customer: String) async throws -> CustomerData {
        try await serialized(customer: customer) { engine in try await engine.store.customerData(customer: customer) }
    }

    /// Removes everything stored about `customer`, open tickets too, after any message of theirs being processed;
    /// the erasure is recorded with its time and counts only.
    @discardableResult
    public func erase(customer: String) async throws -> ErasureRecord {
        try await serialized(customer: customer) { engine in
            let erasure = try await engine.store.erase(customer: customer, at: engine.clock.now())
            return erasure
        }
    }

    /// Removes closed conversations (no open ticket) last active more than `days` days ago — by default the
    /// bot's `retention_days`.
    ///
    /// - Throws: ``RetentionError`` when no days are given and the bot sets no retention.
    @discardableResult
    public func purge(olderThan days: Int? = nil) async throws -> ErasureRecord {
        guard let days = days ?? bot.policy.retentionDays else {
            throw RetentionError(code: .noRetention, message: "the bot's policy sets no retention_days, and no number of days was given")
        }
        let purged = try await store.purge(olderThan: days, now: clock.now())
        return purged
    }
}

import Foundation

/// A record that customer data was removed — by a customer's erasure request or by the retention policy — kept
/// without personal data: what kind of removal, when, and how many rows of each kind went. No customer id is
/// kept, not even hashed: ids are often emails or phone numbers, and a hash of one is found again by trying
/// candidates, so it would still identify the customer.
public struct ErasureRecord: Sendable, Hashable, Codable {
    /// Why data was removed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Everything about one customer, on request (`relevo customer erase`).
        case customer
        /// Conversations past their retention (`relevo purge`).
        case retention
    }

    /// Rows removed, by kind.
    public struct Counts: Sendable, Hashable, Codable {
        public var sessions: Int
        public var turns: Int
        public var slots: Int
        public var tickets: Int

        public init(sessions: Int = 0, turns: Int = 0, slots: Int = 0, tickets: Int = 0) {
            self.sessions = sessions
            self.turns = turns
            self.slots = slots
            self.tickets = tickets
        }
    }

    public var kind: Kind
    /// When the data was removed.
    public var erasedAt: Date
    public var counts: Counts

    public init(kind: Kind, erasedAt: Date, counts: Counts) {
        self.kind = kind
        self.erasedAt = erasedAt
        self.counts = counts
    }
}

/// The policy's settings about customers' data: retention and payment data.
extension Policy {
    /// The keys of these settings in the definitions.
    static let retentionKey = "retention_days"
    static let unmaskedPaymentDataKey = "store_unmasked_payment_data"

    /// Days a conversation may be kept: at least one, at most ten years.
    public static let retentionBounds = 1...3_650

    /// The message for a retention outside its bounds.
    static func retentionMessage(got: String) -> String {
        "policy '\(retentionKey)' must be a whole number of days from \(retentionBounds.lowerBound) to \(retentionBounds.upperBound) (got \(got))"
    }
}

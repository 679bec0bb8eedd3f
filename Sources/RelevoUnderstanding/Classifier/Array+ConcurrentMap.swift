import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` over all cores, in contiguous chunks; the result is in the array's order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunks > 1 else { return map(transform) }
        let parts = Mutex<[[T]]>(Array<[T]>(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let part = self[count * chunk / chunks..<count * (chunk + 1) / chunks].map(transform)
            parts.withLock { $0[chunk] = part }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}

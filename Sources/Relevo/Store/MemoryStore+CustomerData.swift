import Foundation

/// Access, erasure and retention in memory.
extension MemoryStore {
    public func customerData(customer: String) throws -> CustomerData {
        let (sessions, turns, slots) = shard(customer).lock.withLock { shard in
            let sessions = shard.sessions.values.filter { $0.customerId == customer }
                .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            return (sessions, sessions.flatMap { shard.turns[$0.id] ?? [] }, shard.slots[customer] ?? [])
        }
        return CustomerData(customer: customer, sessions: sessions, turns: turns, slots: slots, tickets: try tickets(customer: customer))
    }

    public func erase(customer: String, at date: Date) throws -> ErasureRecord {
        var counts = shard(customer).lock.withLock { shard in
            let sessions = shard.sessions.values.filter { $0.customerId == customer }.map(\.id)
            var counts = ErasureRecord.Counts(sessions: sessions.count, slots: shard.slots.removeValue(forKey: customer)?.count ?? 0)
            for id in sessions {
                shard.sessions[id] = nil
                counts.turns += shard.turns.removeValue(forKey: id)?.count ?? 0
            }
            shard.latestSession[customer] = nil
            shard.messages = shard.messages.filter { !$0.key.hasPrefix(customer + "\u{0}") }
            return counts
        }
        counts.tickets = tickets.withLock { tickets in
            let numbers = tickets.byCustomer.removeValue(forKey: customer) ?? []
            for number in numbers { tickets.remove(number) }
            tickets.openByCustomer[customer] = nil
            return numbers.count
        }
        return record(ErasureRecord(kind: .customer, erasedAt: date, counts: counts))
    }

    public func purge(before cutoff: Date, at date: Date) throws -> ErasureRecord {
        // Sessions a ticket keeps (open, or changed since the cutoff), and customers waiting for a person.
        let (kept, waiting) = tickets.withLock { tickets in
            let live = tickets.byNumber.values.filter { $0.isOpen || $0.updatedAt >= cutoff }
            return (Set(live.map(\.sessionId)), Set(tickets.openByCustomer.keys))
        }
        var counts = ErasureRecord.Counts()
        var purged: Set<String> = []
        for shard in shards {
            shard.lock.withLock { shard in
                let old = shard.sessions.values.filter { $0.updatedAt < cutoff && !kept.contains($0.id) }
                guard !old.isEmpty || !shard.slots.isEmpty else { return }
                for session in old {
                    shard.sessions[session.id] = nil
                    counts.turns += shard.turns.removeValue(forKey: session.id)?.count ?? 0
                    purged.insert(session.id)
                }
                counts.sessions += old.count
                for customer in Set(old.map(\.customerId)) where shard.latestSession[customer].map({ shard.sessions[$0] == nil }) ?? false {
                    shard.latestSession[customer] = shard.sessions.values.filter { $0.customerId == customer }
                        .max { ($0.updatedAt, $0.createdAt) < ($1.updatedAt, $1.createdAt) }?.id
                }
                shard.messages = shard.messages.filter { !purged.contains($0.value.session) }
                for (customer, slots) in shard.slots where !waiting.contains(customer) {
                    let fresh = slots.filter { $0.updatedAt >= cutoff }
                    counts.slots += slots.count - fresh.count
                    shard.slots[customer] = fresh.isEmpty ? nil : fresh
                }
            }
        }
        counts.tickets = tickets.withLock { tickets in
            let numbers = tickets.byNumber.values.filter { purged.contains($0.sessionId) }.map(\.number)
            for number in numbers { tickets.remove(number) }
            return numbers.count
        }
        return record(ErasureRecord(kind: .retention, erasedAt: date, counts: counts))
    }

    public func erasures() throws -> [ErasureRecord] {
        erasureLog.withLock { $0 }
    }

    private func record(_ erasure: ErasureRecord) -> ErasureRecord {
        erasureLog.withLock { $0.append(erasure) }
        return erasure
    }
}

extension MemoryStore.Tickets {
    /// Forgets the ticket `number` everywhere but in its customer's lists.
    mutating func remove(_ number: String) {
        guard let ticket = byNumber.removeValue(forKey: number) else { return }
        active[ticket.queue]?[number] = nil
        if active[ticket.queue]?.isEmpty == true { active[ticket.queue] = nil }
        count(ticket, -1)
        if var list = byCustomer[ticket.customerId] {
            list.removeAll { $0 == number }
            byCustomer[ticket.customerId] = list.isEmpty ? nil : list
        }
    }
}

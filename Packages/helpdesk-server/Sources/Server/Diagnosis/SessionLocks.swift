/// One change at a time per session, in this process: two answers sent at once to the same
/// question are taken one after the other, so the second sees the first (and gets 409) instead
/// of overwriting it. Between server processes on one database, the session's version does the
/// same (`KeptSessions`).
actor SessionLocks {
    private var held: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` while holding `id`.
    func run<T: Sendable>(_ id: String, _ body: @Sendable () async throws -> T) async throws -> T {
        await acquire(id)
        do {
            let value = try await body()
            release(id)
            return value
        } catch {
            release(id)
            throw error
        }
    }

    private func acquire(_ id: String) async {
        if held.insert(id).inserted { return }
        await withCheckedContinuation { waiting[id, default: []].append($0) }
    }

    private func release(_ id: String) {
        if var queue = waiting[id], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[id] = queue.isEmpty ? nil : queue
            next.resume()  // `id` stays held, now by the next waiter
        } else {
            held.remove(id)
        }
    }
}

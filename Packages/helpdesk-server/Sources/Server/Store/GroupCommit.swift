import Service
import Synchronization

/// Writes that arrive while earlier ones are being committed wait, and then go to the database
/// together, as one statement: one round trip and one commit (one flush of the log to disk) for
/// the whole group, where each write alone would pay both. A caller returns only when its own
/// write is committed, so a write acknowledged is as durable as if it had gone alone; with no
/// write in flight a new one starts at once, so a quiet server adds no delay.
///
/// A group never holds two writes with the same key (PostgreSQL refuses to change one row twice
/// in a statement): the second waits for a later group. Two groups in flight at once may hold
/// the same key; sessions never do, as a server changes a session one request at a time
/// (`SessionLocks`), and their versions would refuse a change out of order. When a group fails,
/// its writes are tried again one by one, so that one bad write fails alone.
final class GroupCommit<Item: Sendable, Outcome: Sendable>: Sendable {
    /// Writes a group in one transaction; returns each write's outcome, in order.
    typealias Flush = @Sendable ([Item]) async throws(StoreError) -> [Outcome]

    private struct Waiting {
        let item: Item
        let key: String
        let continuation: CheckedContinuation<Outcome, any Error>
    }

    private struct State {
        var queue: [Waiting] = []
        var inFlight = 0
    }

    private let state = Mutex(State())
    private let flush: Flush
    private let maximumInFlight: Int
    private let maximumGroup: Int

    /// `flush` writes a group in one transaction; at most `maximumInFlight` groups are written at
    /// once (each on a connection of its own), each of at most `maximumGroup` writes.
    init(maximumInFlight: Int, maximumGroup: Int, flush: @escaping Flush) {
        precondition(maximumInFlight > 0 && maximumGroup > 0)
        self.maximumInFlight = maximumInFlight
        self.maximumGroup = maximumGroup
        self.flush = flush
    }

    /// Returns `item`'s outcome once it is committed, or throws the `StoreError` its write
    /// failed with.
    func write(_ item: Item, key: String) async throws(StoreError) -> Outcome {
        do {
            return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Outcome, any Error>) in
                let group = state.withLock { state -> [Waiting]? in
                    state.queue.append(Waiting(item: item, key: key, continuation: continuation))
                    return Self.nextGroup(&state, maximumInFlight: maximumInFlight, maximumGroup: maximumGroup)
                }
                if let group { start(group) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database write failed")
        }
    }

    /// How many writes wait for a group (for tests).
    var waiting: Int { state.withLock { $0.queue.count } }

    /// Takes the next group off the queue when a writer is free: the oldest writes, in order, up
    /// to the first whose key is already in the group.
    private static func nextGroup(_ state: inout State, maximumInFlight: Int, maximumGroup: Int) -> [Waiting]? {
        guard state.inFlight < maximumInFlight, !state.queue.isEmpty else { return nil }
        var keys: Set<String> = []
        var count = 0
        for waiting in state.queue {
            guard count < maximumGroup, keys.insert(waiting.key).inserted else { break }
            count += 1
        }
        let group = Array(state.queue.prefix(count))
        state.queue.removeFirst(count)
        state.inFlight += 1
        return group
    }

    /// Commits `group` in a task of its own, then starts the next group, if writes are waiting.
    /// Detached: a group serves many requests, so it takes none's priority or task-local values
    /// (a request's logger metadata).
    private func start(_ group: [Waiting]) {
        Task.detached { [self] in
            await commit(group)
            let next = state.withLock { state -> [Waiting]? in
                state.inFlight -= 1
                return Self.nextGroup(&state, maximumInFlight: maximumInFlight, maximumGroup: maximumGroup)
            }
            if let next { start(next) }
        }
    }

    private func commit(_ group: [Waiting]) async {
        do {
            let outcomes = try await flush(group.map(\.item))
            guard outcomes.count == group.count else { throw StoreError("database write failed: \(outcomes.count) outcomes for \(group.count) writes") }
            for (waiting, outcome) in zip(group, outcomes) { waiting.continuation.resume(returning: outcome) }
        } catch {
            guard group.count > 1 else {
                group[0].continuation.resume(throwing: error)
                return
            }
            for waiting in group {
                do {
                    let outcomes = try await flush([waiting.item])
                    guard let outcome = outcomes.first, outcomes.count == 1 else { throw StoreError("database write failed: no outcome") }
                    waiting.continuation.resume(returning: outcome)
                } catch {
                    waiting.continuation.resume(throwing: error)
                }
            }
        }
    }
}

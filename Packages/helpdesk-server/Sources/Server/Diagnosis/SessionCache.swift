import Synchronization

/// The sessions this server kept or read last, with their versions, so that an answer starts
/// from memory instead of a round trip to the database and a decoding of the session's JSON.
/// Only changes read from it: a change made from a stale copy (another server answered the
/// session meanwhile) is refused by the store's version check and made again from the
/// database, and reads of a session's page or object always go to the database.
///
/// Bounded: two generations of at most `capacity / 2` sessions each; when the young one is
/// full it becomes the old one and the old one is dropped, so the sessions used recently stay.
/// Holds `SavedSession`s only, so never a secret fact.
final class SessionCache: Sendable {
    private struct Generations {
        var young: [String: StoredSession] = [:]
        var old: [String: StoredSession] = [:]
    }

    private let generations = Mutex(Generations())
    private let half: Int

    init(capacity: Int = 4_096) {
        half = max(1, capacity / 2)
    }

    func session(_ id: String) -> StoredSession? {
        generations.withLock { generations in
            if let session = generations.young[id] { return session }
            guard let session = generations.old.removeValue(forKey: id) else { return nil }
            Self.insert(session, into: &generations, half: half)
            return session
        }
    }

    func keep(_ session: StoredSession) {
        generations.withLock { generations in
            generations.old[session.saved.id] = nil
            Self.insert(session, into: &generations, half: half)
        }
    }

    func forget(_ id: String) {
        generations.withLock { generations in
            generations.young[id] = nil
            generations.old[id] = nil
        }
    }

    /// How many sessions are held.
    var count: Int { generations.withLock { $0.young.count + $0.old.count } }

    private static func insert(_ session: StoredSession, into generations: inout Generations, half: Int) {
        if generations.young[session.saved.id] == nil, generations.young.count >= half {
            generations.old = generations.young
            generations.young = [:]
        }
        generations.young[session.saved.id] = session
    }
}

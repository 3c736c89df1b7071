import Service

/// Sessions as routes read, start and change them: a missing id is 404, and a store that fails
/// is an API error whose message holds no value. A session is walked on the knowledge revision
/// it was kept with while the server still holds that revision, else on the current one (where
/// a session that no longer replays is 410, `session_outdated`).
///
/// A change is kept only over the version of the session it was made from: one change at a time
/// per session in this server (`SessionLocks`), and the store's version check between servers
/// on one database. A change made from a copy that another server has since changed is made
/// again from the session as it is now, so nothing either server acknowledged is lost.
struct KeptSessions: Sendable {
    let store: any ServerSessionStore
    let state: KnowledgeState
    let locks: SessionLocks
    let cache: SessionCache

    /// A kept session and the knowledge to walk it on.
    struct Loaded: Sendable {
        var saved: SavedSession
        var snapshot: KnowledgeState.Snapshot
        var version: Int
        var diagnosis: ServerDiagnosis { snapshot.diagnosis }
    }

    /// The session as the database holds it now.
    func load(_ id: String) async throws -> Loaded {
        let stored: StoredSession?
        do { stored = try await store.load(id) } catch { throw APIError.store(error) }
        guard let stored else {
            cache.forget(id)
            throw APIError.notFound("no session with this id")
        }
        cache.keep(stored)
        return Loaded(saved: stored.saved, snapshot: state.snapshot(for: stored.revision), version: stored.version)
    }

    /// Keeps a session just started.
    func start(_ walk: ServerDiagnosis.Walk, on snapshot: KnowledgeState.Snapshot) async throws {
        // A new id is 128 random bits: one that exists is a store that went wrong.
        guard try await keep(walk, on: snapshot, expecting: nil) else { throw APIError.store(StoreError("the new session's id was taken")) }
    }

    /// Changes session `id` by `change`, from its copy in memory when there is one, and keeps
    /// the result; returns it. When the copy turns out stale (the change is refused, or the
    /// store has a newer version), the change is made again from the database.
    func change(_ id: String, _ change: @Sendable (Loaded) throws -> ServerDiagnosis.Walk) async throws -> ServerDiagnosis.Walk {
        try await locks.run(id) {
            if let cached = cache.session(id) {
                let loaded = Loaded(saved: cached.saved, snapshot: state.snapshot(for: cached.revision), version: cached.version)
                if let walk = try? change(loaded), try await keep(walk, on: loaded.snapshot, expecting: loaded.version) {
                    return walk
                }
                cache.forget(id)
            }
            // From the database; another server may change it between the read and the write,
            // so a few tries before giving up with 409.
            for _ in 0..<3 {
                let loaded = try await load(id)
                let walk = try change(loaded)
                if try await keep(walk, on: loaded.snapshot, expecting: loaded.version) { return walk }
                cache.forget(id)
            }
            throw APIError.conflict("session_busy", "the session is being changed elsewhere; try again")
        }
    }

    /// Keeps `walk` over `expecting` (nil: a new session); false when the store refused it.
    private func keep(_ walk: ServerDiagnosis.Walk, on snapshot: KnowledgeState.Snapshot, expecting: Int?) async throws -> Bool {
        let version: Int?
        do {
            version = try await store.save(walk.saved, revision: snapshot.revision, progress: walk.progress, answer: walk.answer, expecting: expecting)
        } catch {
            throw APIError.store(error)
        }
        guard let version else { return false }
        cache.keep(StoredSession(saved: walk.saved, revision: snapshot.revision, version: version))
        return true
    }
}

import Service

/// Sessions as routes read and keep them: a missing id is 404, and a store that fails is an
/// API error whose message holds no value. A session is walked on the knowledge revision it
/// was kept with while the server still holds that revision, else on the current one (where a
/// session that no longer replays is 410, `session_outdated`).
struct KeptSessions: Sendable {
    let store: any ServerSessionStore
    let state: KnowledgeState

    /// A kept session and the knowledge to walk it on.
    struct Loaded: Sendable {
        var saved: SavedSession
        var snapshot: KnowledgeState.Snapshot
        var diagnosis: ServerDiagnosis { snapshot.diagnosis }
    }

    func load(_ id: String) async throws -> Loaded {
        let stored: StoredSession?
        do { stored = try await store.load(id) } catch { throw APIError.store(error) }
        guard let stored else { throw APIError.notFound("no session with this id") }
        return Loaded(saved: stored.saved, snapshot: state.snapshot(for: stored.revision))
    }

    func keep(_ walk: ServerDiagnosis.Walk, on snapshot: KnowledgeState.Snapshot) async throws {
        do {
            try await store.save(walk.saved, revision: snapshot.revision, progress: walk.progress, answer: walk.answer)
        } catch {
            throw APIError.store(error)
        }
    }
}

import Service

/// Sessions as routes read and keep them: a missing id is 404, and a store that fails is an
/// API error whose message holds no value.
struct KeptSessions: Sendable {
    let store: any ServerSessionStore

    func load(_ id: String) throws -> SavedSession {
        let saved: SavedSession?
        do { saved = try store.load(id) } catch { throw APIError.store(error) }
        guard let saved else { throw APIError.notFound("no session with this id") }
        return saved
    }

    func keep(_ walk: ServerDiagnosis.Walk) throws {
        do { try store.save(walk.saved, progress: walk.progress) } catch { throw APIError.store(error) }
    }
}

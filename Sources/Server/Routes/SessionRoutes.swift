import Foundation
import Hummingbird
import Service

/// The public diagnosis: sessions created, read, answered and taken back, each reply the
/// `diagnose --json` object with the session's `id`. Every change is committed before it is
/// answered.
struct SessionRoutes {
    let diagnosis: ServerDiagnosis
    let store: any ServerSessionStore
    var sessions: KeptSessions { KeptSessions(store: store) }
    let maxBodyBytes: Int
    let rateLimit: RateLimitMiddleware
    let locks: SessionLocks

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/sessions/{id}") { _, context in
            let saved = try load(try context.parameters.require("id"))
            return JSONResponse.make(try diagnosis.current(saved).object)
        }
        let writes = group.group().add(middleware: rateLimit)
        writes.post("/sessions") { request, _ in
            let body = try await RequestBody.object(request, limit: maxBodyBytes)
            try body.allowOnly(["tree", "lang", "facts"])
            let tree = try body.string("tree") ?? "start"
            let language = try RequestBody.language(try body.string("lang")) ?? .ja
            let facts = body.raw("facts").flatMap { JSONObjectBody.isNull($0) ? nil : $0 }
            let walk = try diagnosis.start(id: newSessionID(), tree: tree, language: language, facts: facts)
            try keep(walk)
            return JSONResponse.make(walk.object, status: .created, headers: [.location: "/v1/sessions/\(walk.saved.id)"])
        }
        writes.post("/sessions/{id}/answers") { request, context in
            let body = try await RequestBody.object(request, limit: maxBodyBytes)
            try body.allowOnly(["key", "value"])
            let key = try body.requiredString("key")
            guard let value = body.raw("value") else {
                throw APIError.badRequest("missing_field", "'value' is required (null for \"I don't know\")")
            }
            let id = try context.parameters.require("id")
            let object = try await locks.run(id) {
                let walk = try diagnosis.answer(try load(id), key: key, value: value)
                try keep(walk)
                return walk.object
            }
            return JSONResponse.make(object)
        }
        writes.post("/sessions/{id}/back") { _, context in
            let id = try context.parameters.require("id")
            let object = try await locks.run(id) {
                let walk = try diagnosis.back(try load(id))
                try keep(walk)
                return walk.object
            }
            return JSONResponse.make(object)
        }
    }

    func load(_ id: String) throws -> SavedSession { try sessions.load(id) }

    func keep(_ walk: ServerDiagnosis.Walk) throws { try sessions.keep(walk) }
}

import Foundation
import Hummingbird
import Service

/// The public diagnosis: sessions created, read, answered and taken back, each reply the
/// `diagnose --json` object with the session's `id`. Every change is committed before it is
/// answered.
struct SessionRoutes {
    let sessions: KeptSessions
    var state: KnowledgeState { sessions.state }
    let maxBodyBytes: Int
    let rateLimit: RateLimitMiddleware

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/sessions/{id}") { _, context in
            let kept = try await sessions.load(try context.parameters.require("id"))
            return JSONResponse.make(try kept.diagnosis.current(kept.saved).object)
        }
        let writes = group.group().add(middleware: rateLimit)
        writes.post("/sessions") { request, _ in
            let body = try await RequestBody.object(request, limit: maxBodyBytes)
            try body.allowOnly(["tree", "lang", "facts"])
            let tree = try body.string("tree") ?? "start"
            let language = try RequestBody.language(try body.string("lang")) ?? .ja
            let facts = body.raw("facts").flatMap { JSONObjectBody.isNull($0) ? nil : $0 }
            let snapshot = state.current
            let walk = try snapshot.diagnosis.start(id: newSessionID(), tree: tree, language: language, facts: facts)
            try await sessions.start(walk, on: snapshot)
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
            let walk = try await sessions.change(id) { kept in try kept.diagnosis.answer(kept.saved, key: key, value: value) }
            return JSONResponse.make(walk.object)
        }
        writes.post("/sessions/{id}/back") { _, context in
            let id = try context.parameters.require("id")
            let walk = try await sessions.change(id) { kept in try kept.diagnosis.back(kept.saved) }
            return JSONResponse.make(walk.object)
        }
    }
}

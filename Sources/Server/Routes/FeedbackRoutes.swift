import Foundation
import Hummingbird
import Service

/// `POST /v1/feedback` (agents): how a ticket or a session ended, and in which entry.
struct FeedbackRoutes {
    let knowledge: LoadedKnowledge
    let stores: ServerStores
    let maxBodyBytes: Int

    struct Reply: Codable, Sendable {
        var version = wireVersion
        var id: Int64
    }

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.post("/feedback") { request, _ in
            let body = try await RequestBody.object(request, limit: maxBodyBytes)
            try body.allowOnly(["ticket", "session", "tree", "outcome"])
            let ticket = try body.string("ticket"), session = try body.string("session")
            if ticket != nil, session != nil { throw APIError.badRequest("bad_field", "give 'ticket' or 'session', not both") }
            let tree = try body.requiredString("tree")
            if knowledge.compiled.tree(tree) == nil {
                do { _ = try knowledge.tree(tree) } catch { throw APIError.badRequest("unknown_tree", "\(error)") }
            }
            let outcomeText = try body.requiredString("outcome")
            guard let outcome = Feedback.Outcome(rawValue: outcomeText) else {
                throw APIError.badRequest("bad_field", "'outcome' takes resolved or escalated")
            }
            do {
                if let ticket, try stores.tickets.ticket(ticket) == nil { throw APIError.badRequest("unknown_ticket", "no ticket with this id") }
                if let session, try stores.sessions.load(session) == nil { throw APIError.badRequest("unknown_session", "no session with this id") }
                let id = try stores.feedback.add(Feedback(ticket: ticket, session: session, tree: tree, outcome: outcome))
                return JSONResponse.make(Reply(id: id), status: .created)
            } catch let error as StoreError {
                throw APIError.store(error)
            }
        }
    }
}

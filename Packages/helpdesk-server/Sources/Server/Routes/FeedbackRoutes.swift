import Foundation
import Hummingbird
import Service

/// `POST /v1/feedback` (agents): how a ticket or a session ended, and in which entry.
struct FeedbackRoutes {
    let desk: TicketDesk
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
            let tree = try body.requiredString("tree")
            guard let outcome = Feedback.Outcome(rawValue: try body.requiredString("outcome")) else {
                throw APIError.badRequest("bad_field", "'outcome' takes resolved or escalated")
            }
            let id = try await desk.record(ticket: ticket, session: session, tree: tree, outcome: outcome)
            return JSONResponse.make(Reply(id: id), status: .created)
        }
    }
}

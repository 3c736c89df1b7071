import Foundation
import Hummingbird
import Service

/// `POST /v1/triage` (agents): the `triage --json` object with an `id`; the ticket is kept
/// redacted, with its triage.
struct TriageRoutes {
    let desk: TicketDesk
    let maxBodyBytes: Int

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.post("/triage") { request, _ in
            let body = try await RequestBody.object(request, limit: maxBodyBytes)
            try body.allowOnly(["text", "lang"])
            let text = try body.requiredString("text").trimmedWhitespace
            guard !text.isEmpty else { throw APIError.badRequest("missing_field", "'text' is empty") }
            let language = try RequestBody.language(try body.string("lang"))
            return JSONResponse.make(encoded: try await desk.triage(text, language: language).json, status: .created)
        }
    }
}

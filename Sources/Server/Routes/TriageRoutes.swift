import Foundation
import Hummingbird
import Service
import Triage

/// `POST /v1/triage` (agents): the `triage --json` object with an `id`; the ticket is kept
/// redacted, with its triage.
struct TriageRoutes {
    let triager: Triager
    let store: any TicketStore
    let maxBodyBytes: Int

    static let top = 3

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.post("/triage") { request, _ in
            let body = try await RequestBody.object(request, limit: maxBodyBytes)
            try body.allowOnly(["text", "lang"])
            let text = try body.requiredString("text").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw APIError.badRequest("missing_field", "'text' is empty") }
            let language = try RequestBody.language(try body.string("lang"))
            let result = triager.triage(text, top: Self.top, language: language)
            let report = TriageReport(result, knowledge: triager.knowledge, id: newSessionID())
            let json = WireEncoder().data(report)
            let ticket = StoredTicket(
                id: report.id!, createdAt: Date(), language: report.language.rawValue, redactedText: report.text, triageJSON: json,
                firstTree: report.results.first?.tree)
            do { try store.add(ticket) } catch { throw APIError.store(error) }
            return JSONResponse.make(report, status: .created)
        }
    }
}

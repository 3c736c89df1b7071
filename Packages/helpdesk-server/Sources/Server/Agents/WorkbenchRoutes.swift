import Foundation
import HTTPTypes
import Hummingbird
import Inference
import KnowledgeBase
import NIOCore
import Service
import Triage

/// The agents' workbench in the browser: sign in with the agents' token (kept in an HttpOnly,
/// same-site cookie scoped to `/agent`), paste a ticket, see the ranked entries with their
/// confidence, the facts the ticket tells, the open questions and the reply draft to copy;
/// choose another entry and the draft follows; record the outcome. Recent tickets and sessions,
/// and the statistics.
struct WorkbenchRoutes {
    let desk: TicketDesk
    let stores: ServerStores
    let token: AgentToken
    let maxBodyBytes: Int

    static let cookie = "helpdesk_agent"
    /// How many recent tickets and sessions the workbench lists.
    static let recent = 20

    func register(on router: Router<ServerRequestContext>) {
        router.get("/agent.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: WorkbenchTemplates.script)))
        }
        router.get("/agent") { request, _ in
            let language = Self.language(request)
            guard signedIn(request) else { return loginPage(language) }
            return try await guarded(language) { try await homePage(language) }
        }
        router.get("/agent/tickets/{id}") { request, context in
            let language = Self.language(request)
            guard signedIn(request) else { return loginPage(language) }
            let id = try context.parameters.require("id")
            let tree = request.uri.queryParameters["tree"].map(String.init)
            let notice = request.uri.queryParameters["recorded"] != nil ? WorkbenchWords.recorded : nil
            return try await guarded(language) { try await ticketPage(id, tree: tree, language: language, notice: notice) }
        }
        router.get("/agent/stats") { request, _ in
            let language = Self.language(request)
            guard signedIn(request) else { return loginPage(language) }
            return try await guarded(language) { try await statsPage(language) }
        }
        let forms = router.group("/agent").add(middleware: SameOriginMiddleware())
        forms.post("/login") { request, _ in
            let form = FormBody(try await RequestBody.data(request, limit: maxBodyBytes))
            let language = Self.language(form["lang"])
            guard let presented = form["token"]?.trimmingCharacters(in: .whitespacesAndNewlines), token.matches(presented) else {
                return loginPage(language, notice: WorkbenchWords.wrongToken, status: .unauthorized)
            }
            var response = Self.redirect("/agent?lang=\(language.rawValue)")
            response.headers[.setCookie] = "\(Self.cookie)=\(presented); Path=/agent; HttpOnly; SameSite=Strict; Max-Age=43200"
            return response
        }
        forms.post("/logout") { _, _ in
            var response = Self.redirect("/agent")
            response.headers[.setCookie] = "\(Self.cookie)=; Path=/agent; HttpOnly; SameSite=Strict; Max-Age=0"
            return response
        }
        forms.post("/tickets") { request, _ in
            let form = FormBody(try await RequestBody.data(request, limit: maxBodyBytes))
            let language = Self.language(form["lang"])
            guard signedIn(request) else { return loginPage(language, status: .unauthorized) }
            return try await guarded(language) {
                guard let text = form["text"]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                    return Self.redirect("/agent?lang=\(language.rawValue)")
                }
                let report = try await desk.triage(text, language: nil).report
                return Self.redirect("/agent/tickets/\(report.id!)?lang=\(language.rawValue)")
            }
        }
        forms.post("/tickets/{id}/feedback") { request, context in
            let form = FormBody(try await RequestBody.data(request, limit: maxBodyBytes))
            let language = Self.language(form["lang"])
            guard signedIn(request) else { return loginPage(language, status: .unauthorized) }
            let id = try context.parameters.require("id")
            return try await guarded(language) {
                guard let tree = form["tree"], let outcome = form["outcome"].flatMap(Feedback.Outcome.init(rawValue:)) else {
                    throw APIError.badRequest("missing_field", WorkbenchWords.chooseEntryAndOutcome.text(language))
                }
                _ = try await desk.record(ticket: id, session: nil, tree: tree, outcome: outcome)
                let query = "tree=\(tree.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")&lang=\(language.rawValue)&recorded=1"
                return Self.redirect("/agent/tickets/\(id)?\(query)")
            }
        }
    }

    // MARK: Pages

    func homePage(_ language: Language) async throws -> Response {
        let tickets: [TicketSummary], sessions: [SessionSummary]
        do {
            tickets = try await stores.tickets.recent(limit: Self.recent)
            sessions = try await stores.sessions.recent(limit: Self.recent)
        } catch {
            throw APIError.store(error)
        }
        let knowledge = desk.state.current.knowledge.compiled
        return page(WorkbenchHomePage(tickets: tickets, sessions: sessions, knowledge: knowledge, language: language), language: language)
    }

    func ticketPage(_ id: String, tree chosen: String?, language: Language, notice: LocalizedText?) async throws -> Response {
        let (ticket, result, snapshot) = try await desk.ticket(id)
        let content = TicketPage(ticket, result: result, snapshot: snapshot, chosen: chosen, language: language, notice: notice)
        return page(content, language: language, script: "/agent.js")
    }

    func statsPage(_ language: Language) async throws -> Response {
        let report = try await desk.statistics()
        return page(StatsPage(report, knowledge: desk.state.current.knowledge.compiled, language: language), language: language)
    }

    func loginPage(_ language: Language, notice: LocalizedText? = nil, status: HTTPResponse.Status = .ok) -> Response {
        page(LoginPage(language, notice: notice), language: language, status: status)
    }

    // MARK: Helpers

    func page(_ content: some PageContent, language: Language, status: HTTPResponse.Status = .ok, script: String? = nil) -> Response {
        PageTemplates.response(content, language: language, status: status, site: WorkbenchWords.title, home: "/agent", script: script)
    }

    /// Errors as pages.
    func guarded(_ language: Language, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as APIError {
            return PageRoutes.errorPage(
                error, language: language, site: WorkbenchWords.title, home: "/agent", back: WorkbenchWords.back,
                notFound: WorkbenchWords.ticketNotFound)
        }
    }

    /// Whether the request carries the agents' token in the workbench's cookie (or as a bearer
    /// token, for programs).
    func signedIn(_ request: Request) -> Bool {
        if token.authorizes(request.headers[.authorization]) { return true }
        guard let header = request.headers[.cookie] else { return false }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == Self.cookie, token.matches(String(parts[1])) { return true }
        }
        return false
    }

    static func prompt(_ question: Question, knowledge: CompiledKnowledge, language: Language) -> String {
        let fact = knowledge.fact(question.key)
        return (fact?.reply ?? question.prompt ?? question.instruction)?.text(language) ?? question.key
    }

    static func word(_ outcome: Feedback.Outcome) -> LocalizedText {
        outcome == .resolved ? WorkbenchWords.resolved : WorkbenchWords.escalated
    }

    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day().time(includingFractionalSeconds: false))
    }

    static func language(_ request: Request) -> Language { language(request.uri.queryParameters["lang"].map(String.init)) }

    static func language(_ text: String?) -> Language { text.flatMap(Language.init(rawValue:)) ?? .ja }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

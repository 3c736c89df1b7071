import Foundation
import HTTPTypes
import Hummingbird
import Inference
import KnowledgeBase
import Mustache
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
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let knowledge = desk.state.current.knowledge.compiled
        func title(_ tree: String?) -> String { tree.map { knowledge.tree($0)?.tree.title.text(language) ?? $0 } ?? "–" }
        let tickets: [TicketSummary], sessions: [SessionSummary]
        do {
            tickets = try await stores.tickets.recent(limit: Self.recent)
            sessions = try await stores.sessions.recent(limit: Self.recent)
        } catch {
            throw APIError.store(error)
        }
        var context = nav(language)
        context.merge([
            "paste": w(WorkbenchWords.paste), "triageLabel": w(WorkbenchWords.triage), "recentTickets": w(WorkbenchWords.recentTickets),
            "recentSessions": w(WorkbenchWords.recentSessions), "none": w(WorkbenchWords.none), "triagedAs": w(WorkbenchWords.triagedAs),
            "agentChose": w(WorkbenchWords.agentChose),
            "tickets": tickets.map { t -> [String: Any] in
                var item: [String: Any] = ["id": t.id, "created": Self.time(t.createdAt), "first": title(t.firstTree), "lang": language.rawValue]
                if let chosen = t.chosenTree {
                    item["chosen"] = title(chosen)
                    item["outcome"] = t.outcome.flatMap(Feedback.Outcome.init(rawValue:)).map { w(Self.word($0)) } ?? ""
                }
                return item
            },
            "sessions": sessions.map { s -> [String: Any] in
                ["id": s.id, "updated": Self.time(s.updatedAt), "entry": title(s.entryTree), "status": s.endingKind ?? s.status ?? "–"]
            },
        ]) { $1 }
        return page(WorkbenchTemplates.home, context, language: language)
    }

    func ticketPage(_ id: String, tree chosen: String?, language: Language, notice: LocalizedText?) async throws -> Response {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let (ticket, result, snapshot) = try await desk.ticket(id)
        let knowledge = snapshot.knowledge.compiled
        let chosenTree = chosen.flatMap { knowledge.tree($0) != nil ? $0 : nil } ?? result.results.first?.tree.id
        var context = nav(language)
        let candidates: [[String: Any]] = result.results.enumerated().map { index, ranked in
            [
                "id": id, "lang": language.rawValue, "rank": index + 1, "tree": ranked.tree.id, "title": ranked.tree.title.text(language),
                "confidence": String(format: "%.0f%%", ranked.confidence * 100), "matched": ranked.matched.joined(separator: "、"),
                "chosen": ranked.tree.id == chosenTree,
            ]
        }
        let report = TriageReport(result, knowledge: knowledge)
        context.merge([
            "id": id, "notice": notice.map(w) as Any, "ticketLabel": w(WorkbenchWords.ticket), "created": Self.time(ticket.createdAt),
            "text": ticket.redactedText, "redactions": result.redactions > 0 ? result.redactions : false,
            "redactionsLabel": w(WorkbenchWords.redactions), "candidatesLabel": w(WorkbenchWords.candidates),
            "candidates": candidates, "hasCandidates": !candidates.isEmpty, "noMatch": w(WorkbenchWords.noMatch),
            "entryLabel": w(WorkbenchWords.entry), "confidenceLabel": w(WorkbenchWords.confidence), "matchedLabel": w(WorkbenchWords.matched),
            "chooseLabel": w(WorkbenchWords.choose), "chosenLabel": w(WorkbenchWords.chosen), "factsLabel": w(WorkbenchWords.facts),
            "facts": report.factsDetail.map { ["key": $0.key, "value": $0.value.description, "evidence": $0.evidence] },
            "noFacts": w(WorkbenchWords.noFacts), "questionsLabel": w(WorkbenchWords.questions),
            "noQuestions": w(WorkbenchWords.noQuestions), "replyLabel": w(WorkbenchWords.reply), "copyLabel": w(WorkbenchWords.copy),
            "copiedLabel": w(WorkbenchWords.copied), "copyFailedLabel": w(WorkbenchWords.copyFailed), "outcomeLabel": w(WorkbenchWords.outcome),
            "resolvedLabel": w(WorkbenchWords.resolved), "escalatedLabel": w(WorkbenchWords.escalated), "backLabel": w(WorkbenchWords.back),
        ]) { $1 }
        if context["notice"] is NSNull || notice == nil { context["notice"] = nil }
        var questions: [String] = []
        if let chosenTree, let draft = snapshot.triager.draft(result, tree: chosenTree) {
            context["chosenTree"] = chosenTree
            context["chosenTitle"] = knowledge.tree(chosenTree)?.tree.title.text(language) ?? chosenTree
            context["reply"] = draft.reply
            if case .question(let question) = draft.next.status, question.kind == .fact {
                questions.append(Self.prompt(question, knowledge: knowledge, language: language))
            }
        }
        if chosenTree == result.results.first?.tree.id, let separating = report.separating {
            questions.append(separating.prompt)
        }
        context["questions"] = questions
        return page(WorkbenchTemplates.ticket, context, language: language, script: "/agent.js")
    }

    func statsPage(_ language: Language) async throws -> Response {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let report = try await desk.statistics()
        let knowledge = desk.state.current.knowledge.compiled
        func title(_ tree: String) -> String { knowledge.tree(tree)?.tree.title.text(language) ?? tree }
        func row(_ tree: String, _ sessions: StatsReport.Sessions, _ triage: StatsReport.Triage, _ feedback: StatsReport.FeedbackCounts) -> [String: Any] {
            [
                "tree": tree, "title": title(tree), "started": sessions.started, "resolved": sessions.resolved, "escalated": sessions.escalated,
                "abandoned": sessions.abandoned, "triaged": triage.first,
                "overruled": "\(triage.agentChoseOther) (\(StatsReport.percent(triage.agentChoseOther, of: triage.first)))",
                "feedback": "\(feedback.resolved) / \(feedback.escalated)",
            ]
        }
        let active = report.activeTrees
        var context = nav(language)
        context.merge([
            "heading": w(WorkbenchWords.stats), "entryLabel": w(WorkbenchWords.entry), "startedLabel": w(WorkbenchWords.started),
            "resolvedLabel": w(WorkbenchWords.resolvedCount), "escalatedLabel": w(WorkbenchWords.escalatedCount),
            "abandonedLabel": w(WorkbenchWords.abandoned), "triagedLabel": w(WorkbenchWords.triagedFirst),
            "overruledLabel": w(WorkbenchWords.overruled), "feedbackLabel": w(WorkbenchWords.feedback), "totalsLabel": w(WorkbenchWords.totals),
            "rows": active.map { row($0.tree, $0.sessions, $0.triage, $0.feedback) },
            "totals": row("", report.totals.sessions, report.totals.triage, report.totals.feedback),
            "stepsLabel": w(WorkbenchWords.steps), "dropOffLabel": w(WorkbenchWords.dropOff), "none": w(WorkbenchWords.none),
            "steps": active.filter { !$0.sessions.resolvedAtStep.isEmpty }.map {
                ["title": title($0.tree), "steps": $0.sessions.resolvedAtStep.map { "\($0.answers)→\($0.sessions)" }.joined(separator: "  ")]
            },
            "drops": report.totals.sessions.dropOff.prefix(10).map { ["node": $0.node, "sessions": $0.sessions] },
            "unknownLabel": w(WorkbenchWords.unknownRate), "questionLabel": w(WorkbenchWords.question),
            "answeredLabel": w(WorkbenchWords.answered), "unknownWord": w(WorkbenchWords.unknown),
            "questions": report.questions.map { q -> [String: Any] in
                [
                    "tree": q.tree, "prompt": knowledge.fact(q.fact)?.prompt?.text(language) ?? q.fact, "answered": q.answered,
                    "unknown": q.unknown, "rate": StatsReport.percent(q.unknown, of: q.answered),
                ]
            },
        ]) { $1 }
        return page(WorkbenchTemplates.stats, context, language: language)
    }

    func loginPage(_ language: Language, notice: LocalizedText? = nil, status: HTTPResponse.Status = .ok) -> Response {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        var context: [String: Any] = [
            "heading": w(WorkbenchWords.login), "tokenLabel": w(WorkbenchWords.token), "signIn": w(WorkbenchWords.signIn), "lang": language.rawValue,
        ]
        if let notice { context["notice"] = w(notice) }
        return page(WorkbenchTemplates.login, context, language: language, status: status)
    }

    // MARK: Helpers

    func nav(_ language: Language) -> [String: Any] {
        [
            "lang": language.rawValue, "title": WorkbenchWords.title.text(language), "statsLabel": WorkbenchWords.stats.text(language),
            "signOut": WorkbenchWords.signOut.text(language),
        ]
    }

    func page(_ template: MustacheTemplate, _ context: [String: Any], language: Language, status: HTTPResponse.Status = .ok, script: String? = nil)
        -> Response
    {
        PageTemplates.response(template, context, language: language, status: status, site: WorkbenchWords.title, home: "/agent", script: script)
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

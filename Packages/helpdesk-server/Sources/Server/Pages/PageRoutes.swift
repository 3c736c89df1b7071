import Foundation
import Hummingbird
import Inference
import KnowledgeBase
import NIOCore
import Service
import Triage

/// Self-service in the browser, without JavaScript: the start page (a description triage
/// reads, the navigator, the entries), then one question per page with 「わからない」 and back,
/// and the remedy with its links. Every answer is a form posted to the session's own address
/// and kept before the next page is shown; the page's address resumes the session.
struct PageRoutes {
    let sessions: KeptSessions
    var state: KnowledgeState { sessions.state }
    let maxBodyBytes: Int
    let rateLimit: RateLimitMiddleware

    func register(on router: Router<ServerRequestContext>) {
        router.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: PageTemplates.style)))
        }
        router.get("/") { request, _ in
            let language = Self.language(request.uri.queryParameters["lang"].map(String.init))
            return PageTemplates.response(HomePage(knowledge: state.current.knowledge, language: language), language: language)
        }
        router.get("/s/{id}") { request, context in
            let id = try context.parameters.require("id")
            return try await guarded(language: nil) {
                let kept = try await sessions.load(id)
                let notice = request.uri.queryParameters["notice"].map(String.init)
                let walk = try kept.diagnosis.current(kept.saved)
                let page = SessionPage(walk, knowledge: kept.snapshot.knowledge, notice: notice.flatMap(Self.notice(_:)))
                return PageTemplates.response(page, language: walk.saved.language)
            }
        }
        let writes = router.group().add(middleware: SameOriginMiddleware()).add(middleware: rateLimit)
        writes.post("/start") { request, _ in
            let form = FormBody(try await RequestBody.data(request, limit: maxBodyBytes))
            let language = Self.language(form["lang"])
            return try await guarded(language: language) {
                let snapshot = state.current
                if let text = form["text"]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    return try await begin(described: text, language: language, on: snapshot)
                }
                let tree = form["tree"] ?? "start"
                guard snapshot.knowledge.compiled.tree(tree) != nil else { throw APIError.badRequest("unknown_tree", "no such entry") }
                let walk = snapshot.diagnosis.start(id: newSessionID(), tree: tree, language: language, entries: [])
                try await sessions.start(walk, on: snapshot)
                return Self.redirect("/s/\(walk.saved.id)")
            }
        }
        writes.post("/s/{id}/answer") { request, context in
            let id = try context.parameters.require("id")
            let form = FormBody(try await RequestBody.data(request, limit: maxBodyBytes))
            return try await guarded(language: nil) {
                guard let key = form["key"], !key.isEmpty else { throw APIError.badRequest("missing_field", "no question was answered") }
                let raw: Data
                if form["unknown"] != nil {
                    raw = Data("null".utf8)
                } else {
                    guard let value = form["value"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                        return Self.redirect("/s/\(id)?notice=empty")
                    }
                    raw = WireEncoder().data(value)
                }
                do {
                    _ = try await sessions.change(id) { kept in try kept.diagnosis.answer(kept.saved, key: key, value: raw) }
                } catch let error as APIError where error.code == "bad_value" {
                    return Self.redirect("/s/\(id)?notice=bad")
                } catch let error as APIError where error.code == "not_asked" || error.code == "not_asking" {
                    // A form posted twice, or from an older tab: show where the session stands.
                    return Self.redirect("/s/\(id)")
                }
                return Self.redirect("/s/\(id)")
            }
        }
        writes.post("/s/{id}/back") { _, context in
            let id = try context.parameters.require("id")
            return try await guarded(language: nil) {
                do {
                    _ = try await sessions.change(id) { kept in try kept.diagnosis.back(kept.saved) }
                } catch let error as APIError where error.code == "nothing_to_undo" {}
                return Self.redirect("/s/\(id)")
            }
        }
    }

    // MARK: Pages

    /// A description, triaged: the best entry when triage is sure enough, with the facts the
    /// text tells; else the navigator. The text itself is not kept.
    func begin(described text: String, language: Language, on snapshot: KnowledgeState.Snapshot) async throws -> Response {
        let result = snapshot.triager.triage(text, top: 1, language: language)
        guard let best = result.results.first, best.confidence >= Self.sureEnough || best.message != nil else {
            let walk = snapshot.diagnosis.start(id: newSessionID(), tree: "start", language: language, entries: [])
            try await sessions.start(walk, on: snapshot)
            return Self.redirect("/s/\(walk.saved.id)?notice=nomatch")
        }
        let entries = result.facts.map { Session.Entry(key: $0.key, value: $0.value, source: .extracted, how: nil) }
        let walk = snapshot.diagnosis.start(id: newSessionID(), tree: best.tree.id, language: language, entries: entries)
        try await sessions.start(walk, on: snapshot)
        return Self.redirect("/s/\(walk.saved.id)")
    }

    /// How sure triage must be to open an entry rather than the navigator.
    static let sureEnough = 0.4

    /// Errors as pages, in the session's language where there is one.
    func guarded(language: Language?, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as APIError {
            return Self.errorPage(error, language: language ?? .ja)
        }
    }

    /// An error as a page in `language`, with its status and headers (`Retry-After`); its way
    /// out leads to `home` (the self-service page, or the workbench for its own errors), and
    /// `notFound` says what was not found.
    static func errorPage(
        _ error: APIError, language: Language, site: LocalizedText = PageWords.title, home: String = "/",
        back: LocalizedText = PageWords.startOver, notFound: LocalizedText = PageWords.notFound
    ) -> Response {
        let page = ErrorPage(message: message(error, language, notFound: notFound), language: language, home: home, back: back)
        var response = PageTemplates.response(page, language: language, status: error.status, site: site, home: home)
        for field in error.headers { response.headers[field.name] = field.value }
        return response
    }

    static func message(_ error: APIError, _ language: Language, notFound: LocalizedText = PageWords.notFound) -> String {
        switch error.code {
        case "not_found": return notFound.text(language)
        case "session_outdated": return PageWords.outdated.text(language)
        case "rate_limited": return PageWords.tooMany.text(language)
        case "cross_site": return PageWords.crossSite.text(language)
        case "too_large": return PageWords.tooLarge.text(language)
        default: return error.message
        }
    }

    static func notice(_ code: String) -> LocalizedText? {
        switch code {
        case "nomatch": return PageWords.noMatch
        case "bad": return PageWords.badAnswer
        case "empty": return PageWords.emptyAnswer
        default: return nil
        }
    }

    static func language(_ text: String?) -> Language { text.flatMap(Language.init(rawValue:)) ?? .ja }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

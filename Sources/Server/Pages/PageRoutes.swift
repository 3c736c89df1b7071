import Foundation
import Hummingbird
import Inference
import KnowledgeBase
import Mustache
import NIOCore
import Service
import Triage

/// Self-service in the browser, without JavaScript: the start page (a description triage
/// reads, the navigator, the entries), then one question per page with 「わからない」 and back,
/// and the remedy with its links. Every answer is a form posted to the session's own address
/// and kept before the next page is shown; the page's address resumes the session.
struct PageRoutes {
    let state: KnowledgeState
    let store: any ServerSessionStore
    var sessions: KeptSessions { KeptSessions(store: store, state: state) }
    let maxBodyBytes: Int
    let rateLimit: RateLimitMiddleware
    let locks: SessionLocks

    func register(on router: Router<ServerRequestContext>) {
        router.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: PageTemplates.style)))
        }
        router.get("/") { request, _ in
            let language = Self.language(request.uri.queryParameters["lang"].map(String.init))
            return page(PageTemplates.home, home(language, knowledge: state.current.knowledge), language: language)
        }
        router.get("/s/{id}") { request, context in
            let id = try context.parameters.require("id")
            return try await guarded(language: nil) {
                let kept = try await sessions.load(id)
                let notice = request.uri.queryParameters["notice"].map(String.init)
                return sessionPage(try kept.diagnosis.current(kept.saved), knowledge: kept.snapshot.knowledge, notice: notice.flatMap(Self.notice(_:)))
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
                try await sessions.keep(walk, on: snapshot)
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
                    try await locks.run(id) {
                        let kept = try await sessions.load(id)
                        let walk = try kept.diagnosis.answer(kept.saved, key: key, value: raw)
                        try await sessions.keep(walk, on: kept.snapshot)
                    }
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
                    try await locks.run(id) {
                        let kept = try await sessions.load(id)
                        let walk = try kept.diagnosis.back(kept.saved)
                        try await sessions.keep(walk, on: kept.snapshot)
                    }
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
            try await sessions.keep(walk, on: snapshot)
            return Self.redirect("/s/\(walk.saved.id)?notice=nomatch")
        }
        let entries = result.facts.map { Session.Entry(key: $0.key, value: $0.value, source: .extracted, how: nil) }
        let walk = snapshot.diagnosis.start(id: newSessionID(), tree: best.tree.id, language: language, entries: entries)
        try await sessions.keep(walk, on: snapshot)
        return Self.redirect("/s/\(walk.saved.id)")
    }

    /// How sure triage must be to open an entry rather than the navigator.
    static let sureEnough = 0.4

    func home(_ language: Language, knowledge: LoadedKnowledge) -> [String: Any] {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        var stages: [[String: Any]] = []
        for tree in knowledge.treesInJourneyOrder where tree.id != "start" {
            let label = PageWords.stage(tree.stage).text(language)
            let item: [String: Any] = ["id": tree.id, "title": tree.title.text(language), "lang": language.rawValue]
            if var last = stages.last, last["label"] as? String == label {
                last["trees"] = (last["trees"] as! [[String: Any]]) + [item]
                stages[stages.count - 1] = last
            } else {
                stages.append(["label": label, "trees": [item]])
            }
        }
        return [
            "heading": w(PageWords.title), "intro": w(PageWords.intro), "describe": w(PageWords.describe),
            "describeButton": w(PageWords.describeButton), "navigator": w(PageWords.navigator),
            "navigatorButton": w(PageWords.navigatorButton), "entries": w(PageWords.entries), "stages": stages,
            "lang": language.rawValue,
        ]
    }

    func sessionPage(_ walk: ServerDiagnosis.Walk, knowledge: LoadedKnowledge, notice: LocalizedText?) -> Response {
        let language = walk.saved.language
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let object = walk.object
        var context: [String: Any] = [
            "id": walk.saved.id, "lang": language.rawValue, "backLabel": w(PageWords.back), "resume": w(PageWords.resume),
            "startOver": w(PageWords.startOver), "canGoBack": walk.saved.hasAnswers,
        ]
        if let notice { context["notice"] = w(notice) }
        if let tree = object.tree.flatMap({ knowledge.compiled.tree($0) }), tree.id != "start" {
            context["entry"] = tree.tree.title.text(language)
        }
        if let q = object.question {
            var question: [String: Any] = [
                "key": q.key, "acceptsUnknown": q.acceptsUnknown, "unknownLabel": q.unknownLabel ?? w(Words.unknown),
                "whyLabel": w(PageWords.why), "links": links(q.links),
            ]
            if q.kind == "outcome" {
                question["instruction"] = q.instruction ?? ""
                question["prompt"] = w(PageWords.helped)
                question["choices"] = [["value": "yes", "label": w(Words.yes)], ["value": "no", "label": w(Words.no)]]
            } else {
                question["prompt"] = q.prompt ?? q.key
                if let choices = q.choices {
                    question["choices"] = choices.map { ["value": $0.value, "label": $0.label] }
                } else if q.type == "bool" {
                    question["choices"] = [["value": "yes", "label": w(Words.yes)], ["value": "no", "label": w(Words.no)]]
                } else {
                    question["input"] = q.type == "number" ? "number" : "text"
                    question["number"] = q.type == "number"
                    question["answerLabel"] = w(PageWords.answer)
                }
            }
            if let hint = q.hint { question["hint"] = hint }
            if let reason = q.why?.reason { question["why"] = reason }
            context["question"] = question
        }
        if let c = object.conclusion {
            var conclusion: [String: Any] = [
                "title": c.title, "text": c.text, "steps": c.steps, "hasSteps": !c.steps.isEmpty, "links": links(c.links),
            ]
            if let contact = c.contactCategory {
                var item: [String: Any] = [
                    "label": contact.label, "formLabel": w(PageWords.form), "categoryLabel": w(PageWords.category),
                    "questionLabel": w(PageWords.question),
                ]
                if let question = contact.question { item["question"] = question }
                if let form = contact.form, let link = links([form]).first { item["form"] = link }
                conclusion["contact"] = item
            }
            context["conclusion"] = conclusion
        }
        if object.status == "error" {
            context["notice"] = object.error ?? w(PageWords.error)
        }
        return page(PageTemplates.session, context, language: language)
    }

    /// Links with an address (a link the site lists without one is shown as its title only).
    func links(_ objects: [DiagnosisObject.LinkObject]) -> [[String: Any]] {
        objects.map { link in
            var item: [String: Any] = ["title": link.title ?? link.id]
            if let url = link.url { item["url"] = url }
            return item
        }
    }

    func page(_ template: MustacheTemplate, _ context: [String: Any], language: Language, status: HTTPResponse.Status = .ok)
        -> Response
    {
        PageTemplates.response(template, context, language: language, status: status)
    }

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
        let context: [String: Any] = [
            "heading": PageWords.error.text(language), "message": message(error, language, notFound: notFound),
            "startOver": back.text(language), "lang": language.rawValue, "home": home,
        ]
        var response = PageTemplates.response(PageTemplates.error, context, language: language, status: error.status, site: site, home: home)
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

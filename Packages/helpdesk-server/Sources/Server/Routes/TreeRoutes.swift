import Hummingbird
import Service

/// `GET /v1/trees[?lang=ja|en]`: every FAQ entry with its id, stage, titles and keywords.
struct TreeRoutes {
    let state: KnowledgeState

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/trees") { request, _ in
            let language = try RequestBody.language(request.uri.queryParameters.get("lang")) ?? .ja
            return JSONResponse.make(TreeList(state.current.knowledge, language: language))
        }
    }
}

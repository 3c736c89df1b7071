import Hummingbird

/// Agents' routes: `Authorization: Bearer <token>`, compared in constant time; else 401.
struct AgentAuthMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    let token: AgentToken

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard token.authorizes(request.headers[.authorization]) else { throw APIError.unauthorized }
        return try await next(request, context)
    }
}

import Hummingbird

/// The public write routes: one token per request from the client's bucket; 429 with
/// `Retry-After` when it is empty.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    let buckets: TokenBucket

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch await buckets.take(context.clientKey) {
        case .allowed:
            return try await next(request, context)
        case .limited(let seconds):
            throw APIError(
                .tooManyRequests, "rate_limited", "too many requests from this client: try again in \(seconds) s",
                headers: [.retryAfter: String(seconds)])
        }
    }
}

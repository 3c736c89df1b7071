import HTTPTypes
import Hummingbird

/// Forms are taken only from this site's own pages: a browser names where a form came from
/// (`Sec-Fetch-Site`; older browsers `Origin` only), and a post from another site is refused with
/// 403 before it is read. A client that names neither (curl, a test) is not a browser tricked
/// into posting.
struct SameOriginMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!] {
            // The browser's own word, which no page can forge; `Origin` may then be `null`
            // (a page whose referrer policy sends none).
            guard site == "same-origin" || site == "none" else {
                throw APIError(.forbidden, "cross_site", "forms are taken from this site's own pages only")
            }
        } else if let origin = request.headers[HTTPField.Name("Origin")!] {
            let host = request.head.authority ?? ""
            guard origin == "http://\(host)" || origin == "https://\(host)" else {
                throw APIError(.forbidden, "cross_site", "forms are taken from this site's own pages only")
            }
        }
        return try await next(request, context)
    }
}

import HTTPTypes
import Hummingbird

/// Strict headers on every response: the API's JSON may load nothing; a page may load only this
/// server's stylesheet and post forms only here; nothing may frame or sniff either.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var headers: HTTPFields {
        [
            .contentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            HTTPField.Name("X-Frame-Options")!: "DENY",
            .cacheControl: "no-store",
        ]
    }

    static var pagePolicy: String { "default-src 'none'; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for field in Self.headers { response.headers[field.name] = field.value }
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.headers[.contentSecurityPolicy] = Self.pagePolicy
            // Pages name themselves to this site only (a browser's `Origin` on their forms),
            // never to another site (their outside links are `rel=noreferrer` too).
            response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        }
        return response
    }
}

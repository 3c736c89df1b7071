import Hummingbird
import KnowledgeBase
import NIOCore

/// Turns every error into the JSON error object (an error page on the pages' routes): the API's
/// own errors as they are, the framework's (no route, body too large) by their status, anything
/// else as a 500 that says nothing of the request.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return respond(error, to: request)
        } catch is NIOTooManyBytesError {
            return respond(.tooLarge(maxBodyBytes), to: request)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return respond(.notFound("no such route"), to: request)
            case .methodNotAllowed: return respond(APIError(.methodNotAllowed, "method_not_allowed", "this route does not take that method"), to: request)
            case .contentTooLarge: return respond(.tooLarge(maxBodyBytes), to: request)
            default: return respond(APIError(error.status, "http_error", error.status.reasonPhrase), to: request)
            }
        } catch {
            context.logger.error("internal error", metadata: ["error.type": "\(type(of: error))"])
            return respond(APIError(.internalServerError, "internal", "the server failed to answer this request"), to: request)
        }
    }

    /// JSON for the API (`/v1/…`, `/healthz`), a page for a browser's forms and pages; to a HEAD
    /// request, its status and headers alone.
    func respond(_ error: APIError, to request: Request) -> Response {
        var response: Response
        let path = request.uri.path
        if path.hasPrefix("/v1/") || path == "/v1" || path == "/healthz" {
            response = JSONResponse.error(error)
        } else {
            let language = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? .ja
            response = PageRoutes.errorPage(error, language: language)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }
}

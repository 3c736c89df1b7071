import Hummingbird
import NIOCore

/// Turns every error into the JSON error object: the API's own errors as they are, the
/// framework's (no route, body too large) by their status, anything else as a 500 that says
/// nothing of the request.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return JSONResponse.error(error)
        } catch is NIOTooManyBytesError {
            return JSONResponse.error(.tooLarge(maxBodyBytes))
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return JSONResponse.error(.notFound("no such route"))
            case .methodNotAllowed: return JSONResponse.error(APIError(.methodNotAllowed, "method_not_allowed", "this route does not take that method"))
            case .contentTooLarge: return JSONResponse.error(.tooLarge(maxBodyBytes))
            default: return JSONResponse.error(APIError(error.status, "http_error", error.status.reasonPhrase))
            }
        } catch {
            context.logger.error("internal error", metadata: ["error.type": "\(type(of: error))"])
            return JSONResponse.error(APIError(.internalServerError, "internal", "the server failed to answer this request"))
        }
    }
}

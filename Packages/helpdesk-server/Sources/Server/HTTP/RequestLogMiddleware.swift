import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// One log line per request: its id, the method, the route as declared (never the path with
/// its ids, never the query, never a body), the status and the time taken. The id is returned
/// as `X-Request-ID`, so that a person can quote it.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    static let requestID = HTTPField.Name("X-Request-ID")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        var response = try await next(request, context)
        response.headers[Self.requestID] = context.id
        // Milliseconds with one decimal, from whole tenths (String(format:) goes through
        // Foundation's formatter on every request).
        let tenths = (DispatchTime.now().uptimeNanoseconds - start + 50_000) / 100_000
        context.logger.info(
            "request",
            metadata: [
                "request_id": .string(context.id),
                "method": .string(request.method.rawValue),
                "route": .string(context.endpointPath ?? "unmatched"),
                "status": .stringConvertible(response.status.code),
                "ms": .string("\(tenths / 10).\(tenths % 10)"),
            ])
        return response
    }
}

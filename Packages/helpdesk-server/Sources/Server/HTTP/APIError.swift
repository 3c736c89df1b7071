import HTTPTypes
import Service

/// An error the API answers with: an HTTP status, a stable code for programs and a message for
/// people. A message names fields and keys, never a value a client submitted.
public struct APIError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// Extra headers (`Retry-After`).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public static func badRequest(_ code: String = "bad_request", _ message: String) -> APIError {
        APIError(.badRequest, code, message)
    }

    public static func notFound(_ message: String) -> APIError {
        APIError(.notFound, "not_found", message)
    }

    public static let unauthorized = APIError(
        .unauthorized, "unauthorized", "this route is for agents: send Authorization: Bearer <token>",
        headers: [.wwwAuthenticate: "Bearer"])

    public static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "too_large", "the request body is over \(limit / 1024) KB")
    }

    public static func conflict(_ code: String, _ message: String) -> APIError {
        APIError(.conflict, code, message)
    }

    /// A store that failed: its message never holds a value (`StoreError`).
    public static func store(_ error: any Error) -> APIError {
        let reason = (error as? StoreError)?.message ?? "\(type(of: error))"
        return APIError(.internalServerError, "store_failed", "the data could not be kept or read: \(reason)")
    }
}

/// `{"version": 1, "status": "error", "error": {"code", "message"}}`.
public struct ErrorReply: Codable, Sendable, Equatable {
    public struct Detail: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
    }

    public var version = wireVersion
    public var status = "error"
    public var error: Detail

    public init(code: String, message: String) {
        error = Detail(code: code, message: message)
    }
}

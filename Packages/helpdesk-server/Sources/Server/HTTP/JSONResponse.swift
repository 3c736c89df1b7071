import Foundation
import Hummingbird
import NIOCore
import Service

/// A wire value as a response: one line of UTF-8 JSON (the CLI's encoder).
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        make(encoded: WireEncoder().data(value), status: status, headers: headers)
    }

    /// A value already encoded with `WireEncoder`.
    static func make(encoded: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var data = encoded
        data.append(0x0A)
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ error: APIError) -> Response {
        make(ErrorReply(code: error.code, message: error.message), status: error.status, headers: error.headers)
    }
}

import Foundation
import Hummingbird
import NIOCore
import KnowledgeBase

/// Reading what a request sends: the body, at most the server's limit (413 past it, before it
/// is read when `Content-Length` says so), and the language.
enum RequestBody {
    static func data(_ request: Request, limit: Int) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw APIError.tooLarge(limit) }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge(limit)
        }
        return Data(buffer.readableBytesView)
    }

    /// A JSON object body.
    static func object(_ request: Request, limit: Int) async throws -> JSONObjectBody {
        let data = try await data(request, limit: limit)
        return try JSONObjectBody(data)
    }

    /// `ja` or `en`; nil when not given.
    static func language(_ text: String?) throws(APIError) -> Language? {
        guard let text else { return nil }
        guard let language = Language(rawValue: text) else { throw APIError.badRequest("bad_language", "'lang' takes ja or en") }
        return language
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Service
import Testing

@Suite struct PublicRouteTests {
    @Test func healthz() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let r = try await client.json(.get, "/healthz")
            #expect(r.status == .ok)
            #expect(r.text == "{\"status\":\"ok\"}\n")
            #expect(r.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    /// HEAD is answered for every GET route: the GET's status and headers, no body; a route
    /// that does not exist is still 404.
    @Test func headIsAGetWithoutItsBody() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            for (path, type) in [("/healthz", "application/json"), ("/v1/trees", "application/json"), ("/", "text/html"), ("/style.css", "text/css")] {
                let get = try await client.json(.get, path)
                let head = try await client.json(.head, path)
                #expect(get.status == .ok && head.status == .ok, "\(path)")
                #expect(head.body.readableBytes == 0, "\(path)")
                #expect(get.body.readableBytes > 0, "\(path)")
                #expect(head.headers[.contentType]?.hasPrefix(type) == true, "\(path)")
                #expect(head.headers[.contentSecurityPolicy] == get.headers[.contentSecurityPolicy], "\(path)")
            }
            let missing = try await client.json(.head, "/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.body.readableBytes == 0)
            #expect(try await client.json(.head, "/v1/sessions").status != .ok)
        }
    }

    /// One log line per request: id, method, route, status, time.
    @Test func requestsAreLogged() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let r = try await client.json(.get, "/healthz")
            let id = try #require(r.headers[HTTPField.Name("X-Request-ID")!])
            let line = try #require(t.log.entries.first { $0.contains("request_id=\(id)") })
            for field in ["info request", "method=GET", "route=/healthz", "status=200", "ms="] {
                #expect(line.contains(field), "\(field) in \(line)")
            }
            let missing = try await client.json(.get, "/v1/sessions/0123456789abcdef0123456789abcdef")
            let id2 = try #require(missing.headers[HTTPField.Name("X-Request-ID")!])
            let line2 = try #require(t.log.entries.first { $0.contains("request_id=\(id2)") })
            #expect(line2.contains("status=404"))
            // The route as declared, never the path with its id.
            #expect(!line2.contains("0123456789abcdef0123456789abcdef"))
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            for r in [
                try await client.json(.get, "/healthz"), try await client.json(.get, "/nowhere"),
                try await client.json(.get, "/v1/stats"), try await client.json(.post, "/v1/sessions", "{"),
            ] {
                #expect(r.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                // Pages (an unknown address outside the API is a page) name themselves to this site only.
                let page = r.headers[.contentType]?.hasPrefix("text/html") == true
                #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == (page ? "same-origin" : "no-referrer"))
                #expect(r.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
        }
    }

    @Test func unknownRouteIsAJSON404() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let r = try await client.json(.get, "/v1/nothing-here")
            #expect(r.status == .notFound)
            #expect(r.object["version"] as? Int == 1)
            #expect(r.status_ == "error")
            #expect(r.errorCode == "not_found")
        }
    }

    @Test func treesListEveryEntryWithTitles() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let r = try await client.json(.get, "/v1/trees?lang=en")
            #expect(r.status == .ok)
            let trees = r.object["trees"] as? [[String: Any]] ?? []
            #expect(trees.count == TestServer.knowledge.compiled.trees.count)
            let expired = trees.first { $0["id"] as? String == "code-expired" }
            let title = expired?["title"] as? [String: String]
            #expect(title?["en"] == "The confirmation code has expired")
            #expect(title?["ja"]?.isEmpty == false)

            let bad = try await client.json(.get, "/v1/trees?lang=fr")
            #expect(bad.status == .badRequest)
            #expect(bad.errorCode == "bad_language")
        }
    }
}

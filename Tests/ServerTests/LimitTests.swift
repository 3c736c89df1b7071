import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Service
import Testing

@Suite struct LimitTests {
    @Test func bodiesOver64KBAre413() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let big = #"{"text": ""# + String(repeating: "あ", count: 30_000) + #""}"#
            #expect(big.utf8.count > 64 * 1024)
            let triage = try await client.json(.post, "/v1/triage", big, agent: true)
            #expect(triage.status == .contentTooLarge)
            #expect(triage.errorCode == "too_large")
            let session = try await client.json(.post, "/v1/sessions", #"{"facts": {"error_message": ""# + String(repeating: "x", count: 70_000) + #""}}"#)
            #expect(session.status == .contentTooLarge)
            // Just under the limit is read.
            let fits = #"{"text": ""# + String(repeating: "a", count: 60_000) + #""}"#
            #expect(try await client.json(.post, "/v1/triage", fits, agent: true).status == .created)
        }
    }

    @Test func publicWritesAreRateLimited() async throws {
        let t = try TestServer(rateLimit: .init(capacity: 3, refillPerSecond: 0.001))
        defer { t.remove() }
        try await t.test { client in
            let first = try await client.json(.post, "/v1/sessions", "{}")
            let id = try #require(first.object["id"] as? String)
            #expect(try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": true}"#).status == .ok)
            #expect(try await client.json(.post, "/v1/sessions/\(id)/back").status == .ok)
            let limited = try await client.json(.post, "/v1/sessions", "{}")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "rate_limited")
            let retry = try #require(limited.headers[.retryAfter].flatMap { Int($0) })
            #expect(retry >= 1)
            #expect(try await client.json(.post, "/v1/sessions/\(id)/back").status == .tooManyRequests)
            // Reads and the agents' routes are not limited.
            #expect(try await client.json(.get, "/v1/sessions/\(id)").status == .ok)
            #expect(try await client.json(.get, "/healthz").status == .ok)
            #expect(try await client.json(.get, "/v1/stats", agent: true).status == .ok)
        }
    }
}

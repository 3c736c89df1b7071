import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Service
import Testing

/// A secret fact's value in any request is refused with 400, echoed nowhere and stored nowhere.
@Suite struct SecretTests {
    static let setupKey = "JBSWY3DPEHPK3PXPQ7ZA"
    static let password = "Tr0ub4dor&3-horse-Zq9"

    @Test func secretsAreRefusedAndKeptNowhere() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let atStart = try await client.json(.post, "/v1/sessions", #"{"tree": "setup-key-invalid", "facts": {"setup_key": " \#(Self.setupKey)"}}"#)
            #expect(atStart.status == .badRequest)
            #expect(atStart.errorCode == "secret_refused")
            #expect(atStart.errorMessage?.contains("setup_key") == true)

            let password = try await client.json(
                .post, "/v1/sessions", #"{"facts": {"activation_done": true, "new_password": \#(jsonString(Self.password))}}"#)
            #expect(password.status == .badRequest)
            #expect(password.errorCode == "secret_refused")

            let created = try await client.json(.post, "/v1/sessions", #"{"tree": "setup-key-invalid"}"#)
            #expect(created.status == .created)
            let id = try #require(created.object["id"] as? String)
            let answer = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "setup_key", "value": \#(jsonString(Self.setupKey))}"#)
            #expect(answer.status == .badRequest)
            #expect(answer.errorCode == "secret_refused")

            // The session goes on without it: no secret is ever asked.
            let current = try await client.json(.get, "/v1/sessions/\(id)")
            let facts = current.object["facts"] as? [String: Any] ?? [:]
            #expect(facts["setup_key"] == nil || (facts["setup_key"] as? [String: Any])?["value"] is NSNull)

            // "I'd rather not say" is an answer.
            let null = try await client.json(.post, "/v1/sessions", #"{"tree": "setup-key-invalid", "facts": {"setup_key": null}}"#)
            #expect(null.status == .created)

            for r in [atStart, password, answer, current, null] {
                #expect(!r.text.contains(Self.setupKey))
                #expect(!r.text.contains(Self.password))
            }
        }
        let stored = try t.dataBytes()
        #expect(stored.count > 0)
        for secret in [Self.setupKey, Self.password] {
            #expect(stored.range(of: Data(secret.utf8)) == nil, "the data folder holds a secret")
            #expect(!t.log.text.contains(secret), "the log holds a secret")
        }
        // The log did record the requests (so the check above looked at something).
        #expect(t.log.entries.filter { $0.contains("route=/v1/sessions") }.count >= 3)
    }

    /// A ticket is kept redacted: a password typed in it is in neither the database nor the log.
    @Test func aTicketIsKeptRedacted() async throws {
        let t = try TestServer()
        defer { t.remove() }
        let ticket = "Hello, I can't log in to the OMU system. My password: \(Self.password) and it says the password is wrong."
        try await t.test { client in
            let r = try await client.json(.post, "/v1/triage", #"{"text": \#(jsonString(ticket)), "lang": "en"}"#, agent: true)
            #expect(r.status == .created)
            #expect(!r.text.contains(Self.password))
            #expect((r.object["text"] as? String)?.contains("[REDACTED]") == true)
            #expect((r.object["id"] as? String)?.count == 32)
        }
        let stored = try t.dataBytes()
        #expect(stored.range(of: Data(Self.password.utf8)) == nil)
        #expect(stored.range(of: Data("[REDACTED]".utf8)) != nil)
        #expect(!t.log.text.contains(Self.password))
        #expect(!t.log.text.contains("can't log in"))
    }
}

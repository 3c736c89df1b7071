import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Service
import Testing

@Suite struct AgentRouteTests {
    @Test func agentRoutesNeedTheToken() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let routes: [(HTTPRequest.Method, String, String?)] = [
                (.post, "/v1/triage", #"{"text": "ログインできない"}"#),
                (.post, "/v1/feedback", #"{"tree": "login-fails", "outcome": "resolved"}"#),
                (.get, "/v1/stats", nil),
            ]
            for (method, uri, body) in routes {
                let none = try await client.json(method, uri, body)
                #expect(none.status == .unauthorized, "\(uri)")
                #expect(none.errorCode == "unauthorized")
                #expect(none.headers[.wwwAuthenticate] == "Bearer")
                for header in ["Bearer wrong", "Bearer \(TestServer.token)x", "Basic \(TestServer.token)", TestServer.token, "Bearer"] {
                    let wrong = try await client.json(method, uri, body, headers: [.authorization: header])
                    #expect(wrong.status == .unauthorized, "\(uri) \(header)")
                }
                let right = try await client.json(method, uri, body, agent: true)
                #expect(right.status.code < 300, "\(uri)")
            }
        }
    }

    @Test func triageFeedbackAndStats() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let triage = try await client.json(
                .post, "/v1/triage", #"{"text": "確認コードの有効期限が切れたと表示されました。10分前に届いたメールです。"}"#, agent: true)
            #expect(triage.status == .created)
            let ticket = try #require(triage.object["id"] as? String)
            let results = triage.object["results"] as? [[String: Any]] ?? []
            let first = try #require(results.first?["tree"] as? String)
            #expect(first == "code-expired")
            #expect(triage.object["version"] as? Int == 1)
            #expect(triage.object["language"] as? String == "ja")

            let kept = try #require(try await t.database.stores.tickets.ticket(ticket))
            #expect(kept.firstTree == "code-expired")
            #expect(kept.redactedText == triage.object["text"] as? String)
            #expect(String(decoding: kept.triageJSON, as: UTF8.self) + "\n" == triage.text)

            // The agent chose another entry.
            let other = try await client.json(
                .post, "/v1/feedback", #"{"ticket": "\#(ticket)", "tree": "code-resend", "outcome": "resolved"}"#, agent: true)
            #expect(other.status == .created)
            #expect(other.object["id"] as? Int != nil)

            // A session that escalates.
            let session = try await client.json(
                .post, "/v1/sessions",
                #"{"tree": "setup-key-invalid", "facts": {"setup_key_has_surrounding_space": true, "setup-key-invalid/remove-space": false, "activation_done": true}}"#)
            #expect(session.status_ == "conclusion")
            let sessionID = try #require(session.object["id"] as? String)
            let onSession = try await client.json(
                .post, "/v1/feedback", #"{"session": "\#(sessionID)", "tree": "setup-key-invalid", "outcome": "escalated"}"#, agent: true)
            #expect(onSession.status == .created)
            _ = try await client.json(.post, "/v1/sessions", #"{"tree": "code-expired", "facts": {"code_age_minutes": 3}}"#)
            _ = try await client.json(.post, "/v1/sessions", #"{"tree": "code-expired"}"#)

            let stats = try await client.json(.get, "/v1/stats", agent: true)
            #expect(stats.status == .ok)
            let trees = stats.object["trees"] as? [[String: Any]] ?? []
            /// The counts of one group of an entry (its lists left out).
            func entry(_ id: String) -> [String: [String: Int]] {
                (trees.first { $0["tree"] as? String == id } ?? [:]).compactMapValues { ($0 as? [String: Any])?.compactMapValues { $0 as? Int } }
            }
            #expect(trees.count >= TestServer.knowledge.compiled.trees.count)
            #expect(entry("code-expired")["sessions"] == ["started": 2, "concluded": 2, "resolved": 2, "escalated": 0, "abandoned": 0])
            #expect(entry("code-expired")["triage"] == ["first": 1, "agent_chose_other": 1])
            #expect(entry("setup-key-invalid")["sessions"] == ["started": 1, "concluded": 1, "resolved": 0, "escalated": 1, "abandoned": 0])
            #expect(entry("setup-key-invalid")["feedback"] == ["resolved": 0, "escalated": 1])
            #expect(entry("code-resend")["feedback"] == ["resolved": 1, "escalated": 0])
            let totals = (stats.object["totals"] as? [String: Any])?.compactMapValues { ($0 as? [String: Any])?.compactMapValues { $0 as? Int } }
            #expect(totals?["sessions"]?["started"] == 3)
            #expect(totals?["triage"]?["agent_chose_other"] == 1)
        }
    }

    @Test func feedbackErrors() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let cases: [(String, String)] = [
                (#"{"tree": "no-such-tree", "outcome": "resolved"}"#, "unknown_tree"),
                (#"{"tree": "login-fails", "outcome": "fixed"}"#, "bad_field"),
                (#"{"tree": "login-fails"}"#, "missing_field"),
                (#"{"ticket": "0123", "tree": "login-fails", "outcome": "resolved"}"#, "unknown_ticket"),
                (#"{"session": "0123", "tree": "login-fails", "outcome": "resolved"}"#, "unknown_session"),
                (#"{"ticket": "a", "session": "b", "tree": "login-fails", "outcome": "resolved"}"#, "bad_field"),
                // An id with a NUL character, which no id holds (PostgreSQL's text cannot).
                (#"{"ticket": "\ud94e\udfd6(\u0000\u00e6", "tree": "contact-helpdesk", "outcome": "escalated"}"#, "unknown_ticket"),
                (#"{"session": "s\u0000", "tree": "contact-helpdesk", "outcome": "escalated"}"#, "unknown_session"),
                ("{", "bad_json"),
            ]
            for (body, code) in cases {
                let r = try await client.json(.post, "/v1/feedback", body, agent: true)
                #expect(r.status == .badRequest, "\(body)")
                #expect(r.errorCode == code, "\(body)")
            }
            let empty = try await client.json(.post, "/v1/triage", #"{"text": "   "}"#, agent: true)
            #expect(empty.status == .badRequest)
            let noText = try await client.json(.post, "/v1/triage", #"{"lang": "en"}"#, agent: true)
            #expect(noText.errorCode == "missing_field")
        }
    }
}

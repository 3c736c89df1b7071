import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Service
import Testing

@Suite struct SessionRouteTests {
    /// Created → answered (one answer "I don't know") → back → answered again → concluded; each
    /// step returned and kept, and the database reopened shows the answers.
    @Test func aSessionFromStartToConclusion() async throws {
        let t = try TestServer()
        defer { t.remove() }
        let id: String = try await t.test { client in
            let created = try await client.json(.post, "/v1/sessions", #"{"tree": "setup-key-invalid", "lang": "en"}"#)
            #expect(created.status == .created)
            let id = try #require(created.object["id"] as? String)
            #expect(id.count == 32)
            #expect(created.headers[.location] == "/v1/sessions/\(id)")
            #expect(created.status_ == "question")
            #expect(created.object["start"] as? String == "setup-key-invalid")
            #expect(created.questionKey == "setup_key_has_surrounding_space")

            // "I don't know": the walk goes on with what the page says for that case.
            let unknown = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "setup_key_has_surrounding_space", "value": null}"#)
            #expect(unknown.status == .ok)
            #expect(unknown.questionKey == "setup-key-invalid/check-space")
            let facts = unknown.object["facts"] as? [String: [String: Any]]
            #expect(facts?["setup_key_has_surrounding_space"]?["source"] as? String == "asked")
            #expect(facts?["setup_key_has_surrounding_space"]?["value"] is NSNull)

            // GET returns the same object.
            let got = try await client.json(.get, "/v1/sessions/\(id)")
            #expect(got.status == .ok)
            #expect(got.text == unknown.text)

            let back = try await client.json(.post, "/v1/sessions/\(id)/back")
            #expect(back.status == .ok)
            #expect(back.questionKey == "setup_key_has_surrounding_space")
            #expect((back.object["facts"] as? [String: Any])?["setup_key_has_surrounding_space"] == nil)

            let yes = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "setup_key_has_surrounding_space", "value": true}"#)
            #expect(yes.questionKey == "setup-key-invalid/remove-space")
            let no = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "setup-key-invalid/remove-space", "value": "no"}"#)
            var last = no
            if no.questionKey == "activation_done" {
                last = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": true}"#)
            }
            #expect(last.status == .ok)
            #expect(last.status_ == "conclusion")
            let conclusion = last.object["conclusion"] as? [String: Any]
            #expect(conclusion?["kind"] as? String == "escalation")
            #expect(conclusion?["tree"] as? String == "contact-helpdesk")
            #expect(last.object["shown"] as? [String] == ["setup-key-invalid/remove-space"])

            // Concluded: nothing more is asked.
            let more = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": true}"#)
            #expect(more.status == .conflict)
            return id
        }

        // A fresh store on the same file: the answers were committed.
        let reopened = try SQLiteDatabase(path: t.database.path)
        let saved = try #require(try await reopened.stores.sessions.load(id)?.saved)
        #expect(saved.tree == "setup-key-invalid")
        #expect(saved.language == .en)
        let answer = saved.entries.first { $0.key == "setup_key_has_surrounding_space" }
        #expect(answer?.value == "true")
        #expect(answer?.source == .asked)
        #expect(saved.entries.contains { $0.key == "setup-key-invalid/remove-space" && $0.value == "false" })
        let progress = try await SQLiteSessionStore(database: reopened).progress(id)
        #expect(progress?.status == "conclusion")
        #expect(progress?.endingKind == "escalation")
        #expect(progress?.entryTree == "setup-key-invalid")
    }

    /// The object is the one `diagnose --json` gives for the same facts, with the session's id.
    @Test func theObjectIsTheProtocolObject() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let r = try await client.json(.post, "/v1/sessions", #"{"tree": "code-expired", "lang": "en", "facts": {"code_age_minutes": 3}}"#)
            #expect(r.status == .created)
            var object = r.object
            #expect(object.removeValue(forKey: "id") != nil)
            let call = ProtocolCall(tree: "code-expired", json: Data(#"{"code_age_minutes": 3}"#.utf8))
            let expected = try call.run(on: TestServer.knowledge, language: .en).object
            let expectedObject = try JSONSerialization.jsonObject(with: WireEncoder().data(expected)) as? NSDictionary
            #expect(NSDictionary(dictionary: object) == expectedObject)
        }
    }

    @Test func anAnswerIsCommittedBeforeTheReply() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let created = try await client.json(.post, "/v1/sessions", #"{"lang": "en"}"#)
            let id = try #require(created.object["id"] as? String)
            #expect(created.questionKey == "activation_done")
            let r = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": "yes"}"#)
            #expect(r.status == .ok)
            // Read straight from another connection to the file, while the server runs.
            let reader = try SQLiteDatabase(path: t.database.path)
            let saved = try await reader.stores.sessions.load(id)?.saved
            #expect(saved?.entries.contains { $0.key == "activation_done" && $0.value == "true" && $0.source == .asked } == true)
        }
    }

    /// Answers sent at once to the same question: one is taken, the others are told the session
    /// has moved on.
    @Test func simultaneousAnswersAreTakenOneAtATime() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let created = try await client.json(.post, "/v1/sessions", #"{"lang": "en"}"#)
            let id = try #require(created.object["id"] as? String)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        let value = i % 2 == 0 ? "true" : "false"
                        return Int(try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": \#(value)}"#).status.code)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 200 }.count == 1)
            #expect(statuses.filter { $0 == 409 }.count == 7)
            let saved = try #require(try await t.database.stores.sessions.load(id)?.saved)
            #expect(saved.entries.filter { $0.key == "activation_done" }.count == 1)
        }
    }

    @Test func unknownSessionIs404() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let missing = String(repeating: "a", count: 32)
            #expect(try await client.json(.get, "/v1/sessions/\(missing)").status == .notFound)
            #expect(try await client.json(.post, "/v1/sessions/\(missing)/answers", #"{"key": "activation_done", "value": true}"#).status == .notFound)
            let back = try await client.json(.post, "/v1/sessions/\(missing)/back")
            #expect(back.status == .notFound)
            #expect(back.errorCode == "not_found")
        }
    }

    @Test func badInputIs400WithAClearMessage() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let tree = try await client.json(.post, "/v1/sessions", #"{"tree": "code-expird"}"#)
            #expect(tree.status == .badRequest)
            #expect(tree.errorCode == "unknown_tree")
            #expect(tree.errorMessage?.contains("did you mean 'code-expired'") == true)

            let fact = try await client.json(.post, "/v1/sessions", #"{"facts": {"code_age_minute": 3}}"#)
            #expect(fact.status == .badRequest)
            #expect(fact.errorCode == "unknown_fact")
            #expect(fact.errorMessage?.contains("unknown fact 'code_age_minute'") == true)

            let choice = try await client.json(.post, "/v1/sessions", #"{"facts": {"after_activation_topic": "lgoin-secretvalue"}}"#)
            #expect(choice.status == .badRequest)
            #expect(choice.errorCode == "bad_value")
            #expect(choice.errorMessage?.contains("login") == true)
            #expect(choice.text.contains("secretvalue") == false)

            let number = try await client.json(.post, "/v1/sessions", #"{"facts": {"code_age_minutes": 1e3}}"#)
            #expect(number.status == .badRequest)
            #expect(number.text.contains("1e3") == false)

            let step = try await client.json(.post, "/v1/sessions", #"{"facts": {"setup-key-invalid/remove-space": null}}"#)
            #expect(step.status == .badRequest)

            let notObject = try await client.json(.post, "/v1/sessions", #"{"facts": [1, 2]}"#)
            #expect(notObject.status == .badRequest)
            let twice = try await client.json(.post, "/v1/sessions", #"{"facts": {"activation_done": true, "activation_done": false}}"#)
            #expect(twice.status == .badRequest)
            #expect(twice.errorCode == "duplicate_field")
            let field = try await client.json(.post, "/v1/sessions", #"{"fact": {}}"#)
            #expect(field.errorCode == "unknown_field")
            let lang = try await client.json(.post, "/v1/sessions", #"{"lang": "de"}"#)
            #expect(lang.errorCode == "bad_language")

            let created = try await client.json(.post, "/v1/sessions", #"{"lang": "en"}"#)
            let id = try #require(created.object["id"] as? String)
            let wrongKey = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "code_age_minutes", "value": 3}"#)
            #expect(wrongKey.status == .conflict)
            #expect(wrongKey.errorCode == "not_asked")
            let noValue = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done"}"#)
            #expect(noValue.status == .badRequest)
            let badBool = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": "perhaps"}"#)
            #expect(badBool.status == .badRequest)
            #expect(badBool.text.contains("perhaps") == false)
            let nothingBack = try await client.json(.post, "/v1/sessions/\(id)/back")
            #expect(nothingBack.status == .conflict)
        }
    }

    @Test func badJSONIs400() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            for body in ["{", "not json", "[]", "\"text\"", ""] {
                let r = try await client.json(.post, "/v1/sessions", body)
                #expect(r.status == .badRequest, "\(body)")
                #expect(r.errorCode == "bad_json", "\(body)")
                #expect(r.object["version"] as? Int == 1)
            }
            let created = try await client.json(.post, "/v1/sessions", "{}")
            let id = try #require(created.object["id"] as? String)
            let r = try await client.json(.post, "/v1/sessions/\(id)/answers", "{\"key\": ")
            #expect(r.status == .badRequest)
        }
    }
}

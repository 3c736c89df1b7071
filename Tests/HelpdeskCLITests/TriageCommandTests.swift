import Foundation
import Testing

@Suite struct TriageCommandTests {
    static func object(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.output)")
    }

    @Test func jsonShape() throws {
        let ticket = "新入生です。2要素認証のセットアップキーを貼り付けたら「無効なキー」と出ます。IDは ＡＢ１２３４５ です。"
        let r = try CLI.run(["triage", "--json", "--top", "2", ticket])
        #expect(r.status == 0, "\(r.output)")
        let o = try Self.object(r)
        #expect(o["language"] as? String == "ja")
        #expect(o["text"] as? String == ticket)
        let results = try #require(o["results"] as? [[String: Any]])
        #expect(results.count == 2)
        #expect(results.first?["tree"] as? String == "setup-key-invalid")
        #expect((results.first?["matched"] as? [String])?.contains("無効なキー") == true)
        #expect(results.first?["score"] is Double)
        let facts = try #require(o["facts"] as? [String: Any])
        #expect(facts["affiliation"] as? String == "student")
        #expect(facts["omuid"] as? String == "ＡＢ１２３４５")
        #expect(facts["error_message"] as? String == "無効なキー")
        let omuid = try #require((o["checks"] as? [String: Any])?["omuid"] as? [String: Any])
        #expect((omuid["findings"] as? [[String: Any]])?.map { $0["code"] as? String } == ["fullwidth"])
        let next = try #require(o["next"] as? [String: Any])
        #expect(next["status"] as? String == "question")
        #expect(next["tree"] as? String == "setup-key-invalid")
        #expect((o["reply"] as? String)?.hasPrefix("お問い合わせいただきありがとうございます。") == true)
    }

    @Test func humanOutputInEnglish() throws {
        let r = try CLI.run(["triage", "My confirmation code arrived 12 minutes ago and now it says it is expired."])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Matching FAQ entries"))
        #expect(r.stdout.contains("code-expired"))
        #expect(r.stdout.contains("code_age_minutes = 12"))
        #expect(r.stdout.contains("Reply draft"))
        #expect(r.stdout.contains("Thank you for contacting the IT helpdesk."))
    }

    @Test func standardInputAndFile() throws {
        let stdin = try CLI.run(["triage", "--json", "-"], input: "スマホを機種変更したら2段階認証ができません")
        #expect((try Self.object(stdin)["results"] as? [[String: Any]])?.first?["tree"] as? String == "two-factor-new-device")
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("ticket.txt")
        try "I lost my phone with the authenticator app on it.".write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try CLI.run(["triage", "--json", "--file", file.path])
        #expect((try Self.object(fromFile)["results"] as? [[String: Any]])?.first?["tree"] as? String == "two-factor-device-lost")
    }

    @Test func secretsAreRedactedEverywhere() throws {
        let ticket = "ログインできません。パスワードは Qw7Secret! で、コード 731902 も入れました。キーは JBSW Y3DP EHPK 3PXP"
        for arguments in [["triage", ticket], ["triage", "--json", ticket]] {
            let r = try CLI.run(arguments)
            for secret in ["Qw7Secret", "731902", "JBSW"] { #expect(!r.output.contains(secret)) }
            #expect(r.output.contains("[REDACTED]"))
        }
    }

    @Test func batchJSONLAndCSV() throws {
        let dir = try CLI.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("t.jsonl")
        try """
            {"id": "a", "text": "確認コードが期限切れになりました"}
            "I forgot my password"
            {"id": 7, "text": "パスワードは Zz9Secret! です。ログインできない"}
            """.write(to: jsonl, atomically: true, encoding: .utf8)
        let r = try CLI.run(["triage", "--batch", jsonl.path])
        #expect(r.status == 0, "\(r.output)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["id"] as? String } == ["a", "2", "7"])
        #expect(!r.output.contains("Zz9Secret"))
        let csv = dir.appendingPathComponent("t.csv")
        try "id,text\n1,\"Which e-mail should I register, for recovery?\"\n2,\"スマホを\"\"紛失\"\"しました\"\n".write(to: csv, atomically: true, encoding: .utf8)
        let c = try CLI.run(["triage", "--batch", csv.path])
        let csvObjects = try c.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(csvObjects.map { $0["id"] as? String } == ["1", "2"])
        #expect((csvObjects[1]["text"] as? String) == "スマホを\"紛失\"しました")
    }

    @Test func badBatchLineIsNamedNotRepeated() throws {
        let dir = try CLI.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("bad.jsonl")
        try "{\"text\": \"ok\"}\n{password Abc12345!\n".write(to: jsonl, atomically: true, encoding: .utf8)
        let r = try CLI.run(["triage", "--batch", jsonl.path])
        #expect(r.status == 2)
        #expect(r.output.contains("line 2"))
        #expect(!r.output.contains("Abc12345"))
    }

    @Test func evaluatePrintsAccuracyAndConfusions() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("labelled.jsonl")
        try """
            {"lang": "ja", "tree": "code-expired", "text": "確認コードの有効期限が切れてしまいました"}
            {"lang": "en", "tree": "two-factor-new-device", "text": "I got a new phone, how do I move the authenticator?"}
            {"lang": "en", "tree": "staff-number-unknown", "text": "I forgot my password"}
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["triage", "--evaluate", file.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("tickets: 3"))
        #expect(r.stdout.contains("top-1: 66.7% (2/3)"))
        #expect(r.stdout.contains("1× staff-number-unknown → password-forgotten"))
    }

    @Test func badUsage() throws {
        #expect(try CLI.run(["triage"]).status == 2)
        let empty = try CLI.run(["triage", "--json", "-"], input: "   \n")
        #expect(empty.status == 2)
        #expect(try Self.object(empty)["error"] as? String == "the ticket is empty")
        #expect(try CLI.run(["triage", "--top", "0", "x"]).status == 2)
        #expect(try CLI.run(["triage", "--batch", "/no/such.jsonl"]).status == 2)
    }

    /// The labelled ticket sets stay in step with the knowledge: every label is a tree.
    @Test func ticketSetsNameRealTrees() throws {
        let folder = URL(fileURLWithPath: CLI.knowledge).deletingLastPathComponent().appendingPathComponent("Benchmarks/triage")
        for name in ["dev.jsonl", "dev2.jsonl", "test.jsonl", "holdout.jsonl"] {
            let r = try CLI.run(["triage", "--evaluate", folder.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(name): \(r.output)")
        }
    }
}

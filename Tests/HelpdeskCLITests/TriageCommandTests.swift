import Foundation
import Testing

/// `helpdesk triage` through the binary: where the ticket is read from (arguments, standard input,
/// a file), `--top`, `--evaluate`, batch output on standard output, and bad usage. The report's
/// fields and text, redaction and evaluation are tested in process
/// (ServiceTests/TriageReportTests.swift).
@Suite struct TriageCommandTests {
    static func object(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.output)")
    }

    static func firstTree(_ r: CLI.Result) throws -> String? {
        (try object(r)["results"] as? [[String: Any]])?.first?["tree"] as? String
    }

    @Test func ticketFromArgumentsStandardInputOrFile() throws {
        let text = try CLI.run(["triage", "My confirmation code arrived 12 minutes ago and now it says it is expired."])
        #expect(text.status == 0, "\(text.output)")
        #expect(text.stdout.contains("Reply draft"))
        #expect(text.stdout.contains("code-expired"))
        let json = try CLI.run(["triage", "--json", "--top", "2", "新入生です。2要素認証のセットアップキーを貼り付けたら「無効なキー」と出ます。"])
        #expect(json.status == 0, "\(json.output)")
        #expect((try Self.object(json)["results"] as? [[String: Any]])?.count == 2)

        let stdin = try CLI.run(["triage", "--json", "-"], input: "スマホを機種変更したら2段階認証ができません")
        #expect(try Self.firstTree(stdin) == "two-factor-new-device")
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("ticket.txt")
        try "I lost my phone with the authenticator app on it.".write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try CLI.run(["triage", "--json", "--file", file.path])
        #expect(try Self.firstTree(fromFile) == "two-factor-device-lost")

        let labelled = dir.appendingPathComponent("labelled.jsonl")
        try """
            {"lang": "ja", "tree": "code-expired", "text": "確認コードの有効期限が切れてしまいました"}
            {"lang": "en", "tree": "staff-number-unknown", "text": "I forgot my password"}
            """.write(to: labelled, atomically: true, encoding: .utf8)
        let evaluation = try CLI.run(["triage", "--evaluate", labelled.path])
        #expect(evaluation.status == 0, "\(evaluation.output)")
        #expect(evaluation.stdout.contains("tickets: 2"))
    }

    @Test func batchJSONLAndCSV() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
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
        #expect(c.status == 0, "\(c.output)")
        let csvObjects = try c.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(csvObjects.map { $0["id"] as? String } == ["1", "2"])
    }

    /// `-` reads a batch, or labelled tickets, from standard input, as JSONL.
    @Test func batchAndEvaluationFromStandardInput() throws {
        let batch = try CLI.run(["triage", "--batch", "-"], input: "{\"id\": \"s\", \"text\": \"スマホを紛失しました\"}\n\"I forgot my password\"\n")
        #expect(batch.status == 0, "\(batch.output)")
        let ids = try batch.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["id"] as? String }
        #expect(ids == ["s", "2"])
        let evaluation = try CLI.run(["triage", "--evaluate", "-"], input: "{\"text\": \"スマホを紛失しました\", \"tree\": \"two-factor-device-lost\"}\n")
        #expect(evaluation.status == 0, "\(evaluation.output)")
        #expect(evaluation.stdout.contains("tickets: 1"))
        let none = try CLI.run(["triage", "--evaluate", "-"], input: "\n")
        #expect(none.status == 2)
        #expect(none.stderr.contains("no labelled tickets in standard input"), "\(none.output)")
    }

    @Test func badUsage() throws {
        #expect(try CLI.run(["triage"]).status == 2)
        let empty = try CLI.run(["triage", "--json", "-"], input: "   \n")
        #expect(empty.status == 2)
        #expect(try Self.object(empty)["error"] as? String == "the ticket is empty")
        #expect(try CLI.run(["triage", "--top", "0", "x"]).status == 2)
        #expect(try CLI.run(["triage", "--batch", "/no/such.jsonl"]).status == 2)

        // A bad line of a batch is an error record on standard error, named, not repeated; the
        // other lines go on, and the exit status says one failed.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonl = dir.appendingPathComponent("bad.jsonl")
        try "{\"text\": \"ok\"}\n{password Abc12345!\n{\"id\": \"z\", \"text\": \"I lost my phone\"}\n".write(to: jsonl, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["triage", "--batch", jsonl.path])
        #expect(bad.status == 1)
        let results = try bad.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(results.map { $0["id"] as? String } == ["1", "z"])
        let record = try #require(bad.stderr.split(separator: "\n").first { $0.contains("\"line\":2") })
        #expect(record.contains("\"error\""))
        #expect(bad.stderr.contains("2 tickets triaged, 1 line failed"))
        #expect(!bad.output.contains("Abc12345"))
    }
}

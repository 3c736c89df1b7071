import Foundation
import KnowledgeBase
import Testing
import Triage
@testable import Service

/// A triaged ticket as `helpdesk triage` reports it (moved from the end-to-end
/// TriageCommandTests): the JSON fields, the text for people, redaction, evaluation.
@Suite struct TriageReportTests {
    static let triager = Triager(knowledge: Fixture.compiled, derivations: Fixture.knowledge.derivations)

    /// The report for one ticket, as the command makes it (`--top` is 3 unless given).
    static func report(_ ticket: String, top: Int = 3) -> TriageReport {
        TriageReport(triager.triage(ticket, top: top), knowledge: Fixture.compiled)
    }

    static func object(_ report: TriageReport) throws -> [String: Any] {
        let json = report.rendered(.json)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
    }

    @Test func jsonShape() throws {
        let ticket = "新入生です。2要素認証のセットアップキーを貼り付けたら「無効なキー」と出ます。IDは ＡＢ１２３４５ です。"
        let o = try Self.object(Self.report(ticket, top: 2))
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

    @Test func textInEnglish() {
        let text = Self.report("My confirmation code arrived 12 minutes ago and now it says it is expired.").text(.plain)
        #expect(text.contains("Matching FAQ entries"))
        #expect(text.contains("code-expired"))
        #expect(text.contains("code_age_minutes = 12"))
        #expect(text.contains("Reply draft"))
        #expect(text.contains("Thank you for contacting the IT helpdesk."))
    }

    /// Misspelt words are read as the knowledge spells them, and the report says how (only
    /// when there are any).
    @Test func misspeltWordsAreShownAsRead() throws {
        let report = Self.report("I forgott my pasword. Pasword forgotten")
        let o = try Self.object(report)
        #expect(o["spelling"] as? [[String: String]] == [["word": "forgott", "reading": "forgot"], ["word": "pasword", "reading": "password"]])
        #expect((o["results"] as? [[String: Any]])?.first?["tree"] as? String == "password-forgotten")
        #expect(report.text(.plain).contains("Read as: forgott → forgot, pasword → password"))
        #expect(try Self.object(Self.report("I forgot my password"))["spelling"] == nil)
    }

    @Test func secretsAreRedactedEverywhere() {
        let ticket = "ログインできません。パスワードは Qw7Secret! で、コード 731902 も入れました。キーは JBSW Y3DP EHPK 3PXP"
        let report = Self.report(ticket)
        for output in [report.rendered(.text), report.rendered(.json)] {
            for secret in ["Qw7Secret", "731902", "JBSW"] { #expect(!output.contains(secret)) }
            #expect(output.contains("[REDACTED]"))
        }
    }

    /// Batch tickets: ids given (string or number) or the line number, CSV quotes undone.
    @Test func batchTicketsKeepTheirIds() throws {
        let jsonl = TicketReader.read(path: "t.jsonl", content: """
            {"id": "a", "text": "確認コードが期限切れになりました"}
            "I forgot my password"
            {"id": 7, "text": "パスワードは Zz9Secret! です。ログインできない"}
            """)
        let tickets = try jsonl.map { try $0.get() }
        let reports = tickets.map { TriageReport(Self.triager.triage($0.text, top: 3), knowledge: Fixture.compiled, id: $0.id) }
        #expect(try reports.map { try Self.object($0)["id"] as? String } == ["a", "2", "7"])
        #expect(!reports.map { $0.rendered(.json) }.joined().contains("Zz9Secret"))
        let csv = TicketReader.read(
            path: "t.csv", content: "id,text\n1,\"Which e-mail should I register, for recovery?\"\n2,\"スマホを\"\"紛失\"\"しました\"\n")
        let rows = try csv.map { try $0.get() }
        #expect(rows.map(\.id) == ["1", "2"])
        let second = try Self.object(TriageReport(Self.triager.triage(rows[1].text, top: 3), knowledge: Fixture.compiled, id: rows[1].id))
        #expect(second["text"] as? String == "スマホを\"紛失\"しました")
    }

    @Test func badBatchLineIsNamedNotRepeated() {
        let lines = TicketReader.read(path: "bad.jsonl", content: "{\"text\": \"ok\"}\n{password Abc12345!\n")
        #expect(throws: TicketError.self) { try lines.map { try $0.get() } }
        guard case .failure(let error) = lines.last else { Issue.record("the bad line was accepted"); return }
        #expect(error.description.contains("line 2"))
        #expect(!error.description.contains("Abc12345"))
    }

    @Test func evaluationPrintsAccuracyAndConfusions() throws {
        let lines = TicketReader.jsonl("""
            {"lang": "ja", "tree": "code-expired", "text": "確認コードの有効期限が切れてしまいました"}
            {"lang": "en", "tree": "two-factor-new-device", "text": "I got a new phone, how do I move the authenticator?"}
            {"lang": "en", "tree": "staff-number-unknown", "text": "I forgot my password"}
            """)
        let text = try TriageEvaluation.run(Self.triager, on: lines).text(.plain)
        #expect(text.contains("tickets: 3"))
        #expect(text.contains("top-1: 66.7% (2/3)"))
        #expect(text.contains("1× staff-number-unknown → password-forgotten"))
    }

    /// The labelled ticket sets stay in step with the knowledge: every label is a tree.
    @Test(arguments: ["dev.jsonl", "dev2.jsonl", "test.jsonl", "holdout.jsonl"])
    func ticketSetsNameRealTrees(name: String) throws {
        let file = URL(fileURLWithPath: Fixture.root).deletingLastPathComponent().appendingPathComponent("Benchmarks/triage/\(name)")
        let content = try String(contentsOf: file, encoding: .utf8)
        let report = try TriageEvaluation.run(Self.triager, on: TicketReader.jsonl(content))
        #expect(report.tickets > 0)
    }
}

@Suite struct TriageBatchTests {
    @Test func aBadLineIsAnErrorRecordAndTheRestGoOn() throws {
        let triager = Triager(knowledge: Fixture.compiled, derivations: Fixture.knowledge.derivations)
        let lines = TicketReader.jsonl("{\"text\": \"パスワードを忘れました\"}\nnot json Secret99x\n\"I lost my phone\"\n")
        var out = Data()
        var errors: [TriageBatch.ErrorRecord] = []
        var done: [Int] = []
        let summary = TriageBatch(triager: triager).run(lines, output: { out.append($0) }, failure: { errors.append($0) }, progress: { done.append($0) })
        #expect(summary.triaged == 2 && summary.failed.count == 1)
        #expect(errors == [TriageBatch.ErrorRecord(line: 2, error: "expected a JSON object with \"text\", or a JSON string")])
        #expect(String(decoding: out, as: UTF8.self).split(separator: "\n").count == 2)
        #expect(done == [1, 2, 3])
        #expect(summary.description == "2 tickets triaged, 1 line failed")
        #expect(!WireEncoder().string(errors[0]).contains("Secret99x"))
    }
}

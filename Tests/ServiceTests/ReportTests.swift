import Domain
import Foundation
import KnowledgeBase
import Testing
import Tester
import Triage
@testable import Service

/// Each result reports itself as text and as versioned JSON; the surfaces only pick.
@Suite struct ReportTests {
    func json(_ report: some Report) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(.json).utf8)) as? [String: Any])
    }

    @Test func checkResults() throws {
        let report = OMUIDCheck.check("ＡＢ１２３４５", site: Fixture.compiled.site)
        var result = CheckResult(check: "omuid", findings: report.findings, language: .en)
        result.pattern = 1
        let o = try json(result)
        #expect(o["version"] as? Int == 1 && o["check"] as? String == "omuid" && o["ok"] as? Bool == false)
        #expect((o["findings"] as? [[String: Any]])?.first?["code"] as? String == "fullwidth")
        #expect(o["on_campus"] == nil, "only the network check has a verdict")
        #expect(result.text(.plain).contains("[fullwidth]"))
        var network = CheckResult(check: "network", findings: [], language: .ja)
        network.notes = ["SSID \u{1B}[31mevil"]
        #expect(try json(network)["on_campus"] is NSNull)
        #expect(network.text(.plain) == "✓ 問題は見つかりませんでした。\nSSID evil")
    }

    @Test func lintReports() throws {
        let report = LintReport.lint(root: Fixture.root)
        let o = try json(report)
        #expect(o["errors"] as? Int == 0 && o["version"] as? Int == 1)
        #expect(report.text(.plain).hasSuffix("0 errors, 0 warnings in \(report.files) files"))
        #expect(!report.fails(strict: true))
        #expect(LintReport.rulesText().contains("cycle"))
    }

    @Test func knowledgeTestReports() throws {
        let loaded = TestsDecoder.load(folder: Fixture.root + "/tests")
        var cover = Coverage()
        let outcomes = TestRunner(knowledge: Fixture.compiled, derivations: Fixture.knowledge.derivations).run(loaded.tests, coverage: &cover)
        let report = TestReport(outcomes: outcomes, coverage: cover, knowledge: Fixture.compiled, withCoverage: true, minimum: 100, verbose: false)
        #expect(report.failed == 0 && !report.fails)
        #expect(report.text(.plain).hasSuffix("\(report.passed) passed, 0 failed"))
        #expect(report.text(.plain).contains("coverage: nodes 100.0%"))
        let o = try json(report)
        #expect((o["coverage"] as? [String: Any])?["nodes"] as? Double == 100)
    }

    @Test func triageReports() throws {
        let triager = Triager(knowledge: Fixture.compiled, derivations: Fixture.knowledge.derivations)
        let ticket = "OMUIDは ＡＢ１２３４５ です。2段階認証のコード 123456 が通りません\u{1B}[2J"
        let report = TriageReport(triager.triage(ticket, top: 3), knowledge: Fixture.compiled, id: "7")
        let text = report.text(.plain)
        #expect(!text.contains("123456") && !text.contains("\u{1B}"))
        let o = try json(report)
        #expect(o["id"] as? String == "7" && o["version"] as? Int == 1)
        #expect(((o["checks"] as? [String: Any])?["omuid"] as? [String: Any])?["ok"] as? Bool == false)
        #expect(o.keys.contains("reply") && o.keys.contains("next"))
        #expect(!report.rendered(.json).contains("123456"))
    }

    @Test func treeLists() throws {
        let list = TreeList(Fixture.knowledge, language: .en)
        #expect(list.trees.count == Fixture.compiled.trees.count)
        #expect(list.trees.map(\.stage) == list.trees.map(\.stage).sorted { Stage(rawValue: $0)!.order < Stage(rawValue: $1)!.order })
        let o = try json(list)
        #expect((o["trees"] as? [[String: Any]])?.count == list.trees.count)
        #expect(list.text(.plain).split(separator: "\n").count == list.trees.count)
    }

    @Test func evaluations() throws {
        let triager = Triager(knowledge: Fixture.compiled, derivations: Fixture.knowledge.derivations)
        let lines = TicketReader.jsonl(#"""
            {"id": "a", "text": "セットアップキーを登録すると無効なキーと出ます", "tree": "setup-key-invalid", "lang": "ja"}
            {"id": "b", "text": "I forgot my password", "tree": "password-forgotten", "lang": "en"}
            """#)
        let report = try TriageEvaluation.run(triager, on: lines)
        #expect(report.tickets == 2)
        #expect(report.text(.plain).hasPrefix("tickets: 2\ntop-1: "))
        #expect(throws: TicketError(line: 1, message: "no tree 'nope'")) {
            try TriageEvaluation.run(triager, on: TicketReader.jsonl(#"{"text": "x", "tree": "nope"}"#))
        }
    }
}

@Suite struct TicketReaderTests {
    @Test func jsonlLinesStringsAndNumbersAsIds() {
        let lines = TicketReader.jsonl("{\"id\": 4, \"text\": \"a\"}\n\n\"plain\"\n{\"text\": \"b\", \"tree\": \"start\"}\nnot json SECRET\n")
        #expect(lines.count == 4)
        #expect((try? lines[0].get())?.id == "4")
        #expect((try? lines[1].get())?.text == "plain")
        #expect((try? lines[2].get())?.tree == "start")
        guard case .failure(let error) = lines[3] else { Issue.record("accepted"); return }
        #expect(error.line == 5 && !error.description.contains("SECRET"))
    }

    /// Lines cut from the file (CRLF, spaces around), with escapes, non-ASCII text and a
    /// surrogate pair, read as JSON reads them.
    @Test func jsonlLinesAsJSONReadsThem() throws {
        let content = "{\"id\": \"a\", \"text\": \"パスワード \\\"x\\\" \\u00e9\\ud83d\\ude00\\n\\t/\\/\"}\r\n  {\"text\": \"ｶﾞ é\", \"lang\": \"ja\"}  \r\n{\"text\": \"open\n"
        let lines = TicketReader.jsonl(content)
        #expect(lines.count == 3)
        #expect((try? lines[0].get())?.text == "パスワード \"x\" é😀\n\t//")
        #expect((try? lines[0].get())?.id == "a")
        #expect((try? lines[1].get())?.text == "ｶﾞ é" && (try? lines[1].get())?.lang == "ja" && (try? lines[1].get())?.id == "2")
        guard case .failure(let error) = lines[2] else { Issue.record("accepted an unterminated string"); return }
        #expect(error.line == 3)
    }

    @Test func csvWithQuotedFields() {
        let lines = TicketReader.csv("id,text,tree\n1,\"a, \"\"quoted\"\"\nline\",start\n2,,\n")
        #expect(lines.count == 1)
        let ticket = try? lines[0].get()
        #expect(ticket?.text == "a, \"quoted\"\nline" && ticket?.tree == "start" && ticket?.line == 2)
        #expect(TicketReader.csv("id,body\n1,x").first.map { if case .failure = $0 { return true } else { return false } } == true)
    }
}

@Suite struct SiteReferenceMarkTests {
    /// A dangling reference in the site data points at the line where it is written.
    @Test func siteReferencesKeepTheirLines() throws {
        let dir = try Fixture.temporaryDirectory().appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: Fixture.root, toPath: dir.path)
        let site = dir.appendingPathComponent("site.yaml")
        var text = try String(contentsOf: site, encoding: .utf8)
        text = text.replacingOccurrences(of: "fallback_tree: contact-helpdesk", with: "fallback_tree: contact-helpdeks")
        try text.write(to: site, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("fallback_tree:") }! + 1
        let report = LintReport.lint(root: dir.path)
        let d = try #require(report.diagnostics.first { $0.message.contains("contact-helpdeks") })
        #expect(d.mark?.line == line && d.mark?.column == 16)
        #expect(d.message.contains("did you mean 'contact-helpdesk'"))
    }
}

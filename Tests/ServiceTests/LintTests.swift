import Foundation
import KnowledgeBase
import Testing
@testable import Service

/// The linter's report as `helpdesk lint` prints it (moved from the end-to-end
/// LintCommandTests): the diagnostics, their text and JSON, one file, and strictness.
@Suite struct LintTests {
    /// A copy of the bundled knowledge that a test may break.
    static func knowledgeCopy() throws -> URL {
        let dir = try Fixture.temporaryDirectory().appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: Fixture.root, toPath: dir.path)
        return dir
    }

    static func json(_ report: LintReport) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(.json).utf8)) as? [String: Any])
    }

    /// A reply template that does not parse is refused by every command that triages and by
    /// lint, not by one that only diagnoses (which never reads the templates).
    @Test func aBrokenReplyTemplateStopsTriageNotADiagnosis() throws {
        let copy = try Self.knowledgeCopy()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try "{{#remedy}}\n{{text}}\n{{/remed}}\n".write(to: copy.appendingPathComponent("templates/reply.ja.mustache"), atomically: true, encoding: .utf8)
        let diagnosing = try LoadedKnowledge.load(copy.path, language: .ja, triage: false)
        #expect(diagnosing.compiled.tree("code-expired") != nil)
        #expect(diagnosing.compiled.examples.isEmpty)
        do {
            _ = try LoadedKnowledge.load(copy.path, language: .ja, triage: true)
            Issue.record("knowledge with a broken reply template was loaded for triage")
        } catch {
            guard case .invalid(_, let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(diagnostics.contains { $0.message.contains("'reply.ja' does not parse") })
        }
    }

    @Test func listsRules() {
        let rules = LintReport.rulesText()
        for rule in ["cycle", "unreachable-node", "case-coverage", "secret-in-text", "no-keywords"] {
            #expect(rules.contains(rule))
        }
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let dir = try Self.knowledgeCopy()
        let file = dir.appendingPathComponent("trees/activation/code-expired.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\n  en: The confirmation code has expired\n", with: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let report = LintReport.lint(root: dir.path)
        #expect(!report.fails(strict: false), "\(report.text(.plain))")
        #expect(report.text(.plain).contains("warning: the title of tree 'code-expired' has no English text (en) [missing-en]"))
        #expect(report.fails(strict: true))
    }

    @Test func jsonOutput() throws {
        let dir = try Self.knowledgeCopy()
        try "id: code-expired\nnodes: {}\nid: again\n".write(
            to: dir.appendingPathComponent("trees/activation/code-expired.yaml"), atomically: true, encoding: .utf8)
        let report = LintReport.lint(root: dir.path)
        #expect(report.fails(strict: false))
        let object = try Self.json(report)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first { $0["rule"] as? String == "yaml" })
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 1)
        #expect(first["severity"] as? String == "error")
        #expect((first["notes"] as? [[String: Any]])?.first?["line"] as? Int == 1)
        #expect((object["errors"] as? Int ?? 0) >= 1)
    }

    /// A file is linted with its folder, and only its own diagnostics are reported.
    @Test func lintOneFileReportsOnlyThatFile() throws {
        let dir = try Self.knowledgeCopy()
        try "id: x\n".write(to: dir.appendingPathComponent("trees/broken.yaml"), atomically: true, encoding: .utf8)
        let goodFile = try #require(KnowledgeLocator.root(containing: dir.appendingPathComponent("trees/activation/code-expired.yaml").path))
        #expect(goodFile.root == dir.path)
        let good = LintReport.lint(root: goodFile.root, onlyFile: goodFile.file)
        #expect(!good.fails(strict: false), "\(good.text(.plain))")
        #expect(good.text(.plain).contains("in 1 file"))
        let badFile = try #require(KnowledgeLocator.root(containing: dir.appendingPathComponent("trees/broken.yaml").path))
        let bad = LintReport.lint(root: badFile.root, onlyFile: badFile.file)
        #expect(bad.fails(strict: false))
        #expect(bad.text(.plain).contains("broken.yaml:1:1: error: missing key 'title'"))
    }
}

/// Each kind of bad input gives a clear message with file and line and fails the lint: never
/// a crash, a hang or a stack trace (moved from the end-to-end BadInputTests).
@Suite struct LintBadInputTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let bytes: [UInt8]
        let expected: String
        var description: String { name }
    }

    static let nesting = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    static let laughs: String = {
        var text = "id: bomb\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [\(Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", "))]\n" }
        return text
    }()

    static let cases: [Case] = [
        Case(name: "truncated", bytes: Array("id: x\ntitle: {ja: 途中".utf8), expected: "x.yaml:3:1: error: did not find expected ',' or '}' (while parsing a flow mapping"),
        Case(name: "tab indentation", bytes: Array("id: x\nnodes:\n\ta: 1\n".utf8), expected: "x.yaml:3:1: error:"),
        Case(name: "duplicate key", bytes: Array("id: x\nid: y\n".utf8), expected: "x.yaml:2:1: error: duplicate key 'id'"),
        Case(name: "billion laughs", bytes: Array(laughs.utf8), expected: "refusing to expand"),
        Case(name: "deep nesting", bytes: Array(nesting.utf8), expected: "x.yaml:1:129: error: nesting is deeper than 128 levels"),
        Case(name: "invalid UTF-8", bytes: Array("id: ".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8), expected: "x.yaml:1:5: error: invalid UTF-8"),
        Case(name: "empty file", bytes: [], expected: "x.yaml:1:1: error: the file is empty"),
        Case(name: "binary file", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], expected: "x.yaml:1:1: error: this is a binary file"),
        Case(name: "a list", bytes: Array("- id: x\n- start: y\n".utf8), expected: "x.yaml:1:1: error: a tree must be a mapping, found a sequence"),
    ]

    // (The limit catches a hang; each case lints a whole knowledge copy, 40,970 learnt tickets through
    // the debug build's redactor, beside the other suites on two cores: a minute was once too short.)
    @Test(.timeLimit(.minutes(3)), arguments: cases)
    func badTreeFile(_ c: Case) throws {
        let dir = try LintTests.knowledgeCopy()
        try Data(c.bytes).write(to: dir.appendingPathComponent("trees/x.yaml"))
        let report = LintReport.lint(root: dir.path)
        let text = report.text(.plain)
        #expect(report.fails(strict: false), "\(text)")
        #expect(text.contains(c.expected), "\(text)")
    }

    @Test func folderWithoutKnowledge() throws {
        let dir = try Fixture.temporaryDirectory()
        try "hello".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let report = LintReport.lint(root: dir.path)
        #expect(report.fails(strict: false))
        #expect(report.text(.plain).contains("\(dir.path):1:1: error: no knowledge here"))
    }
}

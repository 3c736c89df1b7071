import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func bundledKnowledgeIsClean() throws {
        let r = try CLI.run(["lint", "--strict", CLI.knowledge])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func missingPathIsBadUsage() throws {
        let r = try CLI.run(["lint", "/no/such/folder"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no such file or folder: /no/such/folder"))
    }

    @Test func unknownOptionIsBadUsage() throws {
        let r = try CLI.run(["lint", "--strictly"])
        #expect(r.status == 2)
    }

    @Test func listsRules() throws {
        let r = try CLI.run(["lint", "--list-rules"])
        #expect(r.status == 0)
        for rule in ["cycle", "unreachable-node", "case-coverage", "secret-in-text", "no-keywords"] {
            #expect(r.stdout.contains(rule))
        }
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let dir = try CLI.knowledgeCopy()
        let file = dir.appendingPathComponent("trees/activation/code-expired.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\n  en: The confirmation code has expired\n", with: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let plain = try CLI.run(["lint", dir.path])
        #expect(plain.status == 0, "\(plain.output)")
        #expect(plain.stdout.contains("warning: the title of tree 'code-expired' has no English text (en) [missing-en]"))
        #expect(try CLI.run(["lint", "--strict", dir.path]).status == 1)
    }

    @Test func jsonOutput() throws {
        let dir = try CLI.knowledgeCopy()
        try "id: code-expired\nnodes: {}\nid: again\n".write(
            to: dir.appendingPathComponent("trees/activation/code-expired.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["lint", "--json", dir.path])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first { $0["rule"] as? String == "yaml" })
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 1)
        #expect(first["severity"] as? String == "error")
        #expect((first["notes"] as? [[String: Any]])?.first?["line"] as? Int == 1)
        #expect((object["errors"] as? Int ?? 0) >= 1)
    }

    @Test func lintOneFileReportsOnlyThatFile() throws {
        let dir = try CLI.knowledgeCopy()
        try "id: x\n".write(to: dir.appendingPathComponent("trees/broken.yaml"), atomically: true, encoding: .utf8)
        let good = try CLI.run(["lint", dir.appendingPathComponent("trees/activation/code-expired.yaml").path])
        #expect(good.status == 0, "\(good.output)")
        #expect(good.stdout.contains("in 1 file"))
        let bad = try CLI.run(["lint", dir.appendingPathComponent("trees/broken.yaml").path])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("broken.yaml:1:1: error: missing key 'title'"))
    }
}

/// Each kind of bad input gives a clear message with file and line and exit 1: never a crash,
/// a hang or a stack trace.
@Suite struct BadInputTests {
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

    @Test(arguments: cases)
    func badTreeFile(_ c: Case) throws {
        let dir = try CLI.knowledgeCopy()
        try Data(c.bytes).write(to: dir.appendingPathComponent("trees/x.yaml"))
        let r = try CLI.run(["lint", dir.path], timeout: 20)
        #expect(r.status == 1, "\(r.output)")
        #expect(r.stdout.contains(c.expected), "\(r.stdout)")
        #expect(!r.output.contains("Fatal error"))
        #expect(!r.output.contains("Stack dump"))
    }

    @Test func folderWithoutKnowledge() throws {
        let dir = try CLI.temporaryDirectory()
        try "hello".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["lint", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(dir.path):1:1: error: no knowledge here"))
    }
}

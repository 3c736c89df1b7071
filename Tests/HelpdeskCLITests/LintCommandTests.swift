import Foundation
import Testing

/// `helpdesk lint`'s exit statuses: 0 clean (warnings too, unless --strict), 1 errors, 2 bad
/// usage; diagnostics on standard output. What the linter reports for each kind of bad input,
/// its JSON and one-file runs are tested in process (ServiceTests/LintTests.swift).
@Suite struct LintCommandTests {
    @Test func exitStatuses() throws {
        let clean = try CLI.run(["lint", "--strict", CLI.knowledge])
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.stdout.contains("0 errors, 0 warnings"))
        let rules = try CLI.run(["lint", "--list-rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("cycle"))

        let dir = try CLI.knowledgeCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let file = dir.appendingPathComponent("trees/activation/code-expired.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\n  en: The confirmation code has expired\n", with: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let warned = try CLI.run(["lint", dir.path])
        #expect(warned.status == 0, "\(warned.output)")
        #expect(warned.stdout.contains("[missing-en]"))
        #expect(try CLI.run(["lint", "--strict", dir.path]).status == 1)

        // Nesting deep enough to exhaust a small stack: a diagnostic, never a crash.
        let nesting = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        try nesting.write(to: dir.appendingPathComponent("trees/x.yaml"), atomically: true, encoding: .utf8)
        let broken = try CLI.run(["lint", dir.path], timeout: 20)
        #expect(broken.status == 1, "\(broken.output)")
        #expect(broken.stdout.contains("x.yaml:1:129: error: nesting is deeper than 128 levels"))
        #expect(!broken.output.contains("Fatal error"))
        #expect(!broken.output.contains("Stack dump"))
        let json = try CLI.run(["lint", "--json", dir.path])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["errors"] as? Int ?? 0) >= 1)
        // One file is linted with its folder, and reports only its own diagnostics.
        let oneFile = try CLI.run(["lint", file.path])
        #expect(oneFile.status == 0, "\(oneFile.output)")
        #expect(oneFile.stdout.contains("in 1 file"))

        let missing = try CLI.run(["lint", "/no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or folder: /no/such/folder"))
        #expect(try CLI.run(["lint", "--strictly"]).status == 2)
    }
}

import Foundation
import Testing

/// `helpdesk test`: exit 0 when the bundled knowledge's tests pass with full coverage, 1 on a
/// failing test, a coverage gap or a broken tests file, each reported where an editor looks. What
/// the reports say is tested in process (ServiceTests/KnowledgeTestReportTests.swift).
@Suite struct KnowledgeTestCommandTests {
    @Test func exitStatusesAndWhereReportsGo() throws {
        let r = try CLI.run(["test", "--coverage", "--min-coverage", "100", CLI.knowledge])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("coverage: nodes 100.0%"))
        #expect(r.stdout.range(of: #"\n\d+ passed, 0 failed\n$"#, options: .regularExpression) != nil)

        let dir = try CLI.knowledgeCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let wrong = dir.appendingPathComponent("tests/zz-wrong.yaml")
        try """
            tests:
              - name: wrong on purpose
                tree: password-change-pending
                answers: {pending_minutes: 8, password-change-pending/refresh: yes}
                expect:
                  conclusion: password-change-pending/wait
            """.write(to: wrong, atomically: true, encoding: .utf8)
        let failing = try CLI.run(["test", dir.path])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("zz-wrong.yaml:2:5: FAIL wrong on purpose"))
        try FileManager.default.removeItem(at: wrong)

        try FileManager.default.removeItem(at: dir.appendingPathComponent("tests/password-change-pending.yaml"))
        let gap = try CLI.run(["test", "--coverage", "--min-coverage", "100", "--json", dir.path])
        #expect(gap.status == 1)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(gap.stdout.utf8)) as? [String: Any])
        #expect((o["coverage"] as? [String: Any])?["missed"] != nil)

        try "tests:\n  - name: x\n    tre: start\n".write(to: dir.appendingPathComponent("tests/zz-bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["test", dir.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("zz-bad.yaml:3:5: error: unknown key 'tre' in a test — did you mean 'tree'?"))
    }
}

import Foundation
import Testing

/// `helpdesk test`: the bundled knowledge's tests pass with full coverage, and the command
/// reports failures and coverage gaps so an editor can find them.
@Suite struct KnowledgeTestCommandTests {
    @Test func bundledKnowledgeTestsPassWithFullCoverage() throws {
        let r = try CLI.run(["test", "--coverage", "--min-coverage", "100", CLI.knowledge])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("coverage: nodes 100.0%"))
        #expect(r.stdout.range(of: #"\n\d+ passed, 0 failed\n$"#, options: .regularExpression) != nil)
    }

    @Test func aFailingTestNamesItsPlaceAndPath() throws {
        let dir = try CLI.knowledgeCopy()
        try """
            tests:
              - name: wrong on purpose
                tree: code-expired
                answers: {code_age_minutes: 8}
                expect:
                  conclusion: code-expired/not-yet
            """.write(to: dir.appendingPathComponent("tests/zz-wrong.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["test", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("zz-wrong.yaml:2:5: FAIL wrong on purpose"))
        #expect(r.stdout.contains("expected conclusion code-expired/not-yet, got conclusion code-expired/resend"))
        #expect(r.stdout.contains("path: code-expired/expired → conclusion code-expired/resend"))
        #expect(r.stdout.contains(" passed, 1 failed"))
    }

    @Test func coverageGapsAreListed() throws {
        let dir = try CLI.knowledgeCopy()
        try FileManager.default.removeItem(at: dir.appendingPathComponent("tests/code-expired.yaml"))
        let r = try CLI.run(["test", "--coverage", "--min-coverage", "100", "--json", dir.path])
        #expect(r.status == 1)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let coverage = try #require(o["coverage"] as? [String: Any])
        let missed = try #require(coverage["missed"] as? [[String: Any]])
        let codeExpired = try #require(missed.first { $0["tree"] as? String == "code-expired" })
        #expect((codeExpired["branches"] as? [String])?.contains("code-expired/expired=false") == true)
        #expect((coverage["nodes"] as? Double ?? 100) < 100)
    }

    @Test func testsFileErrorsAreReported() throws {
        let dir = try CLI.knowledgeCopy()
        try "tests:\n  - name: x\n    tre: start\n".write(to: dir.appendingPathComponent("tests/zz-bad.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["test", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("zz-bad.yaml:3:5: error: unknown key 'tre' in a test — did you mean 'tree'?"))
    }
}

import Foundation
import KnowledgeBase
import Testing
import Tester
@testable import Service

/// `helpdesk test`'s report on knowledge tests that fail, coverage gaps and broken tests files
/// (moved from the end-to-end KnowledgeTestCommandTests; the bundled knowledge's own run is in
/// ReportTests.knowledgeTestReports).
@Suite struct KnowledgeTestReportTests {
    /// A copy of the bundled knowledge that a test may change.
    static func knowledgeCopy() throws -> URL {
        let dir = try Fixture.temporaryDirectory().appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: Fixture.root, toPath: dir.path)
        return dir
    }

    /// What `helpdesk test [--coverage] [--min-coverage N] ROOT` computes.
    static func run(_ root: URL, withCoverage: Bool = false, minimum: Double? = nil) throws -> TestReport {
        let knowledge = try LoadedKnowledge.load(root.path, language: .ja)
        let loaded = TestsDecoder.load(folder: root.path + "/tests")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        var cover = Coverage()
        let outcomes = TestRunner(knowledge: knowledge.compiled, derivations: knowledge.derivations).run(loaded.tests, coverage: &cover)
        return TestReport(
            outcomes: outcomes, coverage: cover, knowledge: knowledge.compiled, withCoverage: withCoverage, minimum: minimum, verbose: false)
    }

    @Test func aFailingTestNamesItsPlaceAndPath() throws {
        let dir = try Self.knowledgeCopy()
        try """
            tests:
              - name: wrong on purpose
                tree: password-change-pending
                answers: {pending_minutes: 8, password-change-pending/refresh: yes}
                expect:
                  conclusion: password-change-pending/wait
            """.write(to: dir.appendingPathComponent("tests/zz-wrong.yaml"), atomically: true, encoding: .utf8)
        let report = try Self.run(dir)
        #expect(report.fails)
        let text = report.text(.plain)
        #expect(text.contains("zz-wrong.yaml:2:5: FAIL wrong on purpose"))
        #expect(text.contains("expected conclusion password-change-pending/wait, got conclusion password-change-pending/refresh"))
        #expect(text.contains("path: password-change-pending/waited → password-change-pending/refresh → conclusion password-change-pending/refresh"))
        #expect(text.contains(" passed, 1 failed"))
    }

    @Test func coverageGapsAreListed() throws {
        let dir = try Self.knowledgeCopy()
        try FileManager.default.removeItem(at: dir.appendingPathComponent("tests/password-change-pending.yaml"))
        let report = try Self.run(dir, withCoverage: true, minimum: 100)
        #expect(report.fails)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(.json).utf8)) as? [String: Any])
        let coverage = try #require(o["coverage"] as? [String: Any])
        let missed = try #require(coverage["missed"] as? [[String: Any]])
        let pending = try #require(missed.first { $0["tree"] as? String == "password-change-pending" })
        #expect((pending["branches"] as? [String])?.contains("password-change-pending/waited=false") == true)
        #expect((coverage["nodes"] as? Double ?? 100) < 100)
    }

    @Test func testsFileErrorsAreReported() throws {
        let dir = try Self.knowledgeCopy()
        try "tests:\n  - name: x\n    tre: start\n".write(to: dir.appendingPathComponent("tests/zz-bad.yaml"), atomically: true, encoding: .utf8)
        let loaded = TestsDecoder.load(folder: dir.path + "/tests")
        #expect(loaded.diagnostics.contains { $0.description.contains("zz-bad.yaml:3:5: error: unknown key 'tre' in a test — did you mean 'tree'?") })
    }
}

import KnowledgeBase
import Service

/// The knowledge tests' results and coverage, for people and programs. The last text line is
/// `N passed, N failed`.
public struct TestReport: Report {
    public struct TestObject: Codable, Sendable, Equatable {
        public var name: String
        public var tree: String
        public var passed: Bool
        public var failures: [String]
        public var end: String
        public var path: [String]
        public var file: String
        public var line: Int
    }

    public struct Missed: Codable, Sendable, Equatable {
        public var tree: String
        public var nodes: [String]
        public var branches: [String]
    }

    public struct CoverageObject: Codable, Sendable, Equatable {
        public var nodes: Double
        public var branches: Double
        public var missed: [Missed]
    }

    public var version = wireVersion
    public var passed: Int
    public var failed: Int
    public var tests: [TestObject]
    public var coverage: CoverageObject?

    let outcomes: [TestOutcome]
    let reports: [Coverage.TreeReport]
    let verbose: Bool
    let minimum: Double?

    enum CodingKeys: String, CodingKey { case version, passed, failed, tests, coverage }

    /// `withCoverage` adds the coverage; `minimum` fails the report below that percentage.
    public init(outcomes: [TestOutcome], coverage: Coverage, knowledge: CompiledKnowledge, withCoverage: Bool, minimum: Double?, verbose: Bool) {
        self.outcomes = outcomes
        reports = coverage.report(knowledge)
        self.verbose = verbose
        self.minimum = minimum
        failed = outcomes.filter { !$0.passed }.count
        passed = outcomes.count - failed
        tests = outcomes.map {
            TestObject(
                name: $0.test.name, tree: $0.test.tree.name, passed: $0.passed, failures: $0.failures, end: $0.end, path: $0.path,
                file: $0.test.mark?.file ?? "", line: $0.test.mark?.line ?? 0)
        }
        if withCoverage || minimum != nil {
            let percent = Coverage.percent(reports)
            self.coverage = CoverageObject(
                nodes: percent.nodes, branches: percent.branches,
                missed: reports.filter { !$0.missedNodes.isEmpty || !$0.missedBranches.isEmpty }.map {
                    Missed(tree: $0.tree, nodes: $0.missedNodes, branches: $0.missedBranches)
                })
        }
    }

    /// Coverage below the minimum asked for.
    public var belowMinimum: Bool {
        guard let minimum, let coverage else { return false }
        return coverage.nodes < minimum || coverage.branches < minimum
    }

    public var fails: Bool { failed > 0 || belowMinimum }

    public func text(_ style: Styler) -> String {
        var lines: [String] = []
        for o in outcomes where !o.passed || verbose {
            let place = o.test.mark.map { "\($0): " } ?? ""
            let verdict = o.passed ? style("PASS", .green) : style("FAIL", .red, .bold)
            lines.append("\(place)\(verdict) \(o.test.name)")
            for failure in o.failures { lines.append("    \(failure)") }
            if !o.passed { lines.append("    path: \((o.path + [o.end]).joined(separator: " → "))") }
        }
        if let coverage {
            for r in reports where !r.missedNodes.isEmpty || !r.missedBranches.isEmpty {
                lines.append("not covered in \(r.tree):")
                lines += r.missedNodes.map { "    node \($0)" } + r.missedBranches.map { "    branch \($0)" }
            }
            let nodes = reports.reduce(0) { $0 + $1.nodes }, branches = reports.reduce(0) { $0 + $1.branches }
            let missedNodes = reports.reduce(0) { $0 + $1.missedNodes.count }
            let missedBranches = reports.reduce(0) { $0 + $1.missedBranches.count }
            lines.append(
                "coverage: nodes \(Self.percent(coverage.nodes)) (\(nodes - missedNodes)/\(nodes)), "
                    + "branches \(Self.percent(coverage.branches)) (\(branches - missedBranches)/\(branches))")
            if belowMinimum, let minimum { lines.append("coverage is below the minimum of \(Self.percent(minimum))") }
        }
        lines.append("\(passed) passed, \(failed) failed")
        return lines.joined(separator: "\n")
    }

    /// `87.5%`: one decimal.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

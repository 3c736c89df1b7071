import ArgumentParser
import Foundation
import KnowledgeBase
import Tester

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the knowledge tests (PATH/tests/*.yaml) on the engine, with coverage.",
        discussion: """
            Each test walks a tree with facts given and answers to questions, and checks where the walk ends, \
            the steps shown and the questions asked. The last line is `N passed, N failed`.

            Exit status: 0 all passed (and coverage at least --min-coverage), 1 failures, 2 bad usage.
            """
    )

    @Argument(help: "A knowledge folder (default: the bundled knowledge).", completion: .directory)
    var path: String?

    @Flag(help: "Report the nodes and decide branches no test reaches.")
    var coverage = false

    @Option(help: ArgumentHelp("Fail when node or branch coverage is below this percentage.", valueName: "percent"))
    var minCoverage: Double?

    @Flag(help: "Print one JSON object instead of lines.")
    var json = false

    @Flag(name: .shortAndLong, help: "List passing tests too.")
    var verbose = false

    func run() throws {
        let root = path ?? KnowledgeLocator.locate(explicit: nil)
        guard FileManager.default.fileExists(atPath: root) else { throw UsageError("no such folder: \(root)", json: json) }
        let knowledge = try LoadedKnowledge.load(root, language: .ja, json: json)
        let loaded = TestsDecoder.load(folder: root + "/tests")
        if !loaded.diagnostics.isEmpty {
            loaded.diagnostics.forEach { Output.err($0.description) }
            throw ExitCode(1)
        }
        var cover = Coverage()
        let runner = TestRunner(knowledge: knowledge.compiled, derivations: knowledge.derivations)
        let outcomes = runner.run(loaded.tests, coverage: &cover)
        let reports = cover.report(knowledge.compiled)
        let percent = Coverage.percent(reports)
        let failed = outcomes.filter { !$0.passed }.count
        let passed = outcomes.count - failed
        let belowMinimum = minCoverage.map { percent.nodes < $0 || percent.branches < $0 } ?? false

        if json {
            var object: [String: Any] = [
                "passed": passed, "failed": failed,
                "tests": outcomes.map { o -> [String: Any] in
                    [
                        "name": o.test.name, "tree": o.test.tree.name, "passed": o.passed, "failures": o.failures,
                        "end": o.end, "path": o.path, "file": o.test.mark?.file ?? "", "line": o.test.mark?.line ?? 0,
                    ]
                },
            ]
            if coverage || minCoverage != nil {
                object["coverage"] = [
                    "nodes": percent.nodes, "branches": percent.branches,
                    "missed": reports.filter { !$0.missedNodes.isEmpty || !$0.missedBranches.isEmpty }.map {
                        ["tree": $0.tree, "nodes": $0.missedNodes, "branches": $0.missedBranches]
                    },
                ]
            }
            Output.out(Output.json(object))
        } else {
            let colour = Output.colourOut
            for o in outcomes where !o.passed || verbose {
                let place = o.test.mark.map { "\($0): " } ?? ""
                let verdict = o.passed ? Output.styled("PASS", .green, on: colour) : Output.styled("FAIL", .red, .bold, on: colour)
                Output.out("\(place)\(verdict) \(o.test.name)")
                for failure in o.failures { Output.out("    \(failure)") }
                if !o.passed { Output.out("    path: \((o.path + [o.end]).joined(separator: " → "))") }
            }
            if coverage || minCoverage != nil {
                for r in reports where !r.missedNodes.isEmpty || !r.missedBranches.isEmpty {
                    Output.out("not covered in \(r.tree):")
                    for n in r.missedNodes { Output.out("    node \(n)") }
                    for b in r.missedBranches { Output.out("    branch \(b)") }
                }
                let nodes = reports.reduce(0) { $0 + $1.nodes }, branches = reports.reduce(0) { $0 + $1.branches }
                let missedNodes = reports.reduce(0) { $0 + $1.missedNodes.count }
                let missedBranches = reports.reduce(0) { $0 + $1.missedBranches.count }
                Output.out(String(
                    format: "coverage: nodes %.1f%% (%d/%d), branches %.1f%% (%d/%d)", percent.nodes, nodes - missedNodes, nodes,
                    percent.branches, branches - missedBranches, branches))
                if belowMinimum, let minCoverage { Output.out(String(format: "coverage is below the minimum of %.1f%%", minCoverage)) }
            }
            Output.out("\(passed) passed, \(failed) failed")
        }
        if failed > 0 || belowMinimum { throw ExitCode(1) }
    }
}

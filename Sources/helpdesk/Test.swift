import ArgumentParser
import CommandLineSupport
import Foundation
import KnowledgeBase
import Service
import Tester

extension Helpdesk {
    struct Test: ParsableCommand, SpeaksJSON {
        static let configuration = CommandConfiguration(
            commandName: "test",
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

        var speaksJSON: Bool { json }

        func validate() throws {
            if let minCoverage, !(0...100).contains(minCoverage) { throw ValidationError("--min-coverage takes 0 to 100") }
        }

        func run() throws {
            let root = path ?? KnowledgeLocator.locate(explicit: nil)
            guard FileManager.default.fileExists(atPath: root) else { throw CommandError("no such folder: \(root)") }
            let report: TestReport
            do {
                report = try KnowledgeSuite.run(folder: root, withCoverage: coverage, minimum: minCoverage, verbose: verbose)
            } catch .knowledge(let error) {
                throw error
            } catch .tests(let diagnostics) {
                diagnostics.forEach { Output.err($0.description) }
                throw ExitCode(1)
            }
            Output.report(report, json: json)
            if report.fails { throw ExitCode(1) }
        }
    }
}

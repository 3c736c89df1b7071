import Foundation
import Testing

/// `helpdesk graph`: each format on standard output, `--all`, `--lang`, SVG through Graphviz, and
/// bad usage. The drawings themselves are tested in process (ServiceTests/GraphTests.swift).
@Suite struct GraphCommandTests {
    @Test func formatsAndBadUsage() throws {
        let dot = try CLI.run(["graph", "setup-key-invalid", "--format", "dot", "--lang", "en"])
        #expect(dot.status == 0, "\(dot.output)")
        #expect(dot.stdout.hasPrefix("digraph helpdesk {"))
        #expect(dot.stdout.contains("Does the pasted setup key"))
        let all = try CLI.run(["graph", "--all"])
        #expect(all.status == 0)
        #expect(all.stdout.contains("subgraph \"cluster_start\""))
        let mermaid = try CLI.run(["graph", "code-expired", "--format", "mermaid"])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart TD"))

        let hasDot = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
        let svg = try CLI.run(["graph", "code-expired", "--format", "svg"])
        if hasDot {
            #expect(svg.status == 0)
            #expect(svg.stdout.contains("<svg"))
        } else {
            #expect(svg.status == 2)
            #expect(svg.stderr.contains("apt-get install graphviz"))
        }

        #expect(try CLI.run(["graph"]).status == 2)
        #expect(try CLI.run(["graph", "start", "--format", "png"]).status == 2)
        let missing = try CLI.run(["graph", "nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no tree 'nope'"))
    }
}

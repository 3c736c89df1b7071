import Foundation
import Testing

@Suite struct GraphCommandTests {
    @Test func dotDrawsKindsAndGotoLinks() throws {
        let r = try CLI.run(["graph", "setup-key-invalid", "--format", "dot", "--lang", "en"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.hasPrefix("digraph helpdesk {"))
        #expect(r.stdout.contains("\"setup-key-invalid/key-has-space\" [label=\"Does the pasted setup key have a sp…\", shape=diamond"))
        #expect(r.stdout.contains("shape=box, style=\"rounded,filled\""))
        #expect(r.stdout.contains("\"setup-key-invalid/key-has-space\" -> \"setup-key-invalid/remove-space\" [label=\"Yes\"]"))
    }

    @Test func allTreesLinkGotosToTheirTargetStart() throws {
        let r = try CLI.run(["graph", "--all"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("subgraph \"cluster_start\""))
        #expect(r.stdout.contains("\"start/to-setup-key-invalid\" -> \"setup-key-invalid/key-has-space\" [style=dashed"))
    }

    @Test func aSingleTreeLinksGotosToStubs() throws {
        let r = try CLI.run(["graph", "start"])
        #expect(r.stdout.contains("\"tree:setup-key-invalid\" [label=\"setup-key-invalid\", shape=folder"))
    }

    @Test func mermaid() throws {
        let r = try CLI.run(["graph", "code-expired", "--format", "mermaid"])
        #expect(r.stdout.hasPrefix("flowchart TD"))
        #expect(r.stdout.contains(":::decide"))
        #expect(r.stdout.contains(":::remedy"))
        #expect(r.stdout.contains("-->|\"いいえ\"|"))
    }

    @Test func badUsage() throws {
        #expect(try CLI.run(["graph"]).status == 2)
        #expect(try CLI.run(["graph", "start", "--format", "png"]).status == 2)
        let missing = try CLI.run(["graph", "nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no tree 'nope'"))
    }

    @Test func svgWithGraphvizOrAClearError() throws {
        let hasDot = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
        let r = try CLI.run(["graph", "code-expired", "--format", "svg"])
        if hasDot {
            #expect(r.status == 0)
            #expect(r.stdout.contains("<svg"))
        } else {
            #expect(r.status == 2)
            #expect(r.stderr.contains("apt-get install graphviz"))
        }
    }
}

import Foundation
import KnowledgeBase
import Testing
@testable import Service

/// Pictures of trees as `helpdesk graph` draws them (moved from the end-to-end GraphCommandTests).
@Suite struct GraphTests {
    static func graph(_ language: Language) -> TreeGraph { TreeGraph(knowledge: Fixture.compiled, language: language) }

    static func tree(_ id: String) throws -> Tree { try Fixture.knowledge.tree(id).tree }

    @Test func dotDrawsKindsAndGotoLinks() throws {
        let dot = Self.graph(.en).dot([try Self.tree("setup-key-invalid")])
        #expect(dot.hasPrefix("digraph helpdesk {"))
        // Labels wrap instead of being cut.
        let node = try #require(dot.split(separator: "\n").first { $0.contains("\"setup-key-invalid/key-has-space\" [label=") })
        #expect(node.contains("Does the pasted setup key") && node.contains("\\n") && !node.contains("…") && node.contains("shape=diamond"))
        #expect(dot.contains("shape=box, style=\"rounded,filled\""))
        #expect(dot.contains("\"setup-key-invalid/key-has-space\" -> \"setup-key-invalid/remove-space\" [label=\"Yes\"]"))
    }

    /// `--all`: every tree, gotos linked to the start of the tree they enter.
    @Test func allTreesLinkGotosToTheirTargetStart() {
        let dot = Self.graph(.ja).dot(Fixture.compiled.trees.map(\.tree))
        #expect(dot.contains("subgraph \"cluster_start\""))
        #expect(dot.contains("\"start/to-setup-key-invalid\" -> \"setup-key-invalid/key-has-space\" [style=dashed"))
    }

    @Test func aSingleTreeLinksGotosToStubs() throws {
        let dot = Self.graph(.ja).dot([try Self.tree("start")])
        #expect(dot.contains("\"tree:setup-key-invalid\" [label=\"setup-key-invalid\", shape=folder"))
    }

    @Test func mermaid() throws {
        let mermaid = Self.graph(.ja).mermaid([try Self.tree("password-change-pending")])
        #expect(mermaid.hasPrefix("flowchart TD"))
        #expect(mermaid.contains(":::decide"))
        #expect(mermaid.contains(":::escalation"))
        #expect(mermaid.contains("-->|\"いいえ\"|"))
    }

    @Test func anUnknownTreeIsNamed() {
        let error = #expect(throws: KnowledgeError.self) { try Fixture.knowledge.tree("nope") }
        #expect(error?.description.contains("no tree 'nope'") == true)
    }

    @Test func svgWithGraphvizOrAClearError() throws {
        let hasDot = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
        let dot = Self.graph(.ja).dot([try Self.tree("code-expired")])
        if hasDot {
            #expect(try TreeGraph.svg(dot).contains("<svg"))
        } else {
            let error = #expect(throws: InputError.self) { try TreeGraph.svg(dot) }
            #expect(error?.message.contains("apt-get install graphviz") == true)
        }
    }
}

/// `helpdesk list` and `helpdesk show` (moved from the end-to-end ListShowTests).
@Suite struct ListAndOutlineTests {
    @Test func listsEveryTree() throws {
        let list = TreeList(Fixture.knowledge, language: .ja)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(list.rendered(.json).utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let trees = try #require(object["trees"] as? [[String: Any]])
        #expect(trees.count == 36)
        let ids = Set(trees.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["start", "contact-helpdesk", "setup-key-invalid", "two-factor-reset", "code-expired"]))
        let plain = TreeList(Fixture.knowledge, language: .en).text(.plain)
        #expect(plain.contains("setup-key-invalid"))
        #expect(plain.split(separator: "\n").count == 36)
    }

    @Test func showsAnOutline() throws {
        let outline = Outline(knowledge: Fixture.compiled, language: .en).render(try Fixture.knowledge.tree("password-change-pending").tree)
        #expect(outline.hasPrefix("password-change-pending — The password check shows"))
        #expect(outline.contains("? waited:"))
        #expect(outline.contains("■ contact"))
        #expect(outline.contains("[I don't know] → wait (see above)"))
    }

    @Test func aMistypedTreeSuggestsTheNearest() {
        let error = #expect(throws: KnowledgeError.self) { try Fixture.knowledge.tree("code-expird") }
        #expect(error?.description.contains("did you mean 'code-expired'?") == true)
    }
}

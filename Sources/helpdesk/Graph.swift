import ArgumentParser
import CommandLineSupport
import Foundation
import KnowledgeBase
import Service

extension TreeGraph.Format: ExpressibleByArgument {}

extension Helpdesk {
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Draw trees as Graphviz DOT, Mermaid, or SVG (with Graphviz' dot installed).",
            discussion: """
                Decisions are diamonds, steps rounded boxes, remedies and answers green, escalations yellow \
                hexagons, gotos purple, with dashed links to the tree they enter. --all draws every tree, \
                each in its own cluster.
                """
        )

        @OptionGroup var options: KnowledgeOptions

        @Argument(help: "The tree to draw.", completion: .custom(completeTreeIDs))
        var tree: String?

        @Flag(help: "Draw every tree.")
        var all = false

        @Option(help: "dot, mermaid or svg.")
        var format: TreeGraph.Format = .dot

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"), completion: .file())
        var output: String?

        func validate() throws {
            if all == (tree != nil) { throw ValidationError("name one TREE, or give --all") }
        }

        func run() throws {
            let knowledge = try options.load(triage: false)
            let trees = try tree.map { [try knowledge.tree($0).tree] } ?? knowledge.compiled.trees.map(\.tree)
            let graph = TreeGraph(knowledge: knowledge.compiled, language: options.language)
            let text: String
            switch format {
            case .dot: text = graph.dot(trees)
            case .mermaid: text = graph.mermaid(trees)
            case .svg: text = try TreeGraph.svg(graph.dot(trees))
            }
            guard let output else { return Output.prompt(text) }
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CommandError("cannot write \(output)")
            }
        }
    }
}

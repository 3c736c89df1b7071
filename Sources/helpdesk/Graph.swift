import ArgumentParser
import Foundation
import KnowledgeBase
import Service

extension TreeGraph.Format: ExpressibleByArgument {}

extension Helpdesk {
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            let knowledge = try options.load()
            let trees = try tree.map { [try knowledge.tree($0).tree] } ?? knowledge.compiled.trees.map(\.tree)
            let graph = TreeGraph(knowledge: knowledge.compiled, language: options.language)
            let text: String
            switch format {
            case .dot: text = graph.dot(trees)
            case .mermaid: text = graph.mermaid(trees)
            case .svg: text = try Self.svg(graph.dot(trees))
            }
            guard let output else { return Output.prompt(text) }
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CommandError("cannot write \(output)")
            }
        }

        /// Renders DOT with Graphviz' `dot`, which must be on the PATH.
        static func svg(_ dot: String) throws -> String {
            let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            guard let tool = paths.map({ "\($0)/dot" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw CommandError("SVG needs Graphviz' dot (Debian: apt-get install graphviz); --format dot or mermaid work without it")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["-Tsvg"]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            nonisolated(unsafe) var svg = Data()
            let reader = Thread { svg = output.fileHandleForReading.readDataToEndOfFile() }
            reader.start()
            input.fileHandleForWriting.write(Data(dot.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            while !reader.isFinished { usleep(1000) }
            guard process.terminationStatus == 0 else {
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                throw CommandError("dot failed: \(message.prefix(300))")
            }
            return String(decoding: svg, as: UTF8.self)
        }
    }
}

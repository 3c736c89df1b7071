import Foundation
import KnowledgeBase

/// Pictures of trees: Graphviz DOT or Mermaid, node kinds drawn differently, and `goto`s as
/// links between trees.
public struct TreeGraph: Sendable {
    public let knowledge: CompiledKnowledge
    public let language: Language

    public init(knowledge: CompiledKnowledge, language: Language) {
        self.knowledge = knowledge
        self.language = language
    }

    public enum Format: String, CaseIterable, Sendable { case dot, mermaid, svg }

    /// A label: the text's first sentence, wrapped to lines of `columns` display columns
    /// (by the Japanese line-breaking rules) and joined with "\n"; nothing is cut off.
    func label(_ text: String, columns: Int = 28) -> String {
        let first = Describe(language: language, knowledge: knowledge).firstSentence(text.split(separator: "\n").first.map(String.init) ?? "")
        return TextWidth.wrap(first, columns: columns).joined(separator: "\n")
    }

    struct Shape {
        let text: String
        let kind: String
    }

    func shape(_ node: TreeNode) -> Shape {
        switch node.kind {
        case .decide(let d):
            // A derived fact has no question of its own: the node's reason says what is checked.
            let text = knowledge.fact(d.fact.name)?.prompt?.text(language) ?? d.why?.text(language) ?? d.fact.name + "?"
            return Shape(text: label(text), kind: "decide")
        case .step(let s):
            return Shape(text: label(s.text.text(language)), kind: "step")
        case .conclude(let c):
            return Shape(text: label(c.text.text(language)), kind: c.kind.rawValue)
        case .goto(let g):
            return Shape(text: "↪ " + label(knowledge.tree(g.tree.name)?.tree.title.text(language) ?? g.tree.name), kind: "goto")
        }
    }

    /// Edges of a node within its tree, labelled; a goto's jump is drawn separately.
    func edges(_ node: TreeNode) -> [(to: String, label: String?)] {
        switch node.kind {
        case .decide(let d):
            let fact = knowledge.fact(d.fact.name)
            var out = d.cases.map { c -> (String, String?) in
                let text = Words.label(c.value, of: fact, in: language)
                return (c.target.name, label(text, columns: 20))
            }
            if let u = d.unknown { out.append((u.name, Words.unknown.text(language))) }
            if let d = d.default { out.append((d.name, Words.otherwise.text(language))) }
            return out
        case .step(let s):
            var out: [(String, String?)] = []
            if let r = s.resolved { out.append((r.name, Words.solved.text(language))) }
            if let u = s.unresolved { out.append((u.name, Words.notSolved.text(language))) }
            return out
        case .conclude:
            return []
        case .goto(let g):
            return g.next.map { [($0.name, Words.then.text(language))] } ?? []
        }
    }

    // MARK: DOT

    public func dot(_ trees: [Tree]) -> String {
        let ids = Set(trees.map(\.id))
        var out = ["digraph helpdesk {", "  rankdir=TB;", "  graph [fontname=\"Noto Sans CJK JP,sans-serif\", fontsize=12];", "  node [fontname=\"Noto Sans CJK JP,sans-serif\", fontsize=10];",
                   "  edge [fontname=\"Noto Sans CJK JP,sans-serif\", fontsize=9];"]
        for tree in trees {
            out.append("  subgraph \(quote("cluster_" + tree.id)) {")
            out.append("    label=\(quote("\(tree.id): \(label(tree.title.text(language), columns: 60))"));")
            for node in tree.nodes {
                let s = shape(node)
                out.append("    \(quote(key(tree, node.id))) [label=\(quote(s.text)), \(dotStyle(s.kind))];")
            }
            for node in tree.nodes {
                for edge in edges(node) {
                    let label = edge.label.map { " [label=\(quote($0))]" } ?? ""
                    out.append("    \(quote(key(tree, node.id))) -> \(quote(key(tree, edge.to)))\(label);")
                }
            }
            out.append("  }")
        }
        // Jumps between trees: to the target's start when it is drawn, else to a stub.
        for tree in trees {
            for node in tree.nodes {
                guard case .goto(let g) = node.kind else { continue }
                if ids.contains(g.tree.name), let target = knowledge.tree(g.tree.name) {
                    out.append("  \(quote(key(tree, node.id))) -> \(quote(key(target.tree, target.tree.start.name))) [style=dashed, color=gray40];")
                } else {
                    out.append("  \(quote("tree:" + g.tree.name)) [label=\(quote(g.tree.name)), shape=folder, style=dashed];")
                    out.append("  \(quote(key(tree, node.id))) -> \(quote("tree:" + g.tree.name)) [style=dashed, color=gray40];")
                }
            }
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    func dotStyle(_ kind: String) -> String {
        switch kind {
        case "decide": return "shape=diamond, style=filled, fillcolor=\"#dbeafe\""
        case "step": return "shape=box, style=\"rounded,filled\", fillcolor=\"#f3f4f6\""
        case "remedy": return "shape=box, style=\"filled,bold\", fillcolor=\"#dcfce7\""
        case "answer": return "shape=note, style=filled, fillcolor=\"#dcfce7\""
        case "escalation": return "shape=hexagon, style=filled, fillcolor=\"#fef3c7\""
        default: return "shape=cds, style=filled, fillcolor=\"#ede9fe\""
        }
    }

    func key(_ tree: Tree, _ node: String) -> String { "\(tree.id)/\(node)" }

    /// A DOT string: backslashes and quotes escaped, line breaks as `\n`.
    func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    // MARK: Mermaid

    public func mermaid(_ trees: [Tree]) -> String {
        let ids = Set(trees.map(\.id))
        var out = ["flowchart TD"]
        var names: [String: String] = [:]
        func name(_ tree: Tree, _ node: String) -> String {
            let k = key(tree, node)
            if let n = names[k] { return n }
            let n = "n\(names.count)"
            names[k] = n
            return n
        }
        for tree in trees {
            out.append("  subgraph \(mermaidID(tree.id))[\(mermaidText("\(tree.id): \(label(tree.title.text(language), columns: 60))"))]")
            for node in tree.nodes {
                let s = shape(node), text = mermaidText(s.text), n = name(tree, node.id)
                switch s.kind {
                case "decide": out.append("    \(n){\(text)}:::decide")
                case "step": out.append("    \(n)(\(text)):::step")
                case "goto": out.append("    \(n)[[\(text)]]:::goto")
                case "escalation": out.append("    \(n){{\(text)}}:::escalation")
                default: out.append("    \(n)([\(text)]):::\(s.kind)")
                }
            }
            for node in tree.nodes {
                for edge in edges(node) {
                    let label = edge.label.map { "|\(mermaidText($0))|" } ?? ""
                    out.append("    \(name(tree, node.id)) -->\(label) \(name(tree, edge.to))")
                }
            }
            out.append("  end")
        }
        for tree in trees {
            for node in tree.nodes {
                guard case .goto(let g) = node.kind, ids.contains(g.tree.name), let target = knowledge.tree(g.tree.name) else { continue }
                out.append("  \(name(tree, node.id)) -.-> \(name(target.tree, target.tree.start.name))")
            }
        }
        out += [
            "  classDef decide fill:#dbeafe", "  classDef step fill:#f3f4f6", "  classDef remedy fill:#dcfce7",
            "  classDef answer fill:#dcfce7", "  classDef escalation fill:#fef3c7", "  classDef goto fill:#ede9fe",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    func mermaidID(_ id: String) -> String { "t_" + id.replacingOccurrences(of: "-", with: "_") }

    /// Mermaid text in quotes, with the characters Mermaid reads as syntax made entities.
    func mermaidText(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>") + "\""
    }

    /// Renders DOT with Graphviz' `dot`, which must be on the PATH.
    public static func svg(_ dot: String) throws(InputError) -> String {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let tool = paths.map({ "\($0)/dot" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw InputError("SVG needs Graphviz' dot (Debian: apt-get install graphviz); --format dot or mermaid work without it")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw InputError("cannot run \(tool): \(error)") }
        nonisolated(unsafe) var svg = Data()
        let reader = Thread { svg = output.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw InputError("dot failed: \(message.prefix(300))")
        }
        return String(decoding: svg, as: UTF8.self)
    }
}

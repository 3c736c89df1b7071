/// Knowledge in the indexed form the engine walks: every reference resolved to an index.
/// Only lint-clean knowledge compiles.
public struct CompiledKnowledge: Sendable {
    /// The parts, in one object: the engine, triage and every report hold the knowledge, and a
    /// copy of it was a retain and a release of each of its two dozen arrays and dictionaries
    /// (several times a ticket); now it is one.
    private final class Parts: Sendable {
        let facts: [Fact]
        let factIndex: [String: Int]
        let trees: [CompiledTree]
        let treeIndex: [String: Int]
        let site: SiteData
        let synonyms: [[String]]
        let messages: MessageMatcher
        let examples: [ExampleSet]
        let templates: [String: TemplateFile]

        init(
            facts: [Fact], factIndex: [String: Int], trees: [CompiledTree], treeIndex: [String: Int], site: SiteData, synonyms: [[String]],
            messages: MessageMatcher, examples: [ExampleSet], templates: [String: TemplateFile]
        ) {
            self.facts = facts
            self.factIndex = factIndex
            self.trees = trees
            self.treeIndex = treeIndex
            self.site = site
            self.synonyms = synonyms
            self.messages = messages
            self.examples = examples
            self.templates = templates
        }
    }

    private let parts: Parts

    init(
        facts: [Fact], factIndex: [String: Int], trees: [CompiledTree], treeIndex: [String: Int], site: SiteData, synonyms: [[String]],
        messages: MessageMatcher, examples: [ExampleSet], templates: [String: TemplateFile]
    ) {
        parts = Parts(
            facts: facts, factIndex: factIndex, trees: trees, treeIndex: treeIndex, site: site, synonyms: synonyms, messages: messages,
            examples: examples, templates: templates)
    }

    public var facts: [Fact] { parts.facts }
    public var factIndex: [String: Int] { parts.factIndex }
    public var trees: [CompiledTree] { parts.trees }
    public var treeIndex: [String: Int] { parts.treeIndex }
    public var site: SiteData { parts.site }
    public var synonyms: [[String]] { parts.synonyms }
    /// The on-screen messages the trees quote, for the facts a copied message tells.
    public var messages: MessageMatcher { parts.messages }
    /// Labelled example tickets, for triage.
    public var examples: [ExampleSet] { parts.examples }
    /// Text templates, by name (`reply.ja`).
    public var templates: [String: TemplateFile] { parts.templates }

    public func fact(_ id: String) -> Fact? { factIndex[id].map { facts[$0] } }
    /// Whether `id` is a fact here, and its type: read in place (a `Fact` returned is a copy,
    /// a retain and a release of each of its texts and lists).
    public func hasFact(_ id: String) -> Bool { factIndex[id] != nil }
    public func factType(_ id: String) -> FactType? { factIndex[id].map { facts[$0].type } }
    public func tree(_ id: String) -> CompiledTree? { treeIndex[id].map { trees[$0] } }

    /// The step an outcome key `<tree>/<node>` names, or nil when it names no step.
    public func step(outcomeKey key: String) -> Step? {
        guard let slash = key.firstIndex(of: "/"), let tree = tree(String(key[..<slash])),
            let i = tree.nodeIndex[String(key[key.index(after: slash)...])], case .step(let step) = tree.nodes[i].node.kind
        else { return nil }
        return step
    }
}

public struct CompiledTree: Sendable {
    public let tree: Tree
    public let nodes: [CompiledNode]
    /// Node id → position in `nodes` (a scan of a small tree, a table for a large one).
    public let nodeIndex: NodeIndex
    public let start: Int

    public var id: String { tree.id }
}

public struct CompiledNode: Sendable {
    public enum Edges: Sendable {
        /// Case value → node (an unknown value under `unknown`); the fact's index.
        case decide(fact: Int, cases: CaseTargets, default: Int?)
        case step(resolved: Int?, unresolved: Int?)
        case conclude
        /// The tree entered, and the node to come back to.
        case goto(tree: Int, next: Int?)
    }

    public let node: TreeNode
    public let edges: Edges

    public var id: String { node.id }
}

/// A decide node's cases: each value and the node it leads to. A node has a few, so a scan
/// finds one as fast as hashing would, without a dictionary to build and free per node.
public struct CaseTargets: Sendable, Sequence {
    public typealias Element = (key: String, value: Int)
    private var entries: [Element] = []

    init() {}

    /// The node `value` leads to.
    public subscript(_ value: String) -> Int? {
        get { entries.first { $0.key == value }?.value }
        set {
            if let i = entries.firstIndex(where: { $0.key == value }) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((value, newValue))
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }
}

/// The first problem that kept knowledge from compiling.
public struct CompileError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

public enum Compiler {
    /// Lints and compiles. Errors (not warnings) stop it.
    public static func compile(_ load: LoadResult, registered: RegisteredNames, linter: Linter = Linter()) throws(CompileError) -> CompiledKnowledge {
        let diagnostics = linter.lint(load, registered: registered)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw CompileError(diagnostics: errors) }
        return try compile(load.knowledge)
    }

    /// Resolves every reference of knowledge the linter has passed.
    public static func compile(_ kb: KnowledgeBase) throws(CompileError) -> CompiledKnowledge {
        var factIndex: [String: Int] = [:]
        for i in kb.facts.indices { factIndex[kb.facts[i].id] = i }
        var treeIndex: [String: Int] = [:]
        treeIndex.reserveCapacity(kb.trees.count)
        for i in kb.trees.indices { treeIndex[kb.trees[i].id] = i }
        // On one core, in tree order (the first error is the one thrown): compiling is a small
        // share of a load, and on two cores it cost more CPU time than it saved in wall time.
        var trees: [CompiledTree] = []
        trees.reserveCapacity(kb.trees.count)
        for tree in kb.trees { trees.append(try compile(tree, factIndex: factIndex, treeIndex: treeIndex)) }
        return CompiledKnowledge(
            facts: kb.facts, factIndex: factIndex, trees: trees, treeIndex: treeIndex, site: kb.site, synonyms: kb.synonyms,
            messages: MessageMatcher(trees: kb.trees), examples: kb.examples,
            templates: Dictionary(kb.templates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    private static func compile(_ tree: Tree, factIndex: [String: Int], treeIndex: [String: Int]) throws(CompileError) -> CompiledTree {
        // Linted first, so each id is one node's: the first occurrence is the only one.
        let nodeIndex = NodeIndex(tree.nodes)
        func resolve(_ ref: Reference?) throws(CompileError) -> Int? {
            guard let ref else { return nil }
            guard let i = nodeIndex[ref.name] else { throw unresolved(ref, "node") }
            return i
        }
        var nodes: [CompiledNode] = []
        nodes.reserveCapacity(tree.nodes.count)
        for node in tree.nodes {
            let edges: CompiledNode.Edges
            switch node.kind {
            case .decide(let d):
                guard let fact = factIndex[d.fact.name] else { throw unresolved(d.fact, "fact") }
                var cases = CaseTargets()
                for c in d.cases { cases[c.value] = try resolve(c.target) }
                if let u = d.unknown { cases[FactValue.unknown.caseKey] = try resolve(u) }
                edges = .decide(fact: fact, cases: cases, default: try resolve(d.default))
            case .step(let s):
                edges = .step(resolved: try resolve(s.resolved), unresolved: try resolve(s.unresolved))
            case .conclude:
                edges = .conclude
            case .goto(let g):
                guard let target = treeIndex[g.tree.name] else { throw unresolved(g.tree, "tree") }
                edges = .goto(tree: target, next: try resolve(g.next))
            }
            nodes.append(CompiledNode(node: node, edges: edges))
        }
        guard let start = nodeIndex[tree.start.name] else { throw unresolved(tree.start, "node") }
        return CompiledTree(tree: tree, nodes: nodes, nodeIndex: nodeIndex, start: start)
    }

    private static func unresolved(_ ref: Reference, _ what: String) -> CompileError {
        CompileError(diagnostics: [.error("no \(what) '\(ref.name)'", at: ref.mark, rule: MissingReferenceRule.name)])
    }
}

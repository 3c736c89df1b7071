import YAML

/// A loop in the walk: within a tree, or through `goto`s between trees. The engine could go
/// round it for ever, so it is refused at load.
public struct CycleRule: LintRule {
    public static let name = "cycle"
    public static let summary = "a cycle of nodes, within a tree or through gotos between trees"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        let graph = WalkGraph(input)
        var found: [Diagnostic] = []
        // Iterative depth-first search; 0 unvisited, 1 on the current path, 2 done.
        var color = [UInt8](repeating: 0, count: graph.count)
        for root in 0..<graph.count where color[root] == 0 {
            var path: [(node: Int, edge: Int)] = [(root, 0)]
            color[root] = 1
            while let (node, edge) = path.last {
                let edges = graph.edges(of: node)
                if edge == edges.count {
                    color[node] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].edge += 1
                let next = Int(edges[edges.startIndex + edge])
                if color[next] == 0 {
                    color[next] = 1
                    path.append((next, 0))
                } else if color[next] == 1 {
                    let loop = path.drop { $0.node != next }.map { graph.name($0.node) } + [graph.name(next)]
                    found.append(diagnose(
                        "the walk can loop: \(loop.joined(separator: " → "))", at: graph.mark(of: node)))
                }
            }
        }
        return found
    }
}

/// Every node of every tree as a vertex; edges are the ways a walk can go next, in one flat
/// list (a vertex's are `targets[first[v]..<first[v + 1]]`): no array per vertex, and a node's
/// mark is looked up only for a message.
struct WalkGraph {
    /// Where each vertex is: the tree's position in the knowledge and the node's in the tree.
    var places: [(tree: Int32, node: Int32)] = []
    var first: [Int32] = [0]
    var targets: [Int32] = []
    let trees: [Tree]
    var count: Int { places.count }

    /// `tree:node`, for messages.
    func name(_ vertex: Int) -> String {
        let (t, n) = places[vertex]
        return "\(trees[Int(t)].id):\(trees[Int(t)].nodes[Int(n)].id)"
    }

    func mark(of vertex: Int) -> YAML.Mark? {
        let (t, n) = places[vertex]
        return trees[Int(t)].nodes[Int(n)].mark
    }

    func edges(of vertex: Int) -> ArraySlice<Int32> { targets[Int(first[vertex])..<Int(first[vertex + 1])] }

    init(_ input: LintInput) {
        trees = input.knowledge.trees
        // The first vertex of each tree, for trees whose id is declared once.
        var firstVertex: [Int] = []
        var treeByID: [String: Int] = [:]
        for (t, tree) in trees.enumerated() {
            if treeByID[tree.id] == nil { treeByID[tree.id] = t }
            firstVertex.append(places.count)
            for n in tree.nodes.indices { places.append((Int32(t), Int32(n))) }
        }
        func vertex(_ t: Int, _ node: String) -> Int32? {
            input.nodeIndices[t][node].map { Int32(firstVertex[t] + $0) }
        }
        func start(of id: String) -> Int32? {
            guard let t = treeByID[id] else { return nil }
            return vertex(t, trees[t].start.name)
        }
        let fallback = start(of: input.knowledge.site.fallbackTree)
        first.reserveCapacity(places.count + 1)
        // Vertices in order; a tree declared twice, or a node id declared twice, has no edges
        // (the duplicate rules report them).
        for (t, tree) in trees.enumerated() {
            let counted = treeByID[tree.id] == t
            for (n, node) in tree.nodes.enumerated() {
                if counted, input.nodeIndices[t][node.id] == n {
                    node.forEachSuccessor { if let v = vertex(t, $0.name) { targets.append(v) } }
                    switch node.kind {
                    case .goto(let g):
                        if let target = start(of: g.tree.name) { targets.append(target) }
                    case .step(let s) where s.unresolved == nil:
                        if let fallback { targets.append(fallback) }
                    default:
                        break
                    }
                }
                first.append(Int32(targets.count))
            }
        }
    }
}

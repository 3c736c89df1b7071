/// A tree's node ids → positions (the first occurrence of each). Trees hold a few nodes: up to
/// `scanned`, an id is found by scanning the tree's own nodes (a short id compares in a word or
/// two), which hashes nothing and builds no table per tree; a larger tree gets a dictionary.
public struct NodeIndex: Sendable {
    static let scanned = 16
    private let nodes: [TreeNode]
    private let table: [String: Int]?

    init(_ nodes: [TreeNode]) {
        self.nodes = nodes
        guard nodes.count > Self.scanned else {
            table = nil
            return
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(nodes.count)
        for i in nodes.indices where table[nodes[i].id] == nil { table[nodes[i].id] = i }
        self.table = table
    }

    /// The position of the first node with this id.
    public subscript(_ id: String) -> Int? {
        if let table { return table[id] }
        return nodes.firstIndex { $0.id == id }
    }
}

import YAML

/// An examples file named after no tree.
public struct ExampleTreeRule: LintRule {
    public static let name = "example-tree"
    public static let summary = "an examples or tickets file (examples/<tree>.yaml, tickets/<tree>.yaml) named after no tree"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.examples.compactMap { set in
            guard input.trees[set.tree.name] == nil else { return nil }
            return diagnose(
                "\(set.tickets ? "tickets" : "examples")/\(set.tree.name).yaml names no tree\(Suggestion.didYouMean(set.tree.name, among: Array(input.trees.keys)))",
                at: set.tree.mark)
        }
    }
}

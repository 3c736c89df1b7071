import YAML

/// The same tree or fact id declared twice, in one file or across files: both places named.
public struct DuplicateIDRule: LintRule {
    public static let name = "duplicate-id"
    public static let summary = "a tree or fact id declared more than once"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        duplicates(input.knowledge.trees.map { ($0.id, $0.mark) }, what: "tree")
            + duplicates(input.knowledge.facts.map { ($0.id, $0.mark) }, what: "fact")
    }

    private func duplicates(_ items: [(String, YAML.Mark?)], what: String) -> [Diagnostic] {
        var first: [String: YAML.Mark?] = [:]
        var found: [Diagnostic] = []
        for (id, mark) in items {
            if let earlier = first[id] {
                found.append(diagnose(
                    "\(what) id '\(id)' is already declared", at: mark,
                    notes: earlier.map { [Diagnostic.Note("'\(id)' was first declared here", at: $0)] } ?? []))
            } else {
                first[id] = mark
            }
        }
        return found
    }
}

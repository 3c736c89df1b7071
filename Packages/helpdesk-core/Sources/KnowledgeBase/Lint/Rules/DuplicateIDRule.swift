import YAML

/// The same tree or fact id declared twice, in one file or across files: both places named.
public struct DuplicateIDRule: LintRule {
    public static let name = "duplicate-id"
    public static let summary = "a tree or fact id declared more than once"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Trees: the input knows each id's first declaration already.
        let trees = input.knowledge.trees
        for i in trees.indices {
            if let first = input.trees[trees[i].id], first != i {
                found.append(duplicate("tree", trees[i].id, at: trees[i].mark, first: trees[first].mark))
            }
        }
        var first: [String: YAML.Mark?] = [:]
        for fact in input.knowledge.facts {
            if let earlier = first[fact.id] {
                found.append(duplicate("fact", fact.id, at: fact.mark, first: earlier))
            } else {
                first[fact.id] = fact.mark
            }
        }
        return found
    }

    private func duplicate(_ what: String, _ id: String, at mark: YAML.Mark?, first: YAML.Mark?) -> Diagnostic {
        diagnose(
            "\(what) id '\(id)' is already declared", at: mark,
            notes: first.map { [Diagnostic.Note("'\(id)' was first declared here", at: $0)] } ?? [])
    }
}

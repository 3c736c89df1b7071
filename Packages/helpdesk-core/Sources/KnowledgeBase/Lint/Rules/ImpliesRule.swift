import YAML

/// What an entry or a message implies must be a fact that exists, with a value it can take, and
/// never a secret (nothing may put a password into the walk).
public struct ImpliesRule: LintRule {
    public static let name = "implies"
    public static let summary = "an implied fact that does not exist, is secret, or gets a value it cannot take"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let factIDs = Array(input.facts.keys)
        func check(_ implied: Implied, _ place: String) {
            guard let fact = input.facts[implied.fact.name] else {
                found.append(diagnose(
                    "no fact '\(implied.fact.name)' (implied by \(place))\(Suggestion.didYouMean(implied.fact.name, among: factIDs))",
                    at: implied.fact.mark))
                return
            }
            if fact.type.isSecret {
                found.append(diagnose("\(place) implies the secret fact '\(fact.id)'; secrets are never implied", at: implied.fact.mark))
            } else if case .failure(let error) = fact.parse(implied.value) {
                found.append(diagnose("\(place) implies \(error.description)", at: implied.mark ?? implied.fact.mark))
            }
        }
        for tree in input.knowledge.trees {
            for implied in tree.implies { check(implied, "tree '\(tree.id)'") }
            for message in tree.quotedMessages {
                for implied in message.implies { check(implied, "the message 「\(message.text)」") }
            }
        }
        return found
    }
}

/// A `decide` on a fact the user may be asked, with neither an `unknown:` branch nor a
/// `default`: an "I don't know" would have nowhere to go.
public struct UnknownBranchRule: TreeLintRule {
    public static let name = "unknown-branch"
    public static let summary = "a decide on an askable fact with neither 'unknown' nor 'default' for an \"I don't know\""
    public static let severity = Diagnostic.Severity.warning
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        return tree.nodes.compactMap { node -> Diagnostic? in
            guard case .decide(let d) = node.kind, d.unknown == nil, d.default == nil, let f = input.factPositions[d.fact.name],
                input.knowledge.facts[f].prompt != nil || input.knowledge.facts[f].ask == .inputs
            else { return nil }
            return diagnose(
                "node '\(node.id)' of tree '\(tree.id)' decides on '\(d.fact.name)', which may be answered \"I don't know\", "
                    + "but has neither 'unknown' nor 'default'",
                at: node.mark)
        }
    }
}

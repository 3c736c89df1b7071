/// An escalation must name the inquiry-form category; other conclusions must not.
public struct ContactRule: TreeLintRule {
    public static let name = "contact"
    public static let summary = "an escalation without a contact category, or a contact on a conclusion that is not an escalation"
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        return tree.nodes.compactMap { node -> Diagnostic? in
            guard case .conclude(let c) = node.kind else { return nil }
            if c.kind == .escalation && c.contact == nil {
                return diagnose("escalation '\(node.id)' names no 'contact' category of the inquiry form", at: node.mark)
            }
            if c.kind != .escalation, let contact = c.contact {
                return diagnose("'contact' belongs to escalations; '\(node.id)' is a \(c.kind.rawValue)", at: contact.mark)
            }
            return nil
        }
    }
}

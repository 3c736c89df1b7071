/// A fact that the engine could not obtain: asked but without a prompt, or derived from nothing.
public struct FactSourceRule: LintRule {
    public static let name = "fact-source"
    public static let summary = "a fact that can be asked but has no prompt, or asks its inputs but has none"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.facts.compactMap { fact in
            switch fact.ask {
            case .fact where fact.prompt == nil:
                return diagnose("fact '\(fact.id)' may be asked but has no 'prompt'", at: fact.mark)
            case .inputs where fact.derive == nil || fact.from.isEmpty:
                return diagnose("fact '\(fact.id)' asks its inputs but has no 'derive' and 'from'", at: fact.mark)
            default:
                if fact.derive != nil && fact.from.isEmpty {
                    return diagnose("fact '\(fact.id)' is derived but names no inputs in 'from'", at: fact.mark)
                }
                return nil
            }
        }
    }
}

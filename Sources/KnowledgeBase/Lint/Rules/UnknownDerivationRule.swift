/// A derivation or probe name that the domain module does not register.
public struct UnknownDerivationRule: LintRule {
    public static let name = "unknown-derivation"
    public static let summary = "a derivation or probe that the domain module does not register"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let derivations = input.registered.derivations.sorted()
        let probes = input.registered.probes.sorted()
        for fact in input.knowledge.facts {
            if let name = fact.derive, !input.registered.derivations.contains(name) {
                found.append(.error(
                    "no derivation named '\(name)' is registered\(hint(name, derivations))", at: fact.mark, rule: Self.name))
            }
            if let name = fact.probe, !input.registered.probes.contains(name) {
                found.append(.error("no probe named '\(name)' is registered\(hint(name, probes))", at: fact.mark, rule: Self.name))
            }
        }
        return found
    }

    private func hint(_ name: String, _ known: [String]) -> String {
        if let guess = Suggestion.nearest(to: name, among: known) { return " — did you mean '\(guess)'?" }
        return known.isEmpty ? "" : " (registered: \(known.joined(separator: ", ")))"
    }
}

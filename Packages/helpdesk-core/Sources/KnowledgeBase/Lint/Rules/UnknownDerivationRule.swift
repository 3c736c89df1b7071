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
                found.append(diagnose(
                    "no derivation named '\(name)' is registered\(hint(name, derivations))", at: fact.mark))
            }
            if let name = fact.probe, !input.registered.probes.contains(name) {
                found.append(diagnose("no probe named '\(name)' is registered\(hint(name, probes))", at: fact.mark))
            }
        }
        return found
    }

    private func hint(_ name: String, _ known: [String]) -> String {
        let guess = Suggestion.didYouMean(name, among: known)
        if !guess.isEmpty { return guess }
        return known.isEmpty ? "" : " (registered: \(known.joined(separator: ", ")))"
    }
}

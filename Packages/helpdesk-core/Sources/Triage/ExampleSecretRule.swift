import KnowledgeBase

/// An example ticket holding something shaped like a secret: examples are kept in the knowledge,
/// shared and reviewed, so they must hold none (write "I typed my password", not the password).
public struct ExampleSecretRule: LintRule {
    public static let name = "example-secret"
    public static let summary = "an example ticket with something shaped like a password, a one-time code or a setup key"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        // On all cores: the labelled tickets are thousands, and triage checks them at every load.
        let examples = input.knowledge.examples.flatMap { set in set.examples.map { (tree: set.tree.name, example: $0) } }
        return parallelMap(examples) { item -> Diagnostic? in
            let redacted = Redactor.redact(item.example.text)
            guard redacted.count > 0 else { return nil }
            // The message shows the example redacted: the secret is not repeated.
            return diagnose("an example of '\(item.tree)' holds something shaped like a secret: \(redacted.text)", at: item.example.mark)
        }.compactMap { $0 }
    }
}

extension Linter {
    /// The knowledge rules and the rules that need triage's redactor.
    public static let withTriageRules = Linter(rules: Linter.allRules + [ExampleSecretRule(), ReplyTemplateRule()])
}

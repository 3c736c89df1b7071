/// A secret fact put into text shown to people (`{new_password}`): secrets never leave memory.
public struct SecretInTextRule: TextLintRule {
    public static let name = "secret-in-text"
    public static let summary = "a secret fact used in a {placeholder} of text shown to people"
    public init() {}

    public func check(_ text: LocalizedText, at place: () -> TextPlace, _ input: LintInput) -> [Diagnostic] {
        text.placeholders.filter { name in input.factPositions[name].map { input.knowledge.facts[$0].type.isSecret } == true }.map { name in
            diagnose("\(place()) shows the secret fact '\(name)'; secrets are never shown", at: text.mark)
        }
    }
}

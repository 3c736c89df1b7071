/// A secret fact put into text shown to people (`{new_password}`): secrets never leave memory.
public struct SecretInTextRule: LintRule {
    public static let name = "secret-in-text"
    public static let summary = "a secret fact used in a {placeholder} of text shown to people"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        input.forEachText { text, place in
            for name in text.placeholders where input.factPositions[name].map({ input.knowledge.facts[$0].type.isSecret }) == true {
                found.append(diagnose("\(place()) shows the secret fact '\(name)'; secrets are never shown", at: text.mark))
            }
        }
        return found
    }
}

/// A secret fact put into text shown to people (`{new_password}`): secrets never leave memory.
public struct SecretInTextRule: LintRule {
    public static let name = "secret-in-text"
    public static let summary = "a secret fact used in a {placeholder} of text shown to people"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.texts.flatMap { item in
            item.text.placeholders.filter { input.facts[$0]?.type.isSecret == true }.map {
                diagnose("\(item.place) shows the secret fact '\($0)'; secrets are never shown", at: item.text.mark)
            }
        }
    }
}

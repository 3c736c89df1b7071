/// A tree without keywords: triage cannot find it from a ticket.
public struct NoKeywordsRule: LintRule {
    public static let severity = Diagnostic.Severity.warning
    public static let name = "no-keywords"
    public static let summary = "a tree without keywords, which triage cannot find"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.trees.filter(\.keywords.isEmpty).map {
            diagnose("tree '\($0.id)' has no keywords: triage cannot find it", at: $0.mark)
        }
    }
}

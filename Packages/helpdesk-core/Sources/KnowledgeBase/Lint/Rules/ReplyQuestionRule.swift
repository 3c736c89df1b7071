/// A fact that can be asked but has no `reply`: a reply draft would have to ask it with the
/// terminal's prompt (「入力したOMUIDを入力してください。」), which nobody writes in a letter.
public struct ReplyQuestionRule: LintRule {
    public static let severity = Diagnostic.Severity.warning
    public static let name = "reply-question"
    public static let summary = "a fact that can be asked but has no 'reply': how a person writing back asks it"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.facts.compactMap { fact in
            guard fact.prompt != nil, fact.reply == nil, !fact.type.isSecret else { return nil }
            return diagnose("fact '\(fact.id)' can be asked but has no 'reply': a reply draft cannot ask it as a person would", at: fact.mark)
        }
    }
}

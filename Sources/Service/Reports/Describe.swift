import Inference
import KnowledgeBase

/// Short descriptions of where things lead, for people.
public struct Describe: Sendable {
    public let language: Language
    public let knowledge: CompiledKnowledge

    public init(language: Language, knowledge: CompiledKnowledge) {
        self.language = language
        self.knowledge = knowledge
    }

    public func destination(_ d: Destination) -> String {
        switch d {
        case .check(let fact, let prompt):
            return Words.check.text(language) + (prompt?.text(language) ?? fact)
        case .step(let text):
            return Words.tryStep.text(language) + firstSentence(text.text(language))
        case .conclusion(let kind, let text):
            return kindLabel(kind) + ": " + firstSentence(text.text(language))
        case .tree(_, let title):
            return Words.goTo.text(language) + title.text(language)
        case .returns:
            return Words.returnsToHelpdesk.text(language)
        case .resolved:
            return Words.solved.text(language)
        }
    }

    public func kindLabel(_ kind: Ending.Kind) -> String {
        Words.kind(kind).text(language)
    }

    /// Up to the first 。 or '. ', for one-line summaries.
    public func firstSentence(_ text: String) -> String {
        let scalars = text.unicodeScalars
        if let end = scalars.firstIndex(of: "。") { return String(scalars[...end]) }
        var previous: Unicode.Scalar = " "
        for i in scalars.indices {
            if scalars[i] == " " && previous == "." { return String(scalars[..<i]) }
            previous = scalars[i]
        }
        return text
    }

    /// A step's outcome key `<tree>/<node>` as people read it: 手順「…」.
    public func stepTitle(_ key: String) -> String {
        guard let s = knowledge.step(outcomeKey: key) else { return key }
        return Words.stepNamed(firstSentence(s.text.text(language))).text(language)
    }

    /// A known fact's value for people: a choice's label, yes or no, `•••` for a secret, and for
    /// a step's outcome whether it solved the problem.
    public func value(_ key: String, _ value: FactValue) -> String {
        let fact = knowledge.fact(key)
        if fact?.type.isSecret == true { return SecretPolicy.mask }
        if fact == nil, case .bool(let solved) = value {
            return (solved ? Words.stepSolved : Words.stepNotSolved).text(language)
        }
        return Words.label(value.description, of: fact, in: language)
    }

    /// What a fact or a step is called for people: its prompt, else the step's first sentence.
    public func factLabel(_ key: String) -> String {
        if let fact = knowledge.fact(key) { return fact.prompt?.text(language) ?? key }
        return stepTitle(key)
    }
}

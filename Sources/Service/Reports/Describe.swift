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
            // A derived fact has no question of its own: its first input's question says what is checked.
            let input = knowledge.fact(fact)?.from.lazy.compactMap { self.knowledge.fact($0)?.prompt }.first
            return Words.check.text(language) + ((prompt ?? input)?.text(language) ?? Words.furtherCheck.text(language))
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

    /// Up to the first 。 or '. ' outside quotation brackets (「…。」 is a quoted message, not
    /// the end of the sentence), for one-line summaries.
    public func firstSentence(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var depth = 0
        var previous: Unicode.Scalar = " "
        for i in scalars.indices {
            let c = scalars[i]
            switch c {
            case "「", "『", "(", "（": depth += 1
            case "」", "』", ")", "）": depth = max(0, depth - 1)
            case "。" where depth == 0: return String(scalars[...i])
            case " " where depth == 0 && previous == ".": return String(scalars[..<i])
            default: break
            }
            previous = c
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
        if value.isUnknown { return Words.unknown.text(language) }
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

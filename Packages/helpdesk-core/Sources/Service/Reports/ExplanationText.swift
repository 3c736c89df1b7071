import Inference
import KnowledgeBase

/// The explanation in words, for any surface: why a question is asked (and where each answer
/// leads), how a conclusion was reached (each fact with where it came from), and the answers so
/// far. Secret values show as `•••`. Surfaces lay the lines out (wrap, bullets, HTML).
public struct ExplanationText: Sendable {
    public let knowledge: CompiledKnowledge
    public let language: Language

    public init(knowledge: CompiledKnowledge, language: Language) {
        self.knowledge = knowledge
        self.language = language
    }

    var describe: Describe { Describe(language: language, knowledge: knowledge) }

    public struct WhyText: Sendable, Equatable {
        /// The node's reason, as the knowledge words it.
        public var reason: String?
        /// When the answer feeds a derived fact: which.
        public var usedFor: String?
        /// Where the check is: `  確認箇所: tree/node`.
        public var checkedAt: String
        /// `answer → where it leads`, one per answer.
        public var branches: [String]
    }

    public func why(_ result: StepResult) -> WhyText? {
        guard let why = Explanation.why(result, knowledge: knowledge) else { return nil }
        return WhyText(
            reason: why.reason.map { $0.text(language) },
            usedFor: why.forFact.flatMap { knowledge.fact($0)?.prompt }.map { Words.usedFor($0.text(language)).text(language) },
            checkedAt: Words.checkedAt(title(why.tree)).text(language),
            branches: why.branches.map { "\($0.label.text(language)) → \(describe.destination($0.leadsTo))" })
    }

    public struct HowText: Sendable, Equatable {
        /// `question → answer [source: how]`, one per fact.
        public var facts: [String]
        /// The places walked, `tree/node → …`.
        public var path: String
    }

    public func how(_ result: StepResult) -> HowText {
        let how = Explanation.how(result, knowledge: knowledge)
        let facts = how.facts.compactMap { fact -> String? in
            let known = knowledge.fact(fact.key)
            // A derived fact without a question of its own is told by its inputs and the result.
            var line: String
            if let prompt = known?.prompt {
                line = "\(prompt.text(language)) → \(describe.value(fact.key, fact.value))"
            } else if known == nil {
                line = "\(describe.stepTitle(fact.key)) → \(describe.value(fact.key, fact.value))"
            } else if known?.type == .choice, !fact.value.isUnknown {
                line = describe.value(fact.key, fact.value)
            } else {
                return nil
            }
            line += " [\(Words.source(fact.source).text(language))"
            switch fact.source {
            case .probed: if let how = fact.how { line += ": \(how)" }
            case .implied: if let tree = fact.how { line += ": \(title(tree))" }
            case .derived: if let quoted = fact.how?.split(separator: "「", maxSplits: 1).dropFirst().first { line += ": 「\(quoted)" }
            default: break
            }
            return line + "]"
        }
        var path: [String] = []
        var places = how.steps.map(\.tree)
        if case .conclusion(let e) = result.status { places.append(e.tree) }
        for place in places.map(title) where path.last != place { path.append(place) }
        return HowText(facts: facts, path: path.joined(separator: " → "))
    }

    /// A tree as people know it: its title.
    func title(_ tree: String) -> String {
        knowledge.tree(tree)?.tree.title.text(language) ?? tree
    }

    /// `question → answer` for each answer given, in order.
    public func history(_ answered: [Session.Entry]) -> [String] {
        answered.map { entry in
            let label = knowledge.fact(entry.key)?.prompt?.text(language) ?? describe.factLabel(entry.key)
            return "\(label) → \(describe.value(entry.key, entry.value))"
        }
    }
}

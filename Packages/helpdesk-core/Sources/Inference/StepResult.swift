import KnowledgeBase

/// What the engine needs next, or how the walk ended.
public enum Status: Sendable {
    case question(Question)
    /// A fact the machine may be able to tell: run the probe, record its reading if it could
    /// tell, add the fact to `Session.probed` either way, and step again.
    case probe(fact: String, probe: String)
    case conclusion(Ending)
    case error(EngineError)
}

/// A question for the user.
public struct Question: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case fact, outcome }

    /// The fact id, or `<tree>/<node>` for an outcome.
    public var key: String
    public var kind: Kind
    /// The fact's type; `bool` for outcomes.
    public var type: FactType
    /// Fact questions: the prompt. Outcomes: "did that fix it?" comes from the surface.
    public var prompt: LocalizedText?
    /// Choice facts: the values and labels, in order.
    public var choices: [ChoiceValue]
    /// Outcome questions: the step to try.
    public var instruction: LocalizedText?
    public var links: [String]
    /// The node that needs the answer.
    public var tree: String
    public var node: String
    /// When the question is an input of a derived fact: that fact.
    public var forFact: String?
    /// How the user can find the answer out, when the knowledge says.
    public var hint: LocalizedText?
    /// Whether "I don't know" is an answer: for every fact question; not for "did it help?".
    public var acceptsUnknown: Bool { kind == .fact }
}

/// How a walk ended.
public struct Ending: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case remedy, answer, escalation
        /// A step fixed it.
        case resolved
    }

    public var tree: String
    public var node: String
    public var kind: Kind
    public var text: LocalizedText
    public var steps: [LocalizedText]
    public var links: [String]
    /// Escalations: the inquiry-form category id.
    public var contact: String?
}

/// One thing the walk did, for the trace and the explanation.
public struct TraceEntry: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        /// A decide node branched on a fact.
        case decided
        /// A step was shown and answered.
        case stepped
        /// A goto entered another tree.
        case entered
        /// A tree ran out of help and the walk went back or to the fallback tree.
        case returned
    }

    public var tree: String
    public var node: String
    public var action: Action
    public var fact: String?
    public var value: FactValue?
    public var source: Provenance?
    public var how: String?
    /// Where the walk went next (a node id, or a tree id for entered/returned).
    public var to: String?
}

/// The result of one step: the status, the trace so far, the steps shown, and every fact known
/// with its provenance (derived ones included).
public struct StepResult: Sendable {
    public var status: Status
    public var trace: [TraceEntry]
    /// Outcome keys of the steps shown and answered, in order.
    public var shown: [String]
    public var known: [String: Session.Entry]
}

public struct EngineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

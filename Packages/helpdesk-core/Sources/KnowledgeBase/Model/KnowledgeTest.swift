import YAML

/// A knowledge test: a walk from a tree with facts given and answers to questions, and what
/// must happen.
public struct KnowledgeTest: Sendable {
    /// A value written in a test: the key (a fact id or `<tree>/<node>`) and the text.
    public struct Value: Sendable, Hashable {
        public var key: String
        public var text: String
        /// Written as `null` (or `~`): the answer "I don't know".
        public var unknown: Bool = false
        public var mark: Mark?
    }

    public struct Expectation: Sendable {
        /// `<tree>/<node>` where the walk must end.
        public var conclusion: String?
        /// The question the walk must stop at.
        public var question: String?
        /// The steps shown, in order, exactly.
        public var shown: [String]?
        public var asked: [String]
        public var notAsked: [String]
        /// The trees entered by `goto`, in order, exactly.
        public var entered: [String]?
    }

    public var name: String
    public var tree: Reference
    public var given: [Value]
    public var answers: [Value]
    public var expect: Expectation
    public var mark: Mark?
}

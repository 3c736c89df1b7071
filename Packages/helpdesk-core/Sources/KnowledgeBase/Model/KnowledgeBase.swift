import YAML

/// The whole knowledge: facts, trees and site data, as loaded from a folder.
public struct KnowledgeBase: Sendable {
    public var facts: [Fact]
    public var trees: [Tree]
    public var site: SiteData
    /// Groups of words that mean the same to users, for triage.
    public var synonyms: [[String]]
    /// Labelled example tickets, by the tree they belong to (`examples/<tree>.yaml`), for triage.
    public var examples: [ExampleSet] = []
    /// Text templates staff edit without a rebuild (`templates/<name>.mustache`), by name:
    /// `reply.ja` and `reply.en` frame triage's reply drafts.
    public var templates: [TemplateFile] = []
    /// The folder it was loaded from.
    public var root: String?

    public init(facts: [Fact] = [], trees: [Tree] = [], site: SiteData = SiteData(), synonyms: [[String]] = [], root: String? = nil) {
        self.facts = facts
        self.trees = trees
        self.site = site
        self.synonyms = synonyms
        self.root = root
    }

    public func fact(_ id: String) -> Fact? { facts.first { $0.id == id } }
    public func tree(_ id: String) -> Tree? { trees.first { $0.id == id } }
}

/// The example tickets of one tree, as helpdesk staff wrote them down.
public struct ExampleSet: Sendable {
    public struct Example: Sendable, Hashable {
        public var language: Language
        public var text: String
        public var mark: Mark?

        public init(language: Language, text: String, mark: Mark? = nil) {
            self.language = language
            self.text = text
            self.mark = mark
        }
    }

    /// The tree, named by the file (`examples/<tree>.yaml`, `tickets/<tree>.yaml`).
    public var tree: Reference
    public var examples: [Example]
    /// Whether these are tickets people wrote (`tickets/`), typing slips and all, rather than
    /// an editor's examples: triage learns what they are about, not how words are spelt.
    public var tickets: Bool

    public init(tree: Reference, examples: [Example], tickets: Bool = false) {
        self.tree = tree
        self.examples = examples
        self.tickets = tickets
    }
}

/// A text template of the knowledge, as written; what renders it (Mustache) checks its syntax.
public struct TemplateFile: Sendable, Hashable {
    /// The file name without `.mustache`: `reply.ja`.
    public var name: String
    public var text: String
    public var mark: Mark?

    public init(name: String, text: String, mark: Mark? = nil) {
        self.name = name
        self.text = text
        self.mark = mark
    }
}

/// The whole knowledge: facts, trees and site data, as loaded from a folder.
public struct KnowledgeBase: Sendable {
    public var facts: [Fact]
    public var trees: [Tree]
    public var site: SiteData
    /// Groups of words that mean the same to users, for triage.
    public var synonyms: [[String]]
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

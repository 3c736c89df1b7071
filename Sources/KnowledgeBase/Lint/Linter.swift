import YAML

/// One named check over the whole knowledge.
public protocol LintRule: Sendable {
    /// The name shown in brackets after each diagnostic, and used to document the rule.
    static var name: String { get }
    /// One line: what the rule catches.
    static var summary: String { get }
    func check(_ input: LintInput) -> [Diagnostic]
}

/// What a rule sees: the knowledge with lookups built once, and the registered names.
public struct LintInput: Sendable {
    public let knowledge: KnowledgeBase
    public let registered: RegisteredNames
    public let facts: [String: Fact]
    public let trees: [String: Tree]

    public init(knowledge: KnowledgeBase, registered: RegisteredNames) {
        self.knowledge = knowledge
        self.registered = registered
        facts = Dictionary(knowledge.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        trees = Dictionary(knowledge.trees.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every text shown to people, with a description of where it is.
    public var texts: [(text: LocalizedText, place: String)] {
        var all: [(LocalizedText, String)] = []
        for fact in knowledge.facts {
            if let p = fact.prompt { all.append((p, "the prompt of fact '\(fact.id)'")) }
            for v in fact.values { all.append((v.label, "the label of '\(v.id)' of fact '\(fact.id)'")) }
        }
        for tree in knowledge.trees {
            all.append((tree.title, "the title of tree '\(tree.id)'"))
            for node in tree.nodes {
                for t in node.texts { all.append((t, "node '\(node.id)' of tree '\(tree.id)'")) }
            }
        }
        let site = knowledge.site
        for link in site.links.values { all.append((link.title, "the title of link '\(link.id)'")) }
        for c in site.contactCategories.values {
            all.append((c.label, "the label of contact category '\(c.id)'"))
            if let q = c.question { all.append((q, "the question of contact category '\(c.id)'")) }
        }
        for p in site.omuidPatterns { all.append((p.label, "the label of OMUID pattern '\(p.regex)'")) }
        for s in site.sources.values { all.append((s.title, "the title of source page '\(s.id)'")) }
        return all
    }
}

/// Runs the rules over loaded knowledge.
public struct Linter: Sendable {
    public var rules: [any LintRule]

    public init(rules: [any LintRule] = Linter.allRules) {
        self.rules = rules
    }

    /// Every rule, in the order their diagnostics are most useful.
    public static let allRules: [any LintRule] = [
        DuplicateIDRule(), MissingReferenceRule(), DecideTypeRule(), CaseValueRule(), CaseCoverageRule(),
        UnreachableNodeRule(), CycleRule(), MissingJapaneseRule(), MissingEnglishRule(), UnknownDerivationRule(),
        FactSourceRule(), SecretInTextRule(), NoKeywordsRule(), ContactRule(), SiteDataRule(),
    ]

    /// Diagnostics of the load and of every rule, sorted by place.
    public func lint(_ load: LoadResult, registered: RegisteredNames) -> [Diagnostic] {
        sorted(load.diagnostics + lint(load.knowledge, registered: registered))
    }

    public func lint(_ knowledge: KnowledgeBase, registered: RegisteredNames) -> [Diagnostic] {
        let input = LintInput(knowledge: knowledge, registered: registered)
        return rules.flatMap { $0.check(input) }
    }

    public func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.mark, b.element.mark)
            if x?.file != y?.file { return (x?.file ?? "") < (y?.file ?? "") }
            if x?.line != y?.line { return (x?.line ?? 0) < (y?.line ?? 0) }
            if x?.column != y?.column { return (x?.column ?? 0) < (y?.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

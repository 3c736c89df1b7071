import YAML

/// One named check over the whole knowledge.
public protocol LintRule: Sendable {
    /// The name shown in brackets after each diagnostic, and used to document the rule.
    static var name: String { get }
    /// One line: what the rule catches.
    static var summary: String { get }
    /// How serious what it finds is: an error unless the rule says otherwise.
    static var severity: Diagnostic.Severity { get }
    func check(_ input: LintInput) -> [Diagnostic]
}

/// A rule whose findings in a tree depend on that tree alone (with the facts and the site
/// data): the linter runs all such rules over a few trees before going on to the next few, so
/// that each tree is read from memory once, by one core, and stays in its cache for every rule.
public protocol TreeLintRule: LintRule {
    /// The findings in `input.knowledge.trees[t]`.
    func check(tree t: Int, _ input: LintInput) -> [Diagnostic]
    /// The findings outside the trees (the facts, the site data); none unless the rule has some.
    func checkOutsideTrees(_ input: LintInput) -> [Diagnostic]
}

extension TreeLintRule {
    public func checkOutsideTrees(_ input: LintInput) -> [Diagnostic] { [] }

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.trees.indices.flatMap { check(tree: $0, input) } + checkOutsideTrees(input)
    }
}

/// A tree rule that looks at each text shown to people alone.
public protocol TextLintRule: TreeLintRule {
    func check(_ text: LocalizedText, at place: () -> TextPlace, _ input: LintInput) -> [Diagnostic]
}

extension TextLintRule {
    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        input.forEachText(inTree: t) { found += check($0, at: $1, input) }
        return found
    }

    public func checkOutsideTrees(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        input.forEachTextOutsideTrees { found += check($0, at: $1, input) }
        return found
    }
}

extension LintRule {
    public static var severity: Diagnostic.Severity { .error }

    /// A finding of this rule, with its name and severity.
    public func diagnose(_ message: String, at mark: Mark?, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(Self.severity, message, at: mark, rule: Self.name, notes: notes)
    }
}

/// What a rule sees: the knowledge with lookups built once, and the registered names.
public struct LintInput: Sendable {
    public let knowledge: KnowledgeBase
    public let registered: RegisteredNames
    public let facts: [String: Fact]
    /// Each fact id → the fact's position in `knowledge.facts` (its first declaration): a rule
    /// that looks a fact up on every node reads it in place (`knowledge.facts[i].type`) instead
    /// of copying the whole fact out of `facts` (a retain and a release of each of its texts).
    public let factPositions: [String: Int]
    /// For each fact (in `knowledge.facts` order), its `caseValues`, made once rather than at
    /// every node that decides on it.
    public let caseValues: [[String]?]
    /// Each tree id → the tree's position in `knowledge.trees` (its first declaration).
    public let trees: [String: Int]
    /// For each tree (in `knowledge.trees` order), its node ids → positions (first occurrence).
    public let nodeIndices: [NodeIndex]

    public init(knowledge: KnowledgeBase, registered: RegisteredNames) {
        self.knowledge = knowledge
        self.registered = registered
        facts = Dictionary(knowledge.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var positions: [String: Int] = [:]
        positions.reserveCapacity(knowledge.facts.count)
        for i in knowledge.facts.indices where positions[knowledge.facts[i].id] == nil { positions[knowledge.facts[i].id] = i }
        factPositions = positions
        caseValues = knowledge.facts.map(\.caseValues)
        var trees: [String: Int] = [:]
        trees.reserveCapacity(knowledge.trees.count)
        // By position, so that no tree is copied whole.
        for i in knowledge.trees.indices where trees[knowledge.trees[i].id] == nil { trees[knowledge.trees[i].id] = i }
        self.trees = trees
        nodeIndices = knowledge.trees.map { NodeIndex($0.nodes) }
    }

    /// Calls `body` with every text shown to people and, for a diagnostic, where it is (the
    /// place is made only when asked). Walks the knowledge in place: no list of the texts is made.
    public func forEachText(_ body: (LocalizedText, () -> TextPlace) -> Void) {
        for t in knowledge.trees.indices { forEachText(inTree: t, body) }
        forEachTextOutsideTrees(body)
    }

    /// `forEachText` over one tree: its title and its nodes' texts.
    public func forEachText(inTree t: Int, _ body: (LocalizedText, () -> TextPlace) -> Void) {
        let tree = knowledge.trees[t]
        body(tree.title) { .treeTitle(tree.id) }
        for node in tree.nodes {
            node.forEachText { body($0) { .node(tree: tree.id, node: node.id) } }
        }
    }

    /// `forEachText` over the facts' texts and the site data's.
    public func forEachTextOutsideTrees(_ body: (LocalizedText, () -> TextPlace) -> Void) {
        for fact in knowledge.facts {
            if let p = fact.prompt { body(p) { .factPrompt(fact.id) } }
            if let r = fact.reply { body(r) { .factReply(fact.id) } }
            for v in fact.values { body(v.label) { .choiceLabel(fact: fact.id, value: v.id) } }
        }
        let site = knowledge.site
        for link in site.links.values { body(link.title) { .link(link.id) } }
        for c in site.contactCategories.values {
            body(c.label) { .categoryLabel(c.id) }
            if let q = c.question { body(q) { .categoryQuestion(c.id) } }
        }
        for p in site.omuidPatterns { body(p.label) { .omuidPattern(p.regex) } }
        for s in site.sources.values { body(s.title) { .sourcePage(s.id) } }
    }
}

/// Where a text shown to people is, for messages.
public enum TextPlace: Sendable, CustomStringConvertible {
    case factPrompt(String)
    case factReply(String)
    case choiceLabel(fact: String, value: String)
    case treeTitle(String)
    case node(tree: String, node: String)
    case link(String)
    case categoryLabel(String)
    case categoryQuestion(String)
    case omuidPattern(String)
    case sourcePage(String)

    public var description: String {
        switch self {
        case .factPrompt(let f): return "the prompt of fact '\(f)'"
        case .factReply(let f): return "the reply question of fact '\(f)'"
        case .choiceLabel(let f, let v): return "the label of '\(v)' of fact '\(f)'"
        case .treeTitle(let t): return "the title of tree '\(t)'"
        case .node(let t, let n): return "node '\(n)' of tree '\(t)'"
        case .link(let l): return "the title of link '\(l)'"
        case .categoryLabel(let c): return "the label of contact category '\(c)'"
        case .categoryQuestion(let c): return "the question of contact category '\(c)'"
        case .omuidPattern(let r): return "the label of OMUID pattern '\(r)'"
        case .sourcePage(let s): return "the title of source page '\(s)'"
        }
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
        FactSourceRule(), SecretInTextRule(), NoKeywordsRule(), ContactRule(), SiteDataRule(), ImpliesRule(),
        UnknownBranchRule(), ExampleTreeRule(), ReplyQuestionRule(),
    ]

    /// The same linter without the rules that only warn: for a caller that needs only to know
    /// whether the knowledge may be used (compiling stops on errors alone).
    public var errorRulesOnly: Linter {
        Linter(rules: rules.filter { type(of: $0).severity == .error })
    }

    /// Diagnostics of the load and of every rule, sorted by place.
    public func lint(_ load: LoadResult, registered: RegisteredNames) -> [Diagnostic] {
        sorted(load.diagnostics + lint(load.knowledge, registered: registered))
    }

    public func lint(_ knowledge: KnowledgeBase, registered: RegisteredNames) -> [Diagnostic] {
        let input = LintInput(knowledge: knowledge, registered: registered)
        // The tree rules over runs of a few consecutive trees, the runs on all cores, each run's
        // findings kept by rule: each tree is read from memory by one core, once (rule by rule,
        // every rule read every tree again).
        let treeRules = rules.map { $0 as? any TreeLintRule }
        let count = knowledge.trees.count
        let runs = stride(from: 0, to: count, by: Self.treesPerRun).map { $0..<min($0 + Self.treesPerRun, count) }
        let perRun = parallelMap(runs) { run in
            treeRules.map { rule -> [Diagnostic] in
                guard let rule else { return [] }
                return run.flatMap { rule.check(tree: $0, input) }
            }
        }
        // In the rules' order, a rule's findings in tree order: as if each had run alone.
        var found: [Diagnostic] = []
        for (r, rule) in rules.enumerated() {
            guard let treeRule = treeRules[r] else {
                found += rule.check(input)
                continue
            }
            for findings in perRun { found += findings[r] }
            found += treeRule.checkOutsideTrees(input)
        }
        return found
    }

    /// How many consecutive trees one core lints at a time (each by every tree rule, rule by
    /// rule): few enough that the run's trees stay in the core's cache from one rule to the next.
    static let treesPerRun = 32

    public func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Each place's file name looked up once, not at every comparison.
        let places = diagnostics.map { ($0.mark?.file ?? "", $0.mark?.line ?? 0, $0.mark?.column ?? 0) }
        return diagnostics.indices.sorted { a, b in
            let (x, y) = (places[a], places[b])
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 < y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            return a < b
        }.map { diagnostics[$0] }
    }
}

import YAML

/// Where in the user's journey a tree belongs, as the pages organise their entries.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    /// The navigator and the way to the helpdesk.
    case general
    /// Resuming an interrupted activation (利用開始手続きの再開).
    case resume
    /// The activation steps (screens) of 利用開始手続き.
    case start, omuid_check, password_change, two_factor_setup
    /// After activation: login, password, two-factor authentication.
    case after_activation
}

/// Which page and which entry a tree encodes.
public struct Source: Sendable, Hashable {
    /// A page id from `site.yaml` `sources`.
    public var page: String
    /// The entry's heading on that page (verbatim where the page has one).
    public var entry: String
    public var mark: Mark?

    public init(page: String, entry: String, mark: Mark? = nil) {
        self.page = page
        self.entry = entry
        self.mark = mark
    }
}

/// A fact and the value something implies (an entry, an on-screen message), as written.
public struct Implied: Sendable, Hashable {
    public var fact: Reference
    public var value: String
    public var mark: Mark?

    public init(fact: Reference, value: String, mark: Mark? = nil) {
        self.fact = fact
        self.value = value
        self.mark = mark
    }
}

/// An on-screen message an entry quotes, and what it tells (the field, the error, the stage).
public struct QuotedMessage: Sendable, Hashable {
    public var text: String
    public var implies: [Implied]
    public var mark: Mark?

    public init(text: String, implies: [Implied] = [], mark: Mark? = nil) {
        self.text = text
        self.implies = implies
        self.mark = mark
    }
}

/// One FAQ entry as a decision tree: a symptom the user can name, its checks and remedies.
///
/// Its parts live in one shared box, copied on the first change (copy-on-write): the linter's
/// rules, the compiler and the reports each walk every tree, and a copy of a tree is then one
/// reference count, not a dozen (its strings and arrays), bounced between the cores.
public struct Tree: Sendable {
    private final class Parts: @unchecked Sendable {
        var id: String
        var title: LocalizedText
        var stage: Stage
        var sources: [Source]
        var keywords: [String]
        var quotedMessages: [QuotedMessage]
        var implies: [Implied]
        var start: Reference
        var nodes: [TreeNode]
        var file: String
        var mark: Mark?

        init(
            id: String, title: LocalizedText, stage: Stage, sources: [Source], keywords: [String],
            quotedMessages: [QuotedMessage], implies: [Implied], start: Reference, nodes: [TreeNode], file: String, mark: Mark?
        ) {
            self.id = id
            self.title = title
            self.stage = stage
            self.sources = sources
            self.keywords = keywords
            self.quotedMessages = quotedMessages
            self.implies = implies
            self.start = start
            self.nodes = nodes
            self.file = file
            self.mark = mark
        }

        var copy: Parts {
            Parts(
                id: id, title: title, stage: stage, sources: sources, keywords: keywords, quotedMessages: quotedMessages,
                implies: implies, start: start, nodes: nodes, file: file, mark: mark)
        }
    }

    private var parts: Parts

    /// The box, copied first if another tree shares it.
    private var unique: Parts {
        mutating get {
            if !isKnownUniquelyReferenced(&parts) { parts = parts.copy }
            return parts
        }
    }

    public var id: String {
        get { parts.id }
        _modify { yield &unique.id }
    }
    public var title: LocalizedText {
        get { parts.title }
        _modify { yield &unique.title }
    }
    public var stage: Stage {
        get { parts.stage }
        _modify { yield &unique.stage }
    }
    public var sources: [Source] {
        get { parts.sources }
        _modify { yield &unique.sources }
    }
    /// Words users write for this symptom, for triage.
    public var keywords: [String] {
        get { parts.keywords }
        _modify { yield &unique.keywords }
    }
    /// Exact on-screen messages this entry handles, and what each tells.
    public var quotedMessages: [QuotedMessage] {
        get { parts.quotedMessages }
        _modify { yield &unique.quotedMessages }
    }
    /// Facts the entry implies (its page, its step): known on entering the tree, never asked.
    public var implies: [Implied] {
        get { parts.implies }
        _modify { yield &unique.implies }
    }
    public var start: Reference {
        get { parts.start }
        _modify { yield &unique.start }
    }
    /// Nodes in file order.
    public var nodes: [TreeNode] {
        get { parts.nodes }
        _modify { yield &unique.nodes }
    }
    public var file: String {
        get { parts.file }
        _modify { yield &unique.file }
    }
    public var mark: Mark? {
        get { parts.mark }
        _modify { yield &unique.mark }
    }

    public init(
        id: String, title: LocalizedText, stage: Stage = .general, sources: [Source] = [], keywords: [String] = [],
        messages: [String] = [], quotedMessages: [QuotedMessage] = [], implies: [Implied] = [], start: Reference,
        nodes: [TreeNode], file: String, mark: Mark? = nil
    ) {
        parts = Parts(
            id: id, title: title, stage: stage, sources: sources, keywords: keywords,
            quotedMessages: quotedMessages + messages.map { QuotedMessage(text: $0) }, implies: implies, start: start,
            nodes: nodes, file: file, mark: mark)
    }

    /// Every text of its nodes shown to people, in both languages (`LocalizedText.strings`), in
    /// node order.
    public var nodeStrings: [String] { nodes.flatMap { $0.texts.flatMap(\.strings) } }

    /// The texts of the on-screen messages this entry handles.
    public var messages: [String] { quotedMessages.map(\.text) }

    public func node(_ id: String) -> TreeNode? {
        nodes.first { $0.id == id }
    }
}

/// A name that refers to a node, a tree, a fact or a link, with the place it was written.
public struct Reference: Sendable, Hashable {
    public var name: String
    public var mark: Mark?

    public init(_ name: String, mark: Mark? = nil) {
        self.name = name
        self.mark = mark
    }
}

/// A node of a tree.
public struct TreeNode: Sendable {
    public var id: String
    public var kind: Kind
    public var mark: Mark?

    public init(id: String, kind: Kind, mark: Mark? = nil) {
        self.id = id
        self.kind = kind
        self.mark = mark
    }

    /// Each kind's content is boxed (`indirect`): a node is a few words, and copying one (into
    /// the compiled knowledge, or while linting) retains one box instead of every text in it.
    public indirect enum Kind: Sendable {
        case decide(Decide)
        case step(Step)
        case conclude(Conclusion)
        case goto(Goto)
    }

    /// The node's kind as written in YAML.
    public var kindName: String {
        switch kind {
        case .decide: return "decide"
        case .step: return "step"
        case .conclude: return "conclude"
        case .goto: return "goto"
        }
    }

    /// Calls `body` with each node of the same tree this node can lead to, without building an array.
    public func forEachSuccessor(_ body: (Reference) -> Void) {
        switch kind {
        case .decide(let d):
            for c in d.cases { body(c.target) }
            if let u = d.unknown { body(u) }
            if let d = d.default { body(d) }
        case .step(let s):
            if let r = s.resolved { body(r) }
            if let u = s.unresolved { body(u) }
        case .conclude:
            break
        case .goto(let g):
            if let n = g.next { body(n) }
        }
    }

    /// Calls `body` with every text of the node shown to people.
    public func forEachText(_ body: (LocalizedText) -> Void) {
        switch kind {
        case .decide(let d): if let why = d.why { body(why) }
        case .step(let s): body(s.text)
        case .conclude(let c):
            body(c.text)
            c.steps.forEach(body)
        case .goto: break
        }
    }

    /// Every text of the node shown to people.
    public var texts: [LocalizedText] {
        var all: [LocalizedText] = []
        forEachText { all.append($0) }
        return all
    }
}

/// Branch on a fact, asking for it only when it is not known yet.
public struct Decide: Sendable {
    public struct Case: Sendable {
        public var value: String
        public var target: Reference
        public var mark: Mark?
        public init(value: String, target: Reference, mark: Mark? = nil) {
            self.value = value
            self.target = target
            self.mark = mark
        }
    }
    public var fact: Reference
    public var cases: [Case]
    /// Where an "I don't know" leads; absent: the `default`.
    public var unknown: Reference?
    public var `default`: Reference?
    /// Why the check matters, for the user who asks.
    public var why: LocalizedText?
    /// Branch on the fact only when it is already told (given, extracted from a ticket,
    /// implied or derived); otherwise take the `unknown` branch without asking. For a check
    /// the page makes only for some (「アカウントロックが発生した方は…」), which most people
    /// need not be asked about.
    public var onlyIfTold: Bool

    public init(
        fact: Reference, cases: [Case], unknown: Reference? = nil, default: Reference? = nil, why: LocalizedText? = nil,
        onlyIfTold: Bool = false
    ) {
        self.fact = fact
        self.cases = cases
        self.unknown = unknown
        self.default = `default`
        self.why = why
        self.onlyIfTold = onlyIfTold
    }
}

/// An instruction, then "did that fix it?".
public struct Step: Sendable {
    public var text: LocalizedText
    public var links: [Reference]
    /// Where to go when it fixed it; absent: the walk ends, resolved.
    public var resolved: Reference?
    /// Where to go when it did not; absent: back to the tree that entered this one with a
    /// `goto … next`, else to the site's fallback tree (the helpdesk).
    public var unresolved: Reference?

    public init(text: LocalizedText, links: [Reference] = [], resolved: Reference? = nil, unresolved: Reference? = nil) {
        self.text = text
        self.links = links
        self.resolved = resolved
        self.unresolved = unresolved
    }
}

/// How a walk ends.
public enum ConclusionKind: String, Sendable, Hashable, CaseIterable {
    /// Do this and it is solved.
    case remedy
    /// The answer to a question.
    case answer
    /// Ask the helpdesk, with the inquiry form's category.
    case escalation
}

public struct Conclusion: Sendable {
    public var kind: ConclusionKind
    public var text: LocalizedText
    public var steps: [LocalizedText]
    public var links: [Reference]
    /// An inquiry-form category id from `site.yaml` (escalations).
    public var contact: Reference?

    public init(kind: ConclusionKind, text: LocalizedText, steps: [LocalizedText] = [], links: [Reference] = [], contact: Reference? = nil) {
        self.kind = kind
        self.text = text
        self.steps = steps
        self.links = links
        self.contact = contact
    }
}

/// Enter another tree; with `next`, come back to that node when the other tree runs out of
/// help (a step without `unresolved`).
public struct Goto: Sendable {
    public var tree: Reference
    public var next: Reference?

    public init(tree: Reference, next: Reference? = nil) {
        self.tree = tree
        self.next = next
    }
}

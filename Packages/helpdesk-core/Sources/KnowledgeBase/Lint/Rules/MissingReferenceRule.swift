import YAML

/// A name that refers to nothing: a node, a tree, a fact, a link, a contact category or a source page.
public struct MissingReferenceRule: TreeLintRule {
    public static let name = "missing-reference"
    public static let summary = "a reference to a node, tree, fact, link, contact category or source page that does not exist"
    public init() {}

    /// The finding for a name not among `known` (made only when one is missing), with the nearest.
    private func miss(_ ref: Reference, _ what: String, among known: @autoclosure () -> [String], in place: String = "") -> Diagnostic {
        diagnose("no \(what) '\(ref.name)'\(place)" + Suggestion.didYouMean(ref.name, among: known()), at: ref.mark)
    }

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let site = input.knowledge.site
        let tree = input.knowledge.trees[t]
        let index = input.nodeIndices[t]
        func node(_ ref: Reference?) {
            if let ref, index[ref.name] == nil { found.append(miss(ref, "node", among: tree.nodes.map(\.id), in: " in tree '\(tree.id)'")) }
        }
        // Whether a name is there, asked of the site's tables without copying what it names.
        func link(_ ref: Reference) {
            if site.links.index(forKey: ref.name) == nil { found.append(miss(ref, "link", among: Array(site.links.keys))) }
        }
        if !tree.start.name.isEmpty { node(tree.start) }
        for source in tree.sources where site.sources.index(forKey: source.page) == nil {
            found.append(miss(Reference(source.page, mark: source.mark), "source page", among: Array(site.sources.keys)))
        }
        for n in tree.nodes {
            n.forEachSuccessor(node)
            switch n.kind {
            case .decide(let d):
                if input.factPositions[d.fact.name] == nil { found.append(miss(d.fact, "fact", among: Array(input.factPositions.keys))) }
            case .step(let s):
                s.links.forEach(link)
            case .conclude(let c):
                c.links.forEach(link)
                if let contact = c.contact, site.contactCategories.index(forKey: contact.name) == nil {
                    found.append(miss(contact, "contact category", among: Array(site.contactCategories.keys)))
                }
            case .goto(let g):
                if input.trees[g.tree.name] == nil { found.append(miss(g.tree, "tree", among: Array(input.trees.keys))) }
            }
            n.forEachText { text in
                for name in text.placeholders where input.factPositions[name] == nil {
                    found.append(miss(Reference(name, mark: text.mark ?? n.mark), "fact", among: Array(input.factPositions.keys), in: " (in a {placeholder})"))
                }
            }
        }
        return found
    }

    public func checkOutsideTrees(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let site = input.knowledge.site
        for fact in input.knowledge.facts {
            for name in fact.from where input.factPositions[name] == nil {
                found.append(miss(Reference(name, mark: fact.mark), "fact", among: Array(input.factPositions.keys), in: " (in 'from' of '\(fact.id)')"))
            }
        }
        let fileMark = site.file.map { YAML.Mark(file: $0, line: 1, column: 1) }
        if !input.knowledge.trees.isEmpty, input.trees[site.fallbackTree] == nil {
            found.append(miss(Reference(site.fallbackTree, mark: site.fallbackTreeMark ?? fileMark), "fallback tree", among: Array(input.trees.keys)))
        }
        if let form = site.contactForm, site.links.index(forKey: form) == nil {
            found.append(miss(Reference(form, mark: site.contactFormMark ?? fileMark), "link", among: Array(site.links.keys), in: " (the contact form)"))
        }
        return found
    }
}

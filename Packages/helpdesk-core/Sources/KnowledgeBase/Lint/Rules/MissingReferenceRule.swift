import YAML

/// A name that refers to nothing: a node, a tree, a fact, a link, a contact category or a source page.
public struct MissingReferenceRule: LintRule {
    public static let name = "missing-reference"
    public static let summary = "a reference to a node, tree, fact, link, contact category or source page that does not exist"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let site = input.knowledge.site
        func miss(_ ref: Reference, _ what: String, among known: [String], in place: String = "") {
            var message = "no \(what) '\(ref.name)'\(place)"
            message += Suggestion.didYouMean(ref.name, among: known)
            found.append(diagnose(message, at: ref.mark))
        }
        // The names offered as suggestions, made only when something is missing.
        var treeIDs: [String] { Array(input.trees.keys) }
        var factIDs: [String] { Array(input.factPositions.keys) }
        for (t, tree) in input.knowledge.trees.enumerated() {
            let index = input.nodeIndices[t]
            func node(_ ref: Reference?) {
                if let ref, index[ref.name] == nil { miss(ref, "node", among: tree.nodes.map(\.id), in: " in tree '\(tree.id)'") }
            }
            func link(_ ref: Reference) {
                if site.links.index(forKey: ref.name) == nil { miss(ref, "link", among: Array(site.links.keys)) }
            }
            if !tree.start.name.isEmpty { node(tree.start) }
            for source in tree.sources where site.sources.index(forKey: source.page) == nil {
                miss(Reference(source.page, mark: source.mark), "source page", among: Array(site.sources.keys))
            }
            for n in tree.nodes {
                n.forEachSuccessor(node)
                switch n.kind {
                case .decide(let d):
                    if input.factPositions[d.fact.name] == nil { miss(d.fact, "fact", among: factIDs) }
                case .step(let s):
                    s.links.forEach(link)
                case .conclude(let c):
                    c.links.forEach(link)
                    if let contact = c.contact, site.contactCategories.index(forKey: contact.name) == nil {
                        miss(contact, "contact category", among: Array(site.contactCategories.keys))
                    }
                case .goto(let g):
                    if input.trees[g.tree.name] == nil { miss(g.tree, "tree", among: treeIDs) }
                }
                n.forEachText { text in
                    for name in text.placeholders where input.factPositions[name] == nil {
                        miss(Reference(name, mark: text.mark ?? n.mark), "fact", among: factIDs, in: " (in a {placeholder})")
                    }
                }
            }
        }
        for fact in input.knowledge.facts {
            for name in fact.from where input.factPositions[name] == nil {
                miss(Reference(name, mark: fact.mark), "fact", among: factIDs, in: " (in 'from' of '\(fact.id)')")
            }
        }
        let fileMark = site.file.map { YAML.Mark(file: $0, line: 1, column: 1) }
        if !input.knowledge.trees.isEmpty, input.trees[site.fallbackTree] == nil {
            miss(Reference(site.fallbackTree, mark: site.fallbackTreeMark ?? fileMark), "fallback tree", among: treeIDs)
        }
        if let form = site.contactForm, site.links.index(forKey: form) == nil {
            miss(Reference(form, mark: site.contactFormMark ?? fileMark), "link", among: Array(site.links.keys), in: " (the contact form)")
        }
        return found
    }
}

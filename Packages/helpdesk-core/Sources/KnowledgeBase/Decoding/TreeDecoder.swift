import YAML

/// Decodes a tree file.
enum TreeDecoder {
    static let treeKeys = ["id", "title", "stage", "source", "keywords", "messages", "implies", "start", "nodes"]
    static let kindKeys = ["decide", "step", "conclude", "goto"]
    static let nodeKeys: [String: [String]] = [
        "decide": ["decide", "cases", "unknown", "default", "why", "only_if_told"],
        "step": ["step", "links", "resolved", "unresolved"],
        "conclude": ["conclude", "text", "steps", "links", "contact"],
        "goto": ["goto", "next"],
    ]
    static let allNodeKeys = Array(Set(nodeKeys.values.joined())).sorted()
    static let messageKeys = ["text", "implies"]
    static let sourceKeys = ["page", "entry"]

    static func decode(_ root: Node, file: String, sink: DiagnosticSink) -> Tree? {
        guard let r = MappingReader(root, known: treeKeys, what: "a tree", sink: sink) else { return nil }
        guard let id = r.string("id", required: true) else { return nil }
        let title = r.text("title", required: true) ?? LocalizedText(mark: root.mark)
        var stage = Stage.general
        if let name = r.string("stage") {
            if let s = Stage(rawValue: name) {
                stage = s
            } else {
                sink.error(
                    "unknown stage '\(name)'\(FactsDecoder.hint(name, Stage.allCases.map(\.rawValue)))",
                    at: r.value("stage")?.mark, rule: "type")
            }
        }
        let start = r.reference("start", required: true) ?? Reference("", mark: root.mark)
        let nodes = r.entries("nodes", required: true).compactMap { decodeNode(id: $0.name, key: $0.key, node: $0.value, sink: sink) }
        return Tree(
            id: id, title: title, stage: stage, sources: decodeSources(r.value("source"), sink: sink),
            keywords: r.strings("keywords"), quotedMessages: decodeMessages(r.value("messages"), sink: sink),
            implies: decodeImplies(r.value("implies"), sink: sink), start: start, nodes: nodes, file: file, mark: r.keyMark("id"))
    }

    /// `implies: {fact: value, …}`.
    static func decodeImplies(_ node: Node?, sink: DiagnosticSink) -> [Implied] {
        guard let node else { return [] }
        return MappingReader.entries(node, what: "'implies'", sink: sink).compactMap { entry in
            MappingReader.string(entry.value, key: entry.name, sink: sink)
                .map { Implied(fact: Reference(entry.name, mark: entry.key.mark), value: $0, mark: entry.value.mark) }
        }
    }

    /// `messages:` items: a message as it is shown, or `{text: …, implies: {fact: value}}`.
    static func decodeMessages(_ node: Node?, sink: DiagnosticSink) -> [QuotedMessage] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            sink.error("'messages' must be a list, found \(node.kindName)", at: node.mark, rule: "type")
            return []
        }
        return items.compactMap { item in
            if item.mapping == nil {
                return MappingReader.string(item, key: "messages", sink: sink).map { QuotedMessage(text: $0, mark: item.mark) }
            }
            guard let r = MappingReader(item, known: messageKeys, what: "a message", sink: sink),
                let text = r.string("text", required: true)
            else { return nil }
            return QuotedMessage(text: text, implies: decodeImplies(r.value("implies"), sink: sink), mark: item.mark)
        }
    }

    /// `source:` is one `{page, entry}` mapping or a list of them (an entry on both pages).
    static func decodeSources(_ node: Node?, sink: DiagnosticSink) -> [Source] {
        guard let node else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let r = MappingReader(item, known: sourceKeys, what: "a source", sink: sink),
                let page = r.string("page", required: true), let entry = r.string("entry", required: true)
            else { return nil }
            return Source(page: page, entry: entry, mark: item.mark)
        }
    }

    static func decodeNode(id: String, key: Node, node: Node, sink: DiagnosticSink) -> TreeNode? {
        guard let pairs = node.mapping else {
            sink.error("node '\(id)' must be a mapping, found \(node.kindName)", at: node.mark, rule: "type")
            return nil
        }
        var kinds: [String] = []
        for pair in pairs {
            if let key = pair.key.scalar, kindKeys.contains(key) { kinds.append(key) }
        }
        guard let kind = kinds.first else {
            // Unknown keys are still worth naming, with suggestions from every node key.
            _ = MappingReader(node, known: allNodeKeys, what: "node '\(id)'", sink: sink)
            sink.error("node '\(id)' needs one of: \(kindKeys.joined(separator: ", "))", at: key.mark, rule: "missing-key")
            return nil
        }
        if kinds.count > 1 {
            sink.error("node '\(id)' has more than one kind: \(kinds.joined(separator: ", "))", at: key.mark, rule: "type")
            return nil
        }
        guard let r = MappingReader(node, known: nodeKeys[kind]!, what: "a \(kind) node", sink: sink) else { return nil }
        let mark = key.mark
        switch kind {
        case "decide":
            guard let fact = r.reference("decide", required: true) else { return nil }
            let cases = r.entries("cases").compactMap { entry in
                MappingReader.string(entry.value, key: "case '\(entry.name)'", sink: sink)
                    .map { Decide.Case(value: entry.name, target: Reference($0, mark: entry.value.mark), mark: entry.key.mark) }
            }
            if !r.has("cases") && !r.has("default") {
                sink.error("decide node '\(id)' needs 'cases'", at: mark, rule: "missing-key")
            }
            if let unknownCase = cases.first(where: { $0.value == "unknown" }) {
                sink.error("write the \"I don't know\" branch as 'unknown:' beside 'cases', not as a case", at: unknownCase.mark, rule: "type")
            }
            let onlyIfTold = r.bool("only_if_told") ?? false
            if onlyIfTold && !r.has("unknown") && !r.has("default") {
                sink.error(
                    "decide node '\(id)' is 'only_if_told' and needs an 'unknown:' branch, taken when the fact is not told",
                    at: r.keyMark("only_if_told"), rule: "missing-key")
            }
            return TreeNode(
                id: id,
                kind: .decide(Decide(
                    fact: fact, cases: cases, unknown: r.reference("unknown"), default: r.reference("default"), why: r.text("why"),
                    onlyIfTold: onlyIfTold)),
                mark: mark)
        case "step":
            guard let text = r.text("step", required: true) else { return nil }
            return TreeNode(
                id: id, kind: .step(Step(text: text, links: r.references("links"), resolved: r.reference("resolved"), unresolved: r.reference("unresolved"))),
                mark: mark)
        case "conclude":
            guard let kindName = r.string("conclude", required: true) else { return nil }
            guard let kind = ConclusionKind(rawValue: kindName) else {
                sink.error(
                    "unknown conclusion '\(kindName)'\(FactsDecoder.hint(kindName, ConclusionKind.allCases.map(\.rawValue)))",
                    at: r.value("conclude")?.mark, rule: "type")
                return nil
            }
            let text = r.text("text", required: true) ?? LocalizedText(mark: mark)
            return TreeNode(
                id: id, kind: .conclude(Conclusion(kind: kind, text: text, steps: r.texts("steps"), links: r.references("links"), contact: r.reference("contact"))),
                mark: mark)
        default:
            guard let tree = r.reference("goto", required: true) else { return nil }
            return TreeNode(id: id, kind: .goto(Goto(tree: tree, next: r.reference("next"))), mark: mark)
        }
    }
}

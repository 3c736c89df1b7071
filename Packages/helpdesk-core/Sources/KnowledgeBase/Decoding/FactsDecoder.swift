import YAML

/// Decodes a facts file: `facts:` mapping each fact id to its declaration.
enum FactsDecoder {
    static let factKeys = ["type", "prompt", "values", "derive", "from", "probe", "ask", "hint", "reply"]

    static func decode(_ root: Node, sink: DiagnosticSink) -> [Fact] {
        guard let file = MappingReader(root, known: ["facts"], what: "a facts file", sink: sink) else { return [] }
        return file.entries("facts", required: true).compactMap { decodeFact(id: $0.name, key: $0.key, node: $0.value, sink: sink) }
    }

    static func decodeFact(id: String, key: Node, node: Node, sink: DiagnosticSink) -> Fact? {
        guard let r = MappingReader(node, known: factKeys, what: "fact '\(id)'", sink: sink) else { return nil }
        guard let typeName = r.string("type", required: true) else { return nil }
        guard let type = FactType(rawValue: typeName) else {
            sink.error(
                "unknown fact type '\(typeName)'\(hint(typeName, FactType.allCases.map(\.rawValue)))",
                at: r.value("type")?.mark, rule: "type")
            return nil
        }
        var values: [ChoiceValue] = []
        if type == .choice {
            values = r.entries("values", required: true).compactMap { entry in
                MappingReader.text(entry.value, what: "the label of '\(entry.name)'", sink: sink)
                    .map { ChoiceValue(id: entry.name, label: $0, mark: entry.key.mark) }
            }
            for value in values where value.id == FactValue.unknown.caseKey {
                sink.error("'unknown' is the \"I don't know\" answer of every fact; name this value otherwise", at: value.mark, rule: "type")
            }
        } else if r.has("values") {
            sink.error("only a choice fact has 'values'", at: r.keyMark("values"), rule: "type")
        }
        var ask = AskPolicy.fact
        if let name = r.string("ask") {
            if let policy = AskPolicy(rawValue: name) {
                ask = policy
            } else {
                sink.error("'ask' must be 'fact' or 'inputs', found '\(name)'", at: r.value("ask")?.mark, rule: "type")
            }
        }
        return Fact(
            id: id, type: type, prompt: r.text("prompt"), values: values, derive: r.string("derive"),
            from: r.strings("from"), probe: r.string("probe"), ask: ask, hint: r.text("hint"), reply: r.text("reply"), mark: key.mark)
    }

    static func hint(_ word: String, _ known: [String]) -> String {
        Suggestion.nearest(to: word, among: known).map { " — did you mean '\($0)'?" } ?? " (one of: \(known.joined(separator: ", ")))"
    }
}

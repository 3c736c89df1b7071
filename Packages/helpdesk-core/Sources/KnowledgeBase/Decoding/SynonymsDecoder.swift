import YAML

/// Decodes `synonyms.yaml`: `synonyms:` a list of groups of words users write for the same thing.
enum SynonymsDecoder {
    static func decode(_ root: Node, sink: DiagnosticSink) -> [[String]] {
        guard let r = MappingReader(root, known: ["synonyms"], what: "a synonyms file", sink: sink),
            let list = r.value("synonyms", required: true)
        else { return [] }
        guard let groups = list.sequence else {
            sink.error("'synonyms' must be a list of lists of words", at: list.mark, rule: "type")
            return []
        }
        return groups.compactMap { group in
            guard let words = group.sequence else {
                sink.error("a synonym group must be a list of words", at: group.mark, rule: "type")
                return nil
            }
            return words.compactMap { MappingReader.string($0, key: "a synonym", sink: sink) }
        }
    }
}

import YAML

/// Reads one YAML mapping of the knowledge format: typed accessors that report a wrong type
/// at its place, and a check that names every unknown key with the nearest known one.
struct MappingReader {
    let node: Node
    let sink: DiagnosticSink
    /// The known keys' pairs, in document order; mappings are small, so a scan beats hashing.
    private var values: [(key: String, pair: Node.Pair)] = []

    /// Reads `node` as a mapping whose keys must be among `known`. Returns nil (and reports)
    /// when the node is not a mapping.
    init?(_ node: Node, known: [String], what: @autoclosure () -> String, sink: DiagnosticSink) {
        self.node = node
        self.sink = sink
        guard let pairs = node.mapping else {
            sink.error("\(what()) must be a mapping, found \(node.kindName)", at: node.mark, rule: "type")
            return nil
        }
        values.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalar else {
                sink.error("keys of \(what()) must be plain names, found \(pair.key.kindName)", at: pair.key.mark, rule: "type")
                continue
            }
            if known.contains(key) {
                values.append((key, pair))
            } else {
                var message = "unknown key '\(key)' in \(what())"
                message += Suggestion.didYouMean(key, among: known)
                sink.error(message, at: pair.key.mark, rule: "unknown-key")
            }
        }
    }

    private func pair(_ key: String) -> Node.Pair? {
        values.first { $0.key == key }?.pair
    }

    func has(_ key: String) -> Bool { pair(key) != nil }

    /// The value node of `key`; reports a missing required key at the mapping.
    func value(_ key: String, required: Bool = false) -> Node? {
        if let pair = pair(key) { return pair.value }
        if required { sink.error("missing key '\(key)'", at: node.mark, rule: "missing-key") }
        return nil
    }

    func keyMark(_ key: String) -> Mark? { pair(key)?.key.mark }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        return Self.string(node, key: key, sink: sink)
    }

    func reference(_ key: String, required: Bool = false) -> Reference? {
        guard let node = value(key, required: required), let name = Self.string(node, key: key, sink: sink) else { return nil }
        return Reference(name, mark: node.mark)
    }

    func number(_ key: String) -> Double? {
        guard let node = value(key), let text = Self.string(node, key: key, sink: sink) else { return nil }
        guard let n = Double(text), n.isFinite else {
            sink.error("'\(key)' must be a number, found '\(text)'", at: node.mark, rule: "type")
            return nil
        }
        return n
    }

    /// `true` or `false`; anything else is reported.
    func bool(_ key: String) -> Bool? {
        guard let node = value(key), let text = Self.string(node, key: key, sink: sink) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            sink.error("'\(key)' must be true or false, found '\(text)'", at: node.mark, rule: "type")
            return nil
        }
    }

    func integer(_ key: String) -> Int? {
        guard let n = number(key) else { return nil }
        guard n.rounded() == n, abs(n) < 1e9 else {
            sink.error("'\(key)' must be a whole number", at: value(key)?.mark, rule: "type")
            return nil
        }
        return Int(n)
    }

    func text(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let node = value(key, required: required) else { return nil }
        return Self.text(node, what: "'\(key)'", sink: sink)
    }

    func strings(_ key: String) -> [String] {
        references(key).map(\.name)
    }

    func references(_ key: String) -> [Reference] {
        guard let node = value(key) else { return [] }
        guard let items = node.sequence else {
            sink.error("'\(key)' must be a list, found \(node.kindName)", at: node.mark, rule: "type")
            return []
        }
        return items.compactMap { item in
            Self.string(item, key: key, sink: sink).map { Reference($0, mark: item.mark) }
        }
    }

    func texts(_ key: String) -> [LocalizedText] {
        guard let node = value(key) else { return [] }
        guard let items = node.sequence else {
            sink.error("'\(key)' must be a list, found \(node.kindName)", at: node.mark, rule: "type")
            return []
        }
        return items.compactMap { Self.text($0, what: "an item of '\(key)'", sink: sink) }
    }

    /// The pairs of a mapping-valued key, with string keys.
    func entries(_ key: String, required: Bool = false) -> [(name: String, key: Node, value: Node)] {
        guard let node = value(key, required: required) else { return [] }
        return Self.entries(node, what: "'\(key)'", sink: sink)
    }

    static func entries(_ node: Node, what: @autoclosure () -> String, sink: DiagnosticSink) -> [(name: String, key: Node, value: Node)] {
        guard let pairs = node.mapping else {
            sink.error("\(what()) must be a mapping, found \(node.kindName)", at: node.mark, rule: "type")
            return []
        }
        return pairs.compactMap { pair in
            guard let name = pair.key.scalar else {
                sink.error("keys of \(what()) must be plain names", at: pair.key.mark, rule: "type")
                return nil
            }
            return (name, pair.key, pair.value)
        }
    }

    static func string(_ node: Node, key: @autoclosure () -> String, sink: DiagnosticSink) -> String? {
        guard let text = node.scalar, !node.isNull else {
            sink.error("'\(key())' must be a string, found \(node.kindName)", at: node.mark, rule: "type")
            return nil
        }
        return text
    }

    /// `{ja: …, en: …}`. Missing languages are left for the linter to report.
    static func text(_ node: Node, what: @autoclosure () -> String, sink: DiagnosticSink) -> LocalizedText? {
        guard let pairs = node.mapping else {
            sink.error("\(what()) must be a mapping of languages {ja: …, en: …}, found \(node.kindName)", at: node.mark, rule: "type")
            return nil
        }
        // The usual case, {ja, en} and nothing else, read straight from the pairs.
        if pairs.allSatisfy({ $0.key.isScalar("ja") || $0.key.isScalar("en") }) {
            var text = LocalizedText(mark: node.mark)
            for pair in pairs {
                if pair.key.isScalar("ja") {
                    text.ja = string(pair.value, key: "ja", sink: sink)
                } else {
                    text.en = string(pair.value, key: "en", sink: sink)
                }
            }
            return text
        }
        guard let reader = MappingReader(node, known: languageKeys, what: "text", sink: sink) else { return nil }
        return LocalizedText(ja: reader.string("ja"), en: reader.string("en"), mark: node.mark)
    }

    static let languageKeys = ["ja", "en"]
}

import CYAML

/// Builds nodes from the event stream with an explicit stack (no recursion, so deep input
/// cannot overflow the call stack), checking duplicate keys, depth and alias expansion.
struct TreeBuilder: ~Copyable {
    private var reader: EventReader
    private let limits: Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var aliasExpansion = 0
    private var root: Node?
    private var documents = 0

    init(file: String, bytes: UnsafeBufferPointer<UInt8>, limits: Limits) {
        reader = EventReader(bytes: bytes, file: file)
        self.limits = limits
    }

    /// A collection under construction.
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var tag: String?
        var anchor: String?
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: Node?
        /// Index of scalar keys, built once a mapping grows past a few keys.
        var keyIndex: [String: Int]?
        /// Index of non-scalar keys by their canonical form, so duplicates are found in linear time.
        var complexKeys: [String: Int] = [:]
        /// Nodes in this subtree, counting alias expansions, for the alias bound.
        var size = 1
    }

    mutating func run() throws(YAMLError) -> Node? {
        while true {
            var event = try reader.next()
            defer { yaml_event_delete(&event) }
            if try handle(&event) { return root }
        }
    }

    /// Handles one event; returns true at the end of the stream.
    private mutating func handle(_ event: inout yaml_event_t) throws(YAMLError) -> Bool {
        let mark = reader.mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError("a second document starts here; a knowledge file holds one document", at: mark)
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let node = Node(.scalar(text, style(s.style)), mark: mark, tag: s.tag.map { String(cString: $0) })
            if let anchor = s.anchor { anchors[String(cString: anchor)] = (node, 1) }
            try add(node, size: 1)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let (node, size) = anchors[name] else {
                throw YAMLError("alias '*\(name)' refers to no anchor defined before it", at: mark)
            }
            aliasExpansion += size
            if aliasExpansion > limits.maxAliasExpansion {
                throw YAMLError(
                    "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to expand (an alias bomb?)",
                    at: mark)
            }
            try add(Node(node.kind, mark: mark, tag: node.tag), size: size)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                throw YAMLError("nesting is deeper than \(limits.maxDepth) levels", at: mark)
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(Frame(
                isMapping: isMapping, mark: mark,
                tag: tag.map { String(cString: $0) }, anchor: anchor.map { String(cString: $0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let node = Node(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), mark: frame.mark, tag: frame.tag)
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            try add(node, size: frame.size)
        default:
            break
        }
        return false
    }

    /// Adds a finished node to the collection under construction, or makes it the root.
    private mutating func add(_ node: Node, size: Int) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if !stack[top].isMapping {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        if let first = firstOccurrence(of: key, in: stack[top]) {
            let shown = key.scalar.map { "'\($0)'" } ?? "key"
            throw YAMLError(
                "duplicate key \(shown) in this mapping", at: key.mark,
                related: (first.mark, "\(shown) was first defined here"))
        }
        stack[top].pairs.append(Node.Pair(key: key, value: node))
        if key.scalar == nil {
            stack[top].complexKeys[key.canonicalForm] = stack[top].pairs.count - 1
        }
        if let text = key.scalar {
            if stack[top].keyIndex != nil {
                stack[top].keyIndex![text] = stack[top].pairs.count - 1
            } else if stack[top].pairs.count == 12 {
                var index: [String: Int] = [:]
                for (i, pair) in stack[top].pairs.enumerated() {
                    if let k = pair.key.scalar { index[k] = i }
                }
                stack[top].keyIndex = index
            }
        }
    }

    private func firstOccurrence(of key: Node, in frame: Frame) -> Node? {
        if let text = key.scalar {
            if let index = frame.keyIndex {
                return index[text].map { frame.pairs[$0].key }
            }
            return frame.pairs.first { $0.key.scalar == text }?.key
        }
        return frame.complexKeys[key.canonicalForm].map { frame.pairs[$0].key }
    }

    private func style(_ s: yaml_scalar_style_t) -> ScalarStyle {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

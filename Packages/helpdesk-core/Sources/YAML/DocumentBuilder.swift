import CYAML

/// Builds a document's arena from the event stream with an explicit stack (no recursion, so
/// deep input cannot overflow the call stack), checking duplicate keys, depth and alias
/// expansion. The children of open collections wait on one shared stack (`pending`) and move
/// to the arena, contiguous, when their collection ends.
struct DocumentBuilder: ~Copyable {
    private var reader: EventReader
    private let limits: Limits
    private let file: String
    private var records: [YAMLDocument.Record] = []
    private var text: [UInt8] = []
    private var children: [Int32] = []
    private var tags: [String] = []
    private var pending: [Int32] = []
    private var stack: [Frame] = []
    private var anchors: [String: (record: Int32, size: Int)] = [:]
    private var aliasExpansion = 0
    /// Text of the canonical forms of non-scalar keys so far (bounded: see `check`).
    private var complexKeyBytes = 0
    private var root: Int32?
    private var documents = 0

    init(file: String, bytes: UnsafeBufferPointer<UInt8>, limits: Limits) {
        reader = EventReader(bytes: bytes, file: file)
        self.file = file
        self.limits = limits
        // Knowledge holds about one node per 20 bytes, and its scalars never more text than the file.
        records.reserveCapacity(bytes.count / 16 + 4)
        text.reserveCapacity(bytes.count)
        children.reserveCapacity(bytes.count / 16 + 4)
    }

    /// A collection under construction.
    private struct Frame {
        var isMapping: Bool
        var record: Int32
        var anchor: String?
        /// Where its children start in `pending`.
        var first: Int
        /// Index of scalar keys by text, built once a mapping grows past a few keys.
        var keyIndex: [String: Int]?
        /// Index of non-scalar keys by their canonical form, so duplicates are found in linear time.
        var complexKeys: [String: Int] = [:]
        /// Nodes in this subtree, counting alias expansions, for the alias bound.
        var size = 1
    }

    mutating func run() throws(YAMLError) -> YAMLDocument? {
        while true {
            var event = try reader.next()
            defer { yaml_event_delete(&event) }
            if try handle(&event) { break }
        }
        guard let root else { return nil }
        return YAMLDocument(file: file, records: records, text: text, children: children, tags: tags, root: root)
    }

    /// Handles one event; returns true at the end of the stream.
    private mutating func handle(_ event: inout yaml_event_t) throws(YAMLError) -> Bool {
        let line = Int32(truncatingIfNeeded: event.start_mark.line + 1)
        let column = Int32(truncatingIfNeeded: event.start_mark.column + 1)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError("a second document starts here; a knowledge file holds one document", at: reader.mark(event.start_mark))
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let start = Int32(truncatingIfNeeded: text.count)
            if s.length > 0 { text.append(contentsOf: UnsafeBufferPointer(start: s.value, count: s.length)) }
            let id = Int32(truncatingIfNeeded: records.count)
            records.append(YAMLDocument.Record(
                kind: .scalar, style: style(s.style), tag: tag(s.tag), line: line, column: column,
                start: start, count: Int32(truncatingIfNeeded: s.length)))
            if let anchor = s.anchor { anchors[String(cString: anchor)] = (id, 1) }
            try add(id, size: 1)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let (anchored, size) = anchors[name] else {
                throw YAMLError("alias '*\(name)' refers to no anchor defined before it", at: reader.mark(event.start_mark))
            }
            aliasExpansion += size
            if aliasExpansion > limits.maxAliasExpansion {
                throw YAMLError(
                    "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to expand (an alias bomb?)",
                    at: reader.mark(event.start_mark))
            }
            var copy = records[Int(anchored)]
            copy.line = line
            copy.column = column
            let id = Int32(truncatingIfNeeded: records.count)
            records.append(copy)
            try add(id, size: size)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                throw YAMLError("nesting is deeper than \(limits.maxDepth) levels", at: reader.mark(event.start_mark))
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let tagName = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let id = Int32(truncatingIfNeeded: records.count)
            records.append(YAMLDocument.Record(
                kind: isMapping ? .mapping : .sequence, style: .plain, tag: tag(tagName), line: line, column: column,
                start: 0, count: 0))
            stack.append(Frame(isMapping: isMapping, record: id, anchor: anchor.map { String(cString: $0) }, first: pending.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let start = Int32(truncatingIfNeeded: children.count)
            children.append(contentsOf: pending[frame.first...])
            pending.removeSubrange(frame.first...)
            records[Int(frame.record)].start = start
            records[Int(frame.record)].count = Int32(truncatingIfNeeded: children.count) - start
            if let anchor = frame.anchor { anchors[anchor] = (frame.record, frame.size) }
            try add(frame.record, size: frame.size)
        default:
            break
        }
        return false
    }

    /// Adds a finished node to the collection under construction, or makes it the root.
    private mutating func add(_ id: Int32, size: Int) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = id
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        // A mapping's key waits on `pending` for its value; the pair is checked when it is whole.
        if stack[top].isMapping && (pending.count - stack[top].first) % 2 == 1 {
            try check(key: pending[pending.count - 1], pair: (pending.count - 1 - stack[top].first) / 2, in: top)
        }
        pending.append(id)
    }

    /// Refuses `key` if an earlier key of the mapping has the same content, and indexes it:
    /// non-scalar keys always (by canonical form), scalar keys once the mapping is large enough
    /// for an index to beat a scan.
    private mutating func check(key: Int32, pair: Int, in top: Int) throws(YAMLError) {
        let first = stack[top].first
        var earlier: Int?
        let k = records[Int(key)]
        if k.kind != .scalar {
            // Aliases can make a short key stand for much text: the forms of a document's
            // non-scalar keys are bounded together, so that comparing them stays linear.
            guard let form = canonicalForm(key, limit: limits.maxBytes * 4 - complexKeyBytes) else {
                throw YAMLError(
                    "keys that are not plain names add up to more than \(limits.maxBytes * 4) bytes of text; refusing to compare them",
                    at: mark(key))
            }
            complexKeyBytes += form.utf8.count
            earlier = stack[top].complexKeys[form]
            stack[top].complexKeys[form] = earlier ?? pair
        } else if stack[top].keyIndex != nil {
            let text = string(k)
            earlier = stack[top].keyIndex![text]
            stack[top].keyIndex![text] = earlier ?? pair
        } else {
            earlier = (0..<pair).first { sameScalar(k, records[Int(pending[first + 2 * $0])]) }
            if earlier == nil && pair == 11 {
                var index: [String: Int] = [:]
                for i in 0...pair {
                    let r = records[Int(pending[first + 2 * i])]
                    if r.kind == .scalar { index[string(r)] = i }
                }
                stack[top].keyIndex = index
            }
        }
        guard let earlier else { return }
        let shown = k.kind == .scalar ? "'\(string(k))'" : "key"
        throw YAMLError(
            "duplicate key \(shown) in this mapping", at: mark(key),
            related: (mark(pending[first + 2 * earlier]), "\(shown) was first defined here"))
    }

    /// Whether two scalars have the same text: the same bytes, or (for non-ASCII text) the same
    /// `String`, which compares canonically equivalent text as equal. Where the bytes first
    /// differ, an ASCII byte (or the end) on both sides settles it without a `String`: an ASCII
    /// character is a starter that no neighbour composes with, so the texts differ there in any
    /// normal form. Keys mostly differ early, so this is one or two byte comparisons a key.
    private func sameScalar(_ a: YAMLDocument.Record, _ b: YAMLDocument.Record) -> Bool {
        guard b.kind == .scalar else { return false }
        return text.withUnsafeBufferPointer { bytes in
            let pa = bytes.baseAddress! + Int(a.start), pb = bytes.baseAddress! + Int(b.start)
            let na = Int(a.count), nb = Int(b.count)
            let common = min(na, nb)
            var i = 0
            while i < common && pa[i] == pb[i] { i += 1 }
            if i == na && i == nb { return true }
            let ca: UInt8 = i < na ? pa[i] : 0, cb: UInt8 = i < nb ? pb[i] : 0
            if ca < 0x80 && cb < 0x80 { return false }
            return YAMLDocument.string(a, in: text) == YAMLDocument.string(b, in: text)
        }
    }

    private func string(_ r: YAMLDocument.Record) -> String { YAMLDocument.string(r, in: text) }

    private func mark(_ id: Int32) -> Mark {
        Mark(file: file, line: Int(records[Int(id)].line), column: Int(records[Int(id)].column))
    }

    private func canonicalForm(_ id: Int32, limit: Int) -> String? {
        YAMLDocument.canonicalForm(of: id, records: records, text: text, children: children, limit: limit)
    }

    private mutating func tag(_ name: UnsafeMutablePointer<yaml_char_t>?) -> Int32 {
        guard let name else { return -1 }
        tags.append(String(cString: name))
        return Int32(truncatingIfNeeded: tags.count - 1)
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

/// How a scalar was written. Typing (booleans, numbers) is the schema layer's business, so the
/// style is kept: `"yes"` and `yes` are the same text, but an editor may care which was written.
public enum ScalarStyle: UInt8, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a parsed document: a view into the document's arena (`YAMLDocument`), so a node
/// costs no allocation of its own and its text becomes a `String` only when asked for. A node
/// keeps its document alive. Scalars stay text: no YAML 1.1 implicit typing is applied, so
/// `yes:`, `no:` and `on:` are the strings they look like.
public struct Node: Sendable {
    /// The node's content, built on demand (`scalar`, `sequence` and `mapping` are cheaper).
    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence(Items)
        case mapping(Pairs)
    }

    /// One entry of a mapping, in document order.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node
    }

    /// The items of a sequence, in document order.
    public struct Items: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        let range: Range<Int>
        public var startIndex: Int { 0 }
        public var endIndex: Int { range.count }
        public subscript(position: Int) -> Node {
            Node(document, document.children[range.lowerBound + position])
        }
    }

    /// The pairs of a mapping, in document order.
    public struct Pairs: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        /// Keys and values alternate in the document's children.
        let range: Range<Int>
        public var startIndex: Int { 0 }
        public var endIndex: Int { range.count / 2 }
        public subscript(position: Int) -> Pair {
            let at = range.lowerBound + 2 * position
            return Pair(key: Node(document, document.children[at]), value: Node(document, document.children[at + 1]))
        }
    }

    public let document: YAMLDocument
    let index: Int32

    init(_ document: YAMLDocument, _ index: Int32) {
        self.document = document
        self.index = index
    }

    private var record: YAMLDocument.Record { document.records[Int(index)] }

    /// Where the node starts in its file.
    public var mark: Mark {
        let r = record
        return Mark(fileID: document.fileID, line: Int(r.line), column: Int(r.column))
    }

    /// An explicit tag (`!foo`), if the document wrote one.
    public var tag: String? {
        let t = record.tag
        return t < 0 ? nil : document.tags[Int(t)]
    }

    public var kind: Kind {
        if let text = scalar { return .scalar(text, record.style) }
        if let items = sequence { return .sequence(items) }
        return .mapping(mapping!)
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        let r = record
        guard r.kind == .scalar else { return nil }
        return document.string(r)
    }

    /// How a scalar was written; nil for a collection.
    public var style: ScalarStyle? {
        let r = record
        return r.kind == .scalar ? r.style : nil
    }

    public var sequence: Items? {
        let r = record
        guard r.kind == .sequence else { return nil }
        return Items(document: document, range: Int(r.start)..<Int(r.start + r.count))
    }

    public var mapping: Pairs? {
        let r = record
        guard r.kind == .mapping else { return nil }
        return Pairs(document: document, range: Int(r.start)..<Int(r.start + r.count))
    }

    /// Whether this is a scalar whose text is exactly `text`, without making a `String` of it.
    public func isScalar(_ text: StaticString) -> Bool {
        let r = record
        guard r.kind == .scalar, r.count == text.utf8CodeUnitCount else { return false }
        return document.text.withUnsafeBufferPointer { bytes in
            memoryEqual(bytes.baseAddress! + Int(r.start), text.utf8Start, Int(r.count))
        }
    }

    /// A plain scalar that YAML would read as null: empty, `~` or `null`.
    public var isNull: Bool {
        let r = record
        guard r.kind == .scalar, r.style == .plain else { return false }
        return r.count == 0 || isScalar("~") || isScalar("null") || isScalar("Null") || isScalar("NULL")
    }

    /// "a mapping", "a sequence" or "a scalar": for messages.
    public var kindName: String {
        switch record.kind {
        case .scalar: return isNull ? "null" : "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// Structural equality of content, ignoring marks, styles and tags.
    public func sameContent(as other: Node) -> Bool {
        canonicalForm == other.canonicalForm
    }

    /// A text that two nodes share exactly when their content is the same (marks, styles and tags
    /// aside): a scalar as its length and text, collections bracketed. Linear in the node's size,
    /// so non-scalar keys can be hashed.
    public var canonicalForm: String {
        YAMLDocument.canonicalForm(of: index, records: document.records, text: document.text, children: document.children)!
    }
}

/// Compares `count` bytes.
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}

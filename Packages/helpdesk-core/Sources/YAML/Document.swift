/// A parsed document as an arena: one fixed-size record per node in document order, the
/// scalars' text in one byte buffer, the collections' children in one index buffer. No node is
/// a heap object and no scalar is a `String` until a reader asks (`Node.scalar`); a mark is two
/// integers until it is shown. Immutable once built, so shared freely between threads.
public final class YAMLDocument: Sendable {
    enum Kind: UInt8 { case scalar, sequence, mapping }

    /// One node. For a scalar, `start` and `count` locate its text in `text`; for a collection,
    /// its children in `children` (a mapping's keys and values alternate). An alias is a copy
    /// of its anchor's record with the alias's own place.
    struct Record {
        var kind: Kind
        var style: ScalarStyle
        /// Index into `tags`, or -1.
        var tag: Int32
        var line: Int32
        var column: Int32
        var start: Int32
        var count: Int32
    }

    /// The file the document came from, for marks.
    public let file: String
    let fileID: UInt32
    let records: [Record]
    let text: [UInt8]
    let children: [Int32]
    let tags: [String]
    private let rootIndex: Int32

    init(file: String, records: [Record], text: [UInt8], children: [Int32], tags: [String], root: Int32) {
        self.file = file
        fileID = FileNames.id(of: file)
        self.records = records
        self.text = text
        self.children = children
        self.tags = tags
        rootIndex = root
    }

    /// The document's root node.
    public var root: Node { Node(self, rootIndex) }

    /// How many nodes the arena holds (an alias counts once, however large its anchor).
    public var nodeCount: Int { records.count }

    /// A scalar record's text.
    func string(_ r: Record) -> String { Self.string(r, in: text) }

    static func string(_ r: Record, in text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(r.start)..<Int(r.start + r.count)]), as: UTF8.self)
        }
    }

    /// A text that two nodes share exactly when their content is the same (marks, styles and tags
    /// aside): a scalar as its length and text, collections bracketed. Linear in the node's size
    /// and iterative, so a deep key cannot overflow the stack.
    /// Nil when the form would pass `limit` bytes (aliases can make a small key expand hugely).
    static func canonicalForm(of id: Int32, records: [Record], text: [UInt8], children: [Int32], limit: Int = .max) -> String? {
        var out = ""
        // -1 closes a sequence, -2 a mapping.
        var work: [Int32] = [id]
        while let next = work.popLast() {
            if next < 0 {
                out.append(next == -1 ? "]" : "}")
                continue
            }
            let r = records[Int(next)]
            switch r.kind {
            case .scalar:
                guard out.utf8.count + Int(r.count) + 12 <= limit else { return nil }
                out += "\(r.count):"
                out += string(r, in: text)
            case .sequence, .mapping:
                out.append(r.kind == .sequence ? "[" : "{")
                work.append(r.kind == .sequence ? -1 : -2)
                work.append(contentsOf: children[Int(r.start)..<Int(r.start + r.count)].reversed())
            }
        }
        return out
    }
}

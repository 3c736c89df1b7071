/// How a scalar was written. Typing (booleans, numbers) is the schema layer's business, so the
/// style is kept: `"yes"` and `yes` are the same text, but an editor may care which was written.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a YAML document. Scalars stay text: no YAML 1.1 implicit typing is applied, so
/// `yes:`, `no:` and `on:` are the strings they look like.
public struct Node: Sendable {
    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One entry of a mapping, in document order.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var kind: Kind
    public var mark: Mark
    /// An explicit tag (`!foo`), if the document wrote one.
    public var tag: String?

    public init(_ kind: Kind, mark: Mark, tag: String? = nil) {
        self.kind = kind
        self.mark = mark
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// A plain scalar that YAML would read as null: empty, `~` or `null`.
    public var isNull: Bool {
        if case .scalar(let text, .plain) = kind {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// "a mapping", "a sequence" or "a scalar": for messages.
    public var kindName: String {
        switch kind {
        case .scalar: return isNull ? "null" : "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// Structural equality of content, ignoring marks, styles and tags.
    public func sameContent(as other: Node) -> Bool {
        switch (kind, other.kind) {
        case let (.scalar(a, _), .scalar(b, _)):
            return a == b
        case let (.sequence(a), .sequence(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameContent(as: $1) }
        case let (.mapping(a), .mapping(b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key.sameContent(as: $1.key) && $0.value.sameContent(as: $1.value) }
        default:
            return false
        }
    }

    /// A text that two nodes share exactly when `sameContent` holds: a scalar as its length and
    /// text, collections bracketed. Linear in the node's size, so non-scalar keys can be hashed.
    public var canonicalForm: String {
        var out = ""
        var pending: [Node?] = [self]
        // Iterative, so a deep key cannot overflow the stack; nil closes a collection.
        var closers: [Character] = []
        while let next = pending.popLast() {
            guard let node = next else {
                out.append(closers.removeLast())
                continue
            }
            switch node.kind {
            case .scalar(let text, _):
                out += "\(text.utf8.count):\(text)"
            case .sequence(let items):
                out.append("[")
                closers.append("]")
                pending.append(nil)
                pending.append(contentsOf: items.reversed())
            case .mapping(let pairs):
                out.append("{")
                closers.append("}")
                pending.append(nil)
                for pair in pairs.reversed() { pending.append(pair.value); pending.append(pair.key) }
            }
        }
        return out
    }
}

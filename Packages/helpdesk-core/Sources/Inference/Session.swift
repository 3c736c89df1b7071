import KnowledgeBase

/// Where a known fact came from, for the explanation.
public enum Provenance: String, Sendable, Hashable, Codable, CaseIterable {
    /// Given up front: the command line, an API call, a saved session's start.
    case given
    /// Answered by the user at a question.
    case asked
    /// Computed by a registered derivation from other facts.
    case derived
    /// Read off the machine by a registered probe.
    case probed
    /// Extracted from a ticket's text.
    case extracted
    /// Implied by the entry being walked (its page, its step): known on entering the tree.
    case implied
}

/// A diagnosis in progress: where it starts and what is known, in order. A session is just
/// this data; the engine replays it, so a saved session, the JSON protocol and a server all
/// give the same answers.
public struct Session: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// A fact id, or an outcome key `<tree>/<node>` for "did this step fix it?".
        public var key: String
        public var value: FactValue
        public var source: Provenance
        /// How a probe found the value, or where it was extracted from.
        public var how: String?

        public init(key: String, value: FactValue, source: Provenance, how: String? = nil) {
            self.key = key
            self.value = value
            self.source = source
            self.how = how
        }
    }

    /// The tree the walk starts at.
    public var tree: String
    public var entries: [Entry]
    /// Facts whose probe has run, whether or not it could tell.
    public var probed: Set<String>

    public init(tree: String, entries: [Entry] = [], probed: Set<String> = []) {
        self.tree = tree
        self.entries = entries
        self.probed = probed
    }

    /// Records a value; a later entry for the same key replaces the earlier one.
    public mutating func record(_ key: String, _ value: FactValue, source: Provenance, how: String? = nil) {
        entries.removeAll { $0.key == key }
        entries.append(Entry(key: key, value: value, source: source, how: how))
    }

    /// Takes back the last answer the user gave (and any probe reading after it).
    /// Returns false when there is no answer to take back.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let last = entries.lastIndex(where: { $0.source == .asked }) else { return false }
        entries.removeSubrange(last...)
        return true
    }

    /// Goes back to the question `key`: its answer and everything answered after it are taken back.
    @discardableResult
    public mutating func back(to key: String) -> Bool {
        guard let index = entries.firstIndex(where: { $0.key == key && $0.source == .asked }) else { return false }
        entries.removeSubrange(index...)
        return true
    }

    /// The answers given at questions, in order.
    public var answered: [Entry] { entries.filter { $0.source == .asked } }

    /// The outcome key of a step node.
    public static func outcomeKey(tree: String, node: String) -> String { "\(tree)/\(node)" }
}

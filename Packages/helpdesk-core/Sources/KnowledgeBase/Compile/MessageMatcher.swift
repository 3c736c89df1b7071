import Foundation

/// Matches a message a user copied (or remembered) off a screen against the messages the
/// entries quote. Width, case, punctuation, quotes and spaces do not count; a misremembered
/// message (「使用できない文字が含まれています」 for 「使用不可文字が含まれています。」) still
/// matches when it shares most of its character pairs with one quoted message, clearly more
/// than with any other.
public struct MessageMatcher: Sendable {
    public struct Entry: Sendable {
        public let message: QuotedMessage
        /// The tree that quotes it.
        public let tree: String
        let folded: [Unicode.Scalar]
        /// Its distinct character pairs, sorted (`MessageMatcher.pairs`).
        let pairs: [UInt64]
    }

    public let entries: [Entry]

    /// How much of the pairs must be shared (Dice coefficient) for a match that is not exact.
    public static let threshold = 0.55
    /// How far ahead of the second best message the best must be.
    public static let margin = 0.1

    public init(trees: [Tree]) {
        // In tree order, on one core (as the compiler's other work).
        entries = trees.flatMap { tree in
            tree.quotedMessages.map { message in
                let folded = Self.fold(message.text)
                return Entry(message: message, tree: tree.id, folded: folded, pairs: Self.pairs(folded))
            }
        }
    }

    public struct Match: Sendable {
        public let entry: Entry
        /// 1 for a message contained whole; else the share of character pairs.
        public let score: Double
    }

    /// The quoted message `text` is, if any.
    public func match(_ text: String) -> Match? {
        let folded = Self.fold(text)
        guard folded.count >= 2 else { return nil }
        // A quoted message written out whole (inside a longer text too): the longest wins.
        let whole = entries.filter { $0.folded.count >= 2 && Self.contains(folded, $0.folded) }
        if let best = whole.max(by: { $0.folded.count < $1.folded.count }) { return Match(entry: best, score: 1) }
        let pairs = Self.pairs(folded)
        var scored = entries.map { entry -> (Entry, Double) in
            let shared = Double(Self.shared(entry.pairs, pairs))
            return (entry, 2 * shared / Double(max(1, entry.pairs.count + pairs.count)))
        }
        scored.sort { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= Self.threshold else { return nil }
        // Two entries may quote the same message: only a different message competes.
        let rival = scored.dropFirst().first { $0.0.folded != best.0.folded }?.1 ?? 0
        guard best.1 - rival >= Self.margin else { return nil }
        return Match(entry: best.0, score: best.1)
    }

    /// NFKC, lower case, without spaces, punctuation and quotes.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        let normal = text.nfkc
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(normal.utf8.count)
        // ASCII, kana, kanji and the common Japanese punctuation without a look-up of Unicode
        // properties; any other text takes the general way.
        for s in normal.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                let folded = asciiFold[Int(v)]
                if folded != dropped { out.append(Unicode.Scalar(folded)) }
            } else if (0x3041...0x309F).contains(v) || (0x30A1...0x30FA).contains(v) || (0x30FC...0x30FF).contains(v)
                || (0x4E00...0x9FFF).contains(v)
            {
                out.append(s)
            } else if v == 0x3001 || v == 0x3002 || (0x300C...0x300F).contains(v) || v == 0x30FB {
                continue
            } else {
                return generalFold(normal)
            }
        }
        return out
    }

    /// `fold` for any text: lower case, then without spaces, punctuation and quotes.
    static func generalFold(_ normal: String) -> [Unicode.Scalar] {
        normal.lowercased().unicodeScalars.filter { keeps($0) }
    }

    static func keeps(_ s: Unicode.Scalar) -> Bool {
        !(s.properties.isWhitespace || s.properties.generalCategory.isPunctuation || "「」『』\"'“”‘’・~〜".unicodeScalars.contains(s))
    }

    /// Each ASCII character folded (lower case), or `dropped`.
    private static let asciiFold: [UInt8] = (0..<128).map { v in
        let s = Unicode.Scalar(UInt8(v))
        return keeps(s) ? UInt8(ascii: String(s).lowercased().unicodeScalars.first!) : dropped
    }
    private static let dropped: UInt8 = 0xFF

    /// The distinct pairs of neighbouring characters of `s`, each packed in an integer, sorted:
    /// a message's pairs are few, and sorting them costs less than hashing each into a set (the
    /// compiler builds them for every quoted message), and two sorted lists meet in one pass.
    static func pairs(_ s: [Unicode.Scalar]) -> [UInt64] {
        guard s.count >= 2 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(s.count - 1)
        for i in 0..<(s.count - 1) { out.append(UInt64(s[i].value) << 21 | UInt64(s[i + 1].value)) }
        out.sortDistinct()
        return out
    }

    /// How many pairs two sorted lists of distinct pairs share.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

/// Text in Japanese and English, as sentences; written as `{ja: …, en: …}` in block style.
struct Bilingual {
    var ja: [String]
    var en: [String]
    /// Written as `|` blocks, one sentence a line, rather than as one line each.
    var literal = false
}

/// Writes YAML the way people write the knowledge: block style, two-space indentation, plain
/// scalars where YAML allows them, double quotes elsewhere, flow lists for short lists.
struct YAMLText {
    private(set) var text = ""

    /// A line at `indent` levels of two spaces.
    mutating func line(_ indent: Int, _ content: String) {
        text += String(repeating: "  ", count: indent) + content + "\n"
    }

    /// `key: value`, the value quoted when it must be.
    mutating func pair(_ indent: Int, _ key: String, _ value: String) {
        line(indent, "\(key): \(Self.scalar(value))")
    }

    /// `key: [a, b]`.
    mutating func list(_ indent: Int, _ key: String, _ items: [String]) {
        line(indent, "\(key): [\(items.map { Self.scalar($0, inFlow: true) }.joined(separator: ", "))]")
    }

    /// A `{ja, en}` mapping under `key` (or as a sequence item when `key` is "-"): each language
    /// a `|` block with one sentence a line if `value.literal`, else its sentences on one line.
    mutating func text(_ indent: Int, _ key: String, _ value: Bilingual) {
        let isItem = key == "-"
        for (i, (language, sentences)) in [("ja", value.ja), ("en", value.en)].enumerated() {
            let prefix = isItem ? (i == 0 ? "- " : "  ") : ""
            if i == 0 && !isItem { line(indent, "\(key):") }
            let level = isItem ? indent : indent + 1
            if value.literal {
                line(level, "\(prefix)\(language): |")
                for sentence in sentences { line(level + 2, sentence) }
            } else {
                line(level, "\(prefix)\(language): \(Self.scalar(sentences.joined(separator: language == "ja" ? "" : " ")))")
            }
        }
    }

    /// `value` as a plain scalar when YAML reads it back as the same string, else double-quoted.
    static func scalar(_ value: String, inFlow: Bool = false) -> String {
        isPlain(value, inFlow: inFlow) ? value : quoted(value)
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func isPlain(_ value: String, inFlow: Bool) -> Bool {
        guard let first = value.first, let last = value.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first == " " || last == " " || last == ":" { return false }
        if value.contains(": ") || value.contains(" #") || value.contains(where: \.isNewline) || value.contains("\t") { return false }
        if inFlow && value.contains(where: { ",[]{}".contains($0) }) { return false }
        // Words that YAML 1.1 tools read as booleans, null or numbers stay strings for every reader.
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        return !reserved.contains(value.lowercased()) && Double(value) == nil
    }
}

/// SplitMix64: a small, fast, seeded generator, so that a seed always gives the same knowledge.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

import Foundation
import KnowledgeBase

/// What the labelled examples teach: a multinomial naive Bayes classifier over the ticket's
/// Japanese character bigrams, English words (stemmed) and synonym groups, trained when the
/// knowledge loads. Each entry's own title, keywords and messages count as one more example, so
/// an entry without examples is still known.
///
/// A feature counts by how few entries saw it (`weight(seenBy:of:)`): one word that only the
/// test page's entry knows («test») is not outvoted by the many that every two-factor entry
/// knows («number», «type», «fails»), as it was when each counted alike. A feature no example
/// has is no evidence at all (plain naive Bayes charged it to every entry, the least to those
/// with the fewest examples). On the 5,390 labelled tickets: top-1 5,231 → 5,243, the common
/// intents 2,361 → 2,367; the holdout unchanged (96/100).
public struct ExampleClassifier: Sendable {
    /// The trees it tells apart, in the index's order.
    let trees: [String]
    /// For each feature seen in training, the trees that saw it and by how much its
    /// log P(feature | tree) exceeds `unseen` there: one lookup per feature of a ticket.
    let seen: TermLists<(tree: Int, gain: Double)>
    /// Each seen feature's weight, by its slot in `seen`.
    let weights: [Double]
    /// log P(an unseen feature | tree).
    let unseen: [Double]
    let synonyms: PhraseMatcher<Int>

    /// Laplace smoothing.
    public static let alpha = 0.3

    /// Trained on the examples with their misspellings mended by `speller`, as tickets are.
    init(knowledge: CompiledKnowledge, trees: [String], synonyms: PhraseMatcher<Int>, speller: SpellingCorrector? = nil) {
        self.trees = trees
        self.synonyms = synonyms
        var texts: [String: [String]] = [:]
        for set in knowledge.examples { texts[set.tree.name, default: []] += set.examples.map(\.text) }
        let byTree = texts
        // Each entry's counts on its own core (the labelled tickets are thousands).
        let counts = parallelMap(trees) { id -> [UInt64: Double] in
            var c: [UInt64: Double] = [:]
            var texts = byTree[id] ?? []
            if let tree = knowledge.tree(id)?.tree {
                texts.append((tree.title.strings + tree.keywords + tree.messages).joined(separator: " "))
            }
            for text in texts {
                let normalised = TriageText(text)
                Self.features(TicketTerms(speller?.correct(normalised) ?? normalised, synonyms: synonyms)) { c[$0, default: 0] += 1 }
            }
            return c
        }
        var vocabulary: Set<UInt64> = []
        for c in counts { vocabulary.formUnion(c.keys) }
        let v = Double(max(1, vocabulary.count))
        var seenBy: [UInt64: [(tree: Int, gain: Double)]] = [:]
        var unseen: [Double] = []
        for (t, c) in counts.enumerated() {
            let total = c.values.reduce(0, +)
            let denominator = log(total + Self.alpha * v)
            unseen.append(log(Self.alpha) - denominator)
            for (feature, n) in c {
                seenBy[feature, default: []].append((t, log(n + Self.alpha) - log(Self.alpha)))
            }
        }
        let seen = TermLists(seenBy)
        var weights = [Double](repeating: 0, count: seenBy.count)
        for (feature, list) in seenBy { weights[seen.slot(feature)!] = Self.weight(seenBy: list.count, of: trees.count) }
        self.seen = seen
        self.weights = weights
        self.unseen = unseen
    }

    /// How much a feature seen by `entries` of `all` entries counts: the square root of its
    /// inverse entry frequency, log(1 + all / entries), over the most it can be (one entry), so
    /// 1 for a feature of one entry and about 0.44 for one of every entry. The root was chosen on
    /// the labelled tickets: 5,243 first entries right, against 5,231 for the frequency itself,
    /// 5,242 for its fourth root and 5,161 for its square.
    static func weight(seenBy entries: Int, of all: Int) -> Double {
        (log(1 + Double(all) / Double(entries)) / log(1 + Double(all))).squareRoot()
    }

    /// The features of a text's terms, as integers: bigrams and words hashed, synonym groups
    /// tagged.
    static func features(_ terms: TicketTerms, _ body: (UInt64) -> Void) {
        for packed in terms.japanese { body(1 << 62 | packed) }
        // A word within a negation's reach is a feature of its own ("don't remember" is not
        // "remember"), tagged apart.
        for (word, negated) in zip(terms.words, terms.negated) { body((negated ? 0 : 2 << 62) | (stableHash(word) & ((1 << 62) - 1))) }
        for group in terms.groups { body(3 << 62 | UInt64(group)) }
    }

    /// FNV-1a over the UTF-8 bytes: the same in every run (Swift's `hashValue` is seeded per process).
    static func stableHash(_ word: String) -> UInt64 { FNV1a.hash(word.utf8) }

    /// P(tree | text) for every tree, in `trees` order (a uniform prior).
    public func posterior(_ text: TriageText) -> [Double] {
        posterior(TicketTerms(text, synonyms: synonyms))
    }

    /// P(tree | text) from the text's terms.
    func posterior(_ terms: TicketTerms) -> [Double] {
        // Sorted, so equal features stand together and are summed in the same order every run.
        var features: [UInt64] = []
        features.reserveCapacity(terms.japanese.count + terms.words.count + terms.groups.count)
        Self.features(terms) { features.append($0) }
        features.sort()
        var logs = [Double](repeating: 0, count: unseen.count)
        // How much the features count in all: each entry that did not see one is charged
        // `unseen` for it, times its count and weight.
        var counted = 0.0
        // Through a buffer: the array's uniqueness was checked on every addition.
        logs.withUnsafeMutableBufferPointer { logs in
            var i = 0
            while i < features.count {
                var j = i + 1
                while j < features.count, features[j] == features[i] { j += 1 }
                if let slot = seen.slot(features[i]) {
                    let count = Double(j - i) * weights[slot]
                    counted += count
                    for (t, gain) in seen[slot] { logs[t] += count * gain }
                }
                i = j
            }
        }
        for t in logs.indices { logs[t] += counted * unseen[t] }
        return Self.softmax(logs)
    }

    static func softmax(_ logs: [Double]) -> [Double] {
        guard let top = logs.max() else { return [] }
        let e = logs.map { exp($0 - top) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }
}

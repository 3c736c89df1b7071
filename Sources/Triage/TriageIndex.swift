import Foundation
import KnowledgeBase

/// An index of the FAQ entries for ranking tickets: BM25F over each tree's title, keywords,
/// on-screen messages and texts, with field weights. Synonym groups from the knowledge count as
/// one shared word, and a ticket that quotes an on-screen message a tree declares ranks that
/// tree first.
public struct TriageIndex: Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case title, keywords, messages, text
    }

    /// Field weights and BM25's constants.
    public struct Weights: Sendable {
        public var fields: [Double] = [3.0, 3.0, 2.0, 0.3]
        /// Added for each keyword found whole in a ticket, times its specificity
        /// (log(1 + entries / entries listing it)).
        public var phrase = 0.7
        /// The score of an entry of the other FAQ page when the ticket says whether activation
        /// is finished (entries on both pages, and general ones, are not scaled).
        public var otherPage = 0.6
        /// The score of an entry that implies a fact the ticket tells, with the same value
        /// (「紛失」 and the entry for a lost device); one with another value is scaled by
        /// `otherPage`. The activation fact is the page's, weighed above.
        public var impliedAgree = 1.5
        /// The score of an entry that decides on a fact the ticket tells («the one-time password
        /// screen does not appear» and the entry that branches on it), shared among the entries
        /// that decide on it: 1 + (asked − 1) / their number.
        public var asked = 1.5
        /// The weight of terms of hiragana alone, mostly grammar.
        public var hiragana = 0.5
        public var k1 = 1.2
        public var b = 0.75
        /// How much what the examples teach counts against the BM25F evidence (0–1), and the
        /// temperature that turns BM25F scores into a distribution.
        public var examples = 0.5
        public var temperature = 2.0
        public init() {}
    }

    /// A term as an integer: a Japanese bigram, a word of the index's vocabulary, or a synonym
    /// group, told apart by the top two bits.
    typealias Term = UInt64
    static let japaneseTag: Term = 1 << 62, wordTag: Term = 2 << 62, groupTag: Term = 3 << 62

    /// An entry that holds a term, and the term's BM25F weighted frequency there.
    struct Posting: Sendable {
        let document: Int
        let frequency: Double
    }

    let trees: [Tree]
    let weights: Weights
    let postings: [Term: [Posting]]
    let idf: [Term: Double]
    let vocabulary: [String: Term]
    let synonyms: PhraseMatcher<Int>
    /// Keywords and messages of every tree, to say which words matched.
    let phrases: PhraseMatcher<Phrase>

    struct Phrase: Sendable {
        let document: Int
        let isMessage: Bool
    }

    /// How many entries list each keyword (normalised).
    let phraseFrequency: [String: Int]

    /// Builds the index from compiled knowledge; the navigator tree (`start`) is not an answer.
    public init(knowledge: CompiledKnowledge, weights: Weights = Weights(), exclude: Set<String> = ["start"]) {
        self.weights = weights
        var synonyms = PhraseMatcher<Int>()
        for (group, words) in knowledge.synonyms.enumerated() {
            for word in words { synonyms.add(word, group) }
        }
        self.synonyms = synonyms
        var phrases = PhraseMatcher<Phrase>()
        var vocabulary: [String: Term] = [:]
        var trees: [Tree] = []
        // Per entry, per field: term counts and length.
        var counts: [[[Term: Int]]] = []
        var lengths: [[Int]] = []
        for compiled in knowledge.trees where !exclude.contains(compiled.id) {
            let tree = compiled.tree
            let index = trees.count
            trees.append(tree)
            for keyword in tree.keywords { phrases.add(keyword, Phrase(document: index, isMessage: false)) }
            for message in tree.messages { phrases.add(message, Phrase(document: index, isMessage: true)) }
            let fields: [[String]] = [
                [tree.title.ja, tree.title.en].compactMap { $0 },
                tree.keywords,
                tree.messages,
                tree.nodes.flatMap { $0.texts.flatMap { [$0.ja, $0.en].compactMap { $0 } } },
            ]
            var fieldCounts: [[Term: Int]] = []
            var fieldLengths: [Int] = []
            for texts in fields {
                var tf: [Term: Int] = [:]
                var length = 0
                for text in texts {
                    let terms = TicketTerms(TriageText(text), synonyms: synonyms)
                    var found = terms.japanese.map { Self.japaneseTag | $0 }
                    for word in terms.words {
                        if let known = vocabulary[word] {
                            found.append(known)
                        } else {
                            let term = Self.wordTag | Term(vocabulary.count)
                            vocabulary[word] = term
                            found.append(term)
                        }
                    }
                    // One term per synonym group found, however often.
                    var groups: Set<Int> = []
                    for group in terms.groups where groups.insert(group).inserted { found.append(Self.groupTag | Term(group)) }
                    for term in found { tf[term, default: 0] += 1 }
                    length += found.count
                }
                fieldCounts.append(tf)
                fieldLengths.append(length)
            }
            counts.append(fieldCounts)
            lengths.append(fieldLengths)
        }
        self.trees = trees
        self.phrases = phrases
        self.vocabulary = vocabulary
        let n = Double(max(trees.count, 1))
        let average = Field.allCases.map { f in max(1, Double(lengths.reduce(0) { $0 + $1[f.rawValue] }) / n) }
        var postings: [Term: [Posting]] = [:]
        for (document, fields) in counts.enumerated() {
            var combined: [Term: Double] = [:]
            for f in Field.allCases {
                let norm = 1 - weights.b + weights.b * Double(lengths[document][f.rawValue]) / average[f.rawValue]
                for (term, count) in fields[f.rawValue] {
                    combined[term, default: 0] += weights.fields[f.rawValue] * Double(count) / norm
                }
            }
            for (term, frequency) in combined where frequency > 0 {
                postings[term, default: []].append(Posting(document: document, frequency: frequency))
            }
        }
        self.postings = postings
        idf = postings.mapValues { log(1 + (n - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
        var phraseFrequency: [String: Int] = [:]
        for tree in trees {
            for keyword in Set(tree.keywords.map { TriageText($0).text }) { phraseFrequency[keyword, default: 0] += 1 }
        }
        self.phraseFrequency = phraseFrequency
    }

    /// A term for people: the bigram or the word; nil for a synonym group.
    func describe(_ term: Term) -> String? {
        switch term & (3 << 62) {
        case Self.japaneseTag: return Tokenizer.unpack(term & ~(3 << 62))
        case Self.wordTag: return vocabulary.first { $0.value == term }?.key
        default: return nil
        }
    }

    /// One ranked FAQ entry.
    public struct Ranked: Sendable {
        public let tree: Tree
        public let score: Double
        /// Keywords, messages and synonyms of the entry found in the ticket; else its best terms.
        public let matched: [String]
        /// The on-screen message the ticket quotes, if any.
        public let message: String?
        /// How likely this entry is the right one (0–1): BM25F and the examples combined; 1 for
        /// an entry whose on-screen message the ticket quotes.
        public let confidence: Double
    }

    /// The entries best matching `text`, best first; entries with no match at all are left out.
    /// `prior` scales each entry's score (1 leaves it as it is).
    public func rank(_ text: TriageText, top: Int = 5, evidence: [Double]? = nil, prior: (Tree) -> Double = { _ in 1 }) -> [Ranked] {
        rank(text, terms: TicketTerms(text, synonyms: synonyms), top: top, evidence: evidence, prior: prior)
    }

    /// `rank` with the text's terms found already.
    func rank(_ text: TriageText, terms: TicketTerms, top: Int, evidence: [Double]?, prior: (Tree) -> Double) -> [Ranked] {
        // Each term once, in a fixed order (so that scores add up the same in every run).
        var query: [Term] = []
        query.reserveCapacity(terms.japanese.count + terms.words.count + terms.groups.count)
        for packed in terms.japanese { query.append(Self.japaneseTag | packed) }
        for word in terms.words { if let t = vocabulary[word] { query.append(t) } }
        for group in terms.groups { query.append(Self.groupTag | Term(group)) }
        query.sort()
        query = query.indices.compactMap { $0 > 0 && query[$0] == query[$0 - 1] ? nil : query[$0] }
        var scores = [Double](repeating: 0, count: trees.count)
        for term in query {
            guard let list = postings[term], let weight = weight(of: term) else { continue }
            for posting in list {
                scores[posting.document] += weight * posting.frequency / (weights.k1 + posting.frequency)
            }
        }
        var matched = [[String]](repeating: [], count: trees.count)
        var quoted = [String?](repeating: nil, count: trees.count)
        let n = Double(trees.count)
        for match in phrases.matches(in: text) {
            let i = match.payload.document
            guard !matched[i].contains(match.phrase) else { continue }
            matched[i].append(match.phrase)
            if !match.payload.isMessage {
                scores[i] += weights.phrase * log(1 + n / Double(phraseFrequency[match.phrase] ?? 1))
            }
            if match.payload.isMessage, match.phrase.count >= 3, match.phrase.count > (quoted[i]?.count ?? 0) {
                quoted[i] = match.phrase
            }
        }
        // Through the buffer: `trees[i]` would copy the tree (and retain each of its members).
        trees.withUnsafeBufferPointer { trees in
            for i in trees.indices { scores[i] *= prior(trees[i]) }
        }
        // The BM25F evidence as a distribution, blended with what the examples teach: the
        // combined probability is the entry's confidence.
        var confidence = ExampleClassifier.softmax(scores.map { $0 / weights.temperature })
        if let evidence, evidence.count == trees.count {
            let w = weights.examples
            let logs = trees.indices.map { (1 - w) * log(max(confidence[$0], 1e-12)) + w * log(max(evidence[$0], 1e-12)) }
            confidence = ExampleClassifier.softmax(logs)
        }
        let candidates = trees.indices.filter { scores[$0] > 0 || (evidence?[$0] ?? 0) >= 0.1 }
        var ranking = trees.indices.map { confidence[$0] * 100 }
        // A quoted on-screen message puts its tree first: above every score, longest message first.
        for i in trees.indices {
            if let message = quoted[i] { ranking[i] += 1000 + Double(message.count) }
        }
        scores = ranking
        return candidates
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : trees[$0].id < trees[$1].id }
            .prefix(top)
            .map { i in
                let words = matched[i].isEmpty
                    ? bestTerms(of: i, in: query).prefix(5).compactMap(describe)
                    : matched[i]
                return Ranked(tree: trees[i], score: scores[i], matched: words, message: quoted[i], confidence: quoted[i] == nil ? confidence[i] : 1)
            }
    }

    /// A term's BM25 weight: its idf, less for hiragana alone.
    func weight(of term: Term) -> Double? {
        guard let idf = idf[term] else { return nil }
        return term & (3 << 62) == Self.japaneseTag && Tokenizer.isHiragana(packed: term & ~(3 << 62)) ? idf * weights.hiragana : idf
    }

    /// The query's terms in entry `document`, by what they add to its score, most first (ties
    /// by term, so the same in every run). Only for the few entries ranked without a phrase.
    func bestTerms(of document: Int, in query: [Term]) -> [Term] {
        var found: [(term: Term, score: Double)] = []
        for term in query {
            guard let posting = postings[term]?.first(where: { $0.document == document }), let weight = weight(of: term) else { continue }
            found.append((term, weight * posting.frequency / (weights.k1 + posting.frequency)))
        }
        return found.sorted { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }.map(\.term)
    }

    public var count: Int { trees.count }
}

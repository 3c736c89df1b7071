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
        /// The weight of terms of hiragana alone, mostly grammar.
        public var hiragana = 0.5
        public var k1 = 1.2
        public var b = 0.75
        public init() {}
    }

    struct Document: Sendable {
        let tree: Tree
        /// Term frequency per field.
        var terms: [[String: Int]]
        var lengths: [Int]
    }

    let documents: [Document]
    let weights: Weights
    let idf: [String: Double]
    let averageLengths: [Double]
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
        var documents: [Document] = []
        for compiled in knowledge.trees where !exclude.contains(compiled.id) {
            let tree = compiled.tree
            let index = documents.count
            for keyword in tree.keywords { phrases.add(keyword, Phrase(document: index, isMessage: false)) }
            for message in tree.messages { phrases.add(message, Phrase(document: index, isMessage: true)) }
            let texts: [[String]] = [
                [tree.title.ja, tree.title.en].compactMap { $0 },
                tree.keywords,
                tree.messages,
                tree.nodes.flatMap { $0.texts.flatMap { [$0.ja, $0.en].compactMap { $0 } } },
            ]
            var terms: [[String: Int]] = []
            var lengths: [Int] = []
            for fieldTexts in texts {
                var tf: [String: Int] = [:]
                var length = 0
                for text in fieldTexts {
                    for term in Self.terms(TriageText(text), synonyms: synonyms) {
                        tf[term, default: 0] += 1
                        length += 1
                    }
                }
                terms.append(tf)
                lengths.append(length)
            }
            documents.append(Document(tree: tree, terms: terms, lengths: lengths))
        }
        self.documents = documents
        self.phrases = phrases
        var phraseFrequency: [String: Int] = [:]
        for d in documents {
            for keyword in Set(d.tree.keywords.map { TriageText($0).text }) { phraseFrequency[keyword, default: 0] += 1 }
        }
        self.phraseFrequency = phraseFrequency
        let n = Double(max(documents.count, 1))
        averageLengths = Field.allCases.map { f in
            max(1, Double(documents.reduce(0) { $0 + $1.lengths[f.rawValue] }) / n)
        }
        var df: [String: Int] = [:]
        for d in documents {
            var seen: Set<String> = []
            for field in d.terms { seen.formUnion(field.keys) }
            for term in seen { df[term, default: 0] += 1 }
        }
        idf = df.mapValues { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
    }

    /// Words and bigrams, plus one term per synonym group found (`~3`).
    static func terms(_ text: TriageText, synonyms: PhraseMatcher<Int>) -> [String] {
        var terms = Tokenizer.tokens(text)
        var groups: Set<Int> = []
        for match in synonyms.matches(in: text) where groups.insert(match.payload).inserted {
            terms.append("~\(match.payload)")
        }
        return terms
    }

    /// One ranked FAQ entry.
    public struct Ranked: Sendable {
        public let tree: Tree
        public let score: Double
        /// Keywords, messages and synonyms of the entry found in the ticket; else its best terms.
        public let matched: [String]
        /// The on-screen message the ticket quotes, if any.
        public let message: String?
    }

    /// The entries best matching `text`, best first; entries with no match at all are left out.
    /// `prior` scales each entry's score (1 leaves it as it is).
    public func rank(_ text: TriageText, top: Int = 5, prior: (Tree) -> Double = { _ in 1 }) -> [Ranked] {
        let query = Set(Self.terms(text, synonyms: synonyms))
        var scores = [Double](repeating: 0, count: documents.count)
        var contributions = [[(String, Double)]](repeating: [], count: documents.count)
        for term in query {
            guard var weight = idf[term] else { continue }
            if Tokenizer.isHiraganaTerm(term) { weight *= weights.hiragana }
            for (i, d) in documents.enumerated() {
                var tf = 0.0
                for f in Field.allCases {
                    guard let count = d.terms[f.rawValue][term] else { continue }
                    let norm = 1 - weights.b + weights.b * Double(d.lengths[f.rawValue]) / averageLengths[f.rawValue]
                    tf += weights.fields[f.rawValue] * Double(count) / norm
                }
                guard tf > 0 else { continue }
                let score = weight * tf / (weights.k1 + tf)
                scores[i] += score
                contributions[i].append((term, score))
            }
        }
        var matched = [[String]](repeating: [], count: documents.count)
        var quoted = [String?](repeating: nil, count: documents.count)
        let n = Double(documents.count)
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
        for i in documents.indices { scores[i] *= prior(documents[i].tree) }
        // A quoted on-screen message puts its tree first: above every score, longest message first.
        let best = scores.max() ?? 0
        for i in documents.indices {
            if let message = quoted[i] { scores[i] += best + 1 + Double(message.count) }
        }
        return documents.indices
            .filter { scores[$0] > 0 }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : documents[$0].tree.id < documents[$1].tree.id }
            .prefix(top)
            .map { i in
                let words = matched[i].isEmpty
                    ? contributions[i].sorted { $0.1 > $1.1 }.prefix(5).map(\.0).filter { !$0.hasPrefix("~") }
                    : matched[i]
                return Ranked(tree: documents[i].tree, score: scores[i], matched: words, message: quoted[i])
            }
    }

    public var count: Int { documents.count }
}

import Foundation

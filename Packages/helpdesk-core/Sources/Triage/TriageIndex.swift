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
        /// `impliedConflict`. The activation fact is the page's, weighed above (and by
        /// `impliedConflict` for an entry that implies the other side).
        public var impliedAgree = 1.5
        /// The score of an entry that implies another value of a fact the ticket tells (the
        /// ID's form asked, «IDって学部のときと同じ形ですか», beside logged-in-with-other-omuid,
        /// whose writer knows the new OMUID; the activation told finished beside an entry that
        /// implies it under way): the entry's premise is gone. 0.3 was chosen on the labelled
        /// sets already read (0.6, as the other page, ranked 9 fewer first and the folds one
        /// fewer; 0.2 ranked fewer).
        public var impliedConflict = 0.3
        /// The score of an entry that decides on a fact the ticket tells («the one-time password
        /// screen does not appear» and the entry that branches on it), shared among the entries
        /// that decide on it: 1 + (asked − 1) / their number. 2 was chosen on the labelled
        /// sets already seen (1.5 before: 2 and 3 rank them alike, better than 1.5).
        public var asked = 2.0
        /// `impliedAgree` for the one entry that implies the told value (code-expired and a code
        /// told expired, two-factor-device-lost and a phone told lost): a value no other entry
        /// implies tells more. 2 was chosen on the labelled sets already read (1.5, 1.75, 2.5
        /// and 3 rank fewer first).
        public var soleImplied = 2.0
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

    /// An entry that holds a term, and the term's saturated BM25F frequency there
    /// (f / (k1 + f), f its weighted frequency).
    struct Posting: Sendable {
        let document: Int32
        let saturation: Double
    }

    let trees: [Tree]
    /// The entries' ids, in `trees` order (comparing `trees[i].id` would copy the tree).
    let ids: [String]
    let weights: Weights
    /// Each indexed term's postings; per slot of `postings`, the term's weight (idf, less for
    /// hiragana alone).
    let postings: TermLists<Posting>
    let termWeight: [Double]
    let vocabulary: [String: Term]
    let synonyms: PhraseMatcher<Int>
    /// Keywords and messages of every tree, to say which words matched.
    let phrases: PhraseMatcher<Phrase>

    struct Phrase: Sendable {
        let document: Int
        let isMessage: Bool
        /// What a keyword found whole adds to its entry's score: `weights.phrase` times its
        /// specificity (0 for a message, which ranks by being quoted).
        let bonus: Double
    }

    /// How many entries list each keyword (normalised).
    let phraseFrequency: [String: Int]

    /// An entry's sentence that sends the reader to another entry in a case it names: a
    /// ticket that tells that case is the other entry's.
    struct Referral: Sendable {
        let from: Int
        let to: Int
        /// The synonym groups that name the case (all of them told).
        let when: [Int]
    }
    let referrals: [Referral]

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
        let trees = knowledge.trees.filter { !exclude.contains($0.id) }.map(\.tree)
        var phraseFrequency: [String: Int] = [:]
        for tree in trees {
            for keyword in Set(tree.keywords.map { TriageText($0).text }) { phraseFrequency[keyword, default: 0] += 1 }
        }
        self.phraseFrequency = phraseFrequency
        // Per entry, per field: term counts and length.
        var counts: [[[Term: Int]]] = []
        var lengths: [[Int]] = []
        // The entries' titles by their scalars: what a 「…」 span of a text names.
        var titles: [ArraySlice<Unicode.Scalar>: Int] = [:]
        for (i, tree) in trees.enumerated() {
            guard let title = tree.title.ja else { continue }
            let key = Array(title.unicodeScalars)[...]
            if titles[key] == nil { titles[key] = i }
        }
        // Per entry: the synonym groups its own fields hold, those of its title, and those of
        // its sentences that refer to another entry, by that entry.
        var ownGroups: [Set<Int>] = [], titleGroups: [Set<Int>] = []
        var referringGroups: [[Int: Set<Int>]] = []
        func groups(_ counts: [[Term: Int]]) -> Set<Int> {
            Set(counts.flatMap(\.keys).filter { $0 & (3 << 62) == Self.groupTag }.map { Int($0 & ~(3 << 62)) })
        }
        for (index, tree) in trees.enumerated() {
            for keyword in tree.keywords {
                let frequency = phraseFrequency[TriageText(keyword).text] ?? 1
                phrases.add(keyword, Phrase(document: index, isMessage: false, bonus: weights.phrase * log(1 + Double(trees.count) / Double(frequency))))
            }
            for message in tree.messages { phrases.add(message, Phrase(document: index, isMessage: true, bonus: 0)) }
            var fields: [[String]] = [
                tree.title.strings,
                tree.keywords,
                tree.messages,
                [],
            ]
            var referring: [Int: Set<Int>] = [:]
            for text in tree.nodeStrings {
                let parted = Self.sentences(text, titles: titles, except: index)
                fields[Field.text.rawValue].append(parted.own)
                for (entry, sentence) in parted.referring {
                    referring[entry, default: []].formUnion(TicketTerms(TriageText(sentence), synonyms: synonyms).groups)
                }
            }
            referringGroups.append(referring)
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
            ownGroups.append(groups(fieldCounts))
            titleGroups.append(groups([fieldCounts[Field.title.rawValue]]))
        }
        // A referral holds when the ticket tells what the referring sentence says of the other
        // entry and the referring entry itself does not: the groups of those sentences that are
        // in the other entry's title and nowhere else in the referring entry (分からなくなった,
        // forgetting, for login-fails → password-forgotten).
        referrals = referringGroups.enumerated().flatMap { from, byEntry in
            byEntry.sorted { $0.key < $1.key }.compactMap { to, groups -> Referral? in
                let when = groups.intersection(titleGroups[to]).subtracting(ownGroups[from])
                guard !when.isEmpty else { return nil }
                return Referral(from: from, to: to, when: when.sorted())
            }
        }
        self.trees = trees
        ids = trees.map(\.id)
        self.phrases = phrases
        self.vocabulary = vocabulary
        let n = Double(max(trees.count, 1))
        let average = Field.allCases.map { f in max(1, Double(lengths.reduce(0) { $0 + $1[f.rawValue] }) / n) }
        var byTerm: [Term: [Posting]] = [:]
        for (document, fields) in counts.enumerated() {
            var combined: [Term: Double] = [:]
            for f in Field.allCases {
                let norm = 1 - weights.b + weights.b * Double(lengths[document][f.rawValue]) / average[f.rawValue]
                for (term, count) in fields[f.rawValue] {
                    combined[term, default: 0] += weights.fields[f.rawValue] * Double(count) / norm
                }
            }
            for (term, frequency) in combined where frequency > 0 {
                byTerm[term, default: []].append(Posting(document: Int32(document), saturation: frequency / (weights.k1 + frequency)))
            }
        }
        postings = TermLists(byTerm)
        // Per slot, in the slots' order (the terms').
        termWeight = byTerm.keys.sorted().map { term in
            let entries = Double(byTerm[term]!.count)
            let idf = log(1 + (n - entries + 0.5) / (entries + 0.5))
            let hiraganaOnly = term & (3 << 62) == Self.japaneseTag && Tokenizer.isHiragana(packed: term & ~(3 << 62))
            return hiraganaOnly ? idf * weights.hiragana : idf
        }
    }

    /// `text` parted into its own sentences and those that send the reader to another entry
    /// (「OMU認証パスワード(本パスワード)を忘れた」をご確認ください), by the entry (`titles`: the
    /// entries', the text's own entry `own` aside). A referring sentence describes the other
    /// entry's case (a forgotten password, a lost phone), not this one's: counted here it would
    /// rank this entry for the very tickets it sends away. A reference in a bracketed sentence
    /// of its own ((詳細は「…」をご確認ください。)) takes the sentence before it along: that one
    /// says when.
    static func sentences(_ text: String, titles: [ArraySlice<Unicode.Scalar>: Int], except own: Int) -> (
        own: String, referring: [(entry: Int, text: String)]
    ) {
        guard text.unicodeScalars.contains("「") else { return (text, []) }
        let scalars = Array(text.unicodeScalars)
        // The entry a sentence quotes the title of: 「…」 spans, nested ones too (a title may hold
        // a quoted button: 「「パスワード変更を始める」をクリック後の…」).
        func quotedEntry(_ range: Range<Int>) -> Int? {
            var opened: [Int] = []
            for i in range {
                if scalars[i] == "「" {
                    opened.append(i)
                } else if scalars[i] == "」", let open = opened.popLast(), let entry = titles[scalars[(open + 1)..<i]], entry != own {
                    return entry
                }
            }
            return nil
        }
        // Most texts quote no entry's title (buttons, messages, pages): they are their own.
        guard quotedEntry(scalars.indices) != nil else { return (text, []) }
        // Sentences end at 。 or at ". ", with the closing brackets and spaces right after.
        var sentences: [Range<Int>] = []
        var start = 0
        for i in scalars.indices where scalars[i] == "。" || (scalars[i] == "." && i + 1 < scalars.count && scalars[i + 1] == " ") {
            var end = i + 1
            while end < scalars.count, scalars[end] == ")" || scalars[end] == "）" || scalars[end] == " " { end += 1 }
            if end > start { sentences.append(start..<end) }
            start = end
        }
        if start < scalars.count { sentences.append(start..<scalars.count) }
        var referent = sentences.map(quotedEntry)
        for k in sentences.indices where referent[k] != nil && k > 0 && referent[k - 1] == nil {
            if let first = scalars[sentences[k]].first(where: { $0 != " " }), first == "(" || first == "（" { referent[k - 1] = referent[k] }
        }
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let own = sentences.indices.filter { referent[$0] == nil }.map { string(sentences[$0]) }.joined()
        return (own, sentences.indices.compactMap { k in referent[k].map { ($0, string(sentences[k])) } })
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
        rank(
            text, terms: TicketTerms(text, synonyms: synonyms), phraseMatches: phrases.matches(in: text), top: top, evidence: evidence,
            priors: trees.map(prior))
    }

    /// `rank` with the text's terms and the entries' phrases found already (`TicketPhrases` finds
    /// them with the fact cues), and each entry's prior, in index order.
    /// `transfers`: entries whose walk, on what the ticket tells, goes on in another entry for
    /// good (`Triager.transfers`); the first's evidence counts for the second too.
    func rank(
        _ text: TriageText, terms: TicketTerms, phraseMatches: [PhraseMatcher<Phrase>.Match], top: Int, evidence: [Double]?, priors: [Double],
        transfers: [(from: Int, to: Int)] = []
    ) -> [Ranked] {
        // Each term once, in a fixed order (so that scores add up the same in every run).
        var query: [Term] = []
        query.reserveCapacity(terms.japanese.count + terms.words.count + terms.groups.count)
        for packed in terms.japanese { query.append(Self.japaneseTag | packed) }
        let wordTerms = terms.words.map { vocabulary[$0] }
        for term in wordTerms { if let term { query.append(term) } }
        for group in terms.groups { query.append(Self.groupTag | Term(group)) }
        query.sortDistinct()
        var scores = [Double](repeating: 0, count: trees.count)
        for term in query {
            guard let slot = postings.slot(term) else { continue }
            let weight = termWeight[slot]
            for posting in postings[slot] {
                scores[Int(posting.document)] += weight * posting.saturation
            }
        }
        // The phrases each entry matched, once each, in the order found (a few a ticket: one
        // list, not a list per entry); and for each entry the longest message quoted (its
        // position in `phraseMatches`, and its length in characters), -1 for none.
        var matched: [(document: Int, phrase: String)] = []
        var quoted = [Int](repeating: -1, count: trees.count)
        var quotedLength = [Int](repeating: 0, count: trees.count)
        for (m, match) in phraseMatches.enumerated() {
            let i = match.payload.document
            // A message that is also one of its entry's keywords («無効なキー», «未変更・反映待ち») is
            // found as the keyword first and weighs as one: such short messages are named in
            // passing too (a step already behind the writer), and deciding on them lost more
            // labelled tickets than it won (2 won, 4 lost on every labelled set).
            guard !matched.contains(where: { $0.document == i && $0.phrase == match.phrase }) else { continue }
            matched.append((i, match.phrase))
            scores[i] += match.payload.bonus
            // A message named as what did not appear decides nothing (`DeniedMessage`).
            if match.payload.isMessage, !DeniedMessage.after(match.range.upperBound, in: text), !DeniedMessage.before(match.range.lowerBound, in: text) {
                let length = match.phrase.count
                if length >= 3, length > quotedLength[i] { (quoted[i], quotedLength[i]) = (m, length) }
            }
        }
        var evidence = evidence
        for (from, to) in transfers {
            scores[to] += scores[from]
            if evidence?.count == trees.count { evidence![to] += evidence![from] }
        }
        for i in scores.indices { scores[i] *= priors[i] }
        // The BM25F evidence as a distribution, blended with what the examples teach (scaled by
        // the same priors: what the ticket tells weighs on both): the combined probability is
        // the entry's confidence.
        var confidence = ExampleClassifier.softmax(scores.map { $0 / weights.temperature })
        if let evidence, evidence.count == trees.count {
            let w = weights.examples
            let logs = trees.indices.map { (1 - w) * log(max(confidence[$0], 1e-12)) + w * log(max(evidence[$0] * priors[$0], 1e-12)) }
            confidence = ExampleClassifier.softmax(logs)
        }
        var candidates: [Int] = []
        candidates.reserveCapacity(trees.count)
        for i in trees.indices where scores[i] > 0 || (evidence?[i] ?? 0) >= 0.1 { candidates.append(i) }
        var ranking = trees.indices.map { confidence[$0] * 100 }
        // A quoted on-screen message puts its tree first: above every score, longest message first.
        for i in trees.indices where quoted[i] >= 0 { ranking[i] += 1000 + Double(quotedLength[i]) }
        // The best `top`, kept in order as the candidates pass (there are few of each).
        func before(_ a: Int, _ b: Int) -> Bool { ranking[a] != ranking[b] ? ranking[a] > ranking[b] : ids[a] < ids[b] }
        var best: [Int] = []
        best.reserveCapacity(top + 1)
        for i in candidates where best.count < top || before(i, best[best.count - 1]) {
            best.insert(i, at: best.firstIndex { before(i, $0) } ?? best.count)
            if best.count > top { best.removeLast() }
        }
        return best
            .map { i in
                let phrases = matched.filter { $0.document == i }.map(\.phrase)
                let words = phrases.isEmpty ? ticketWords(of: i, in: text, terms: terms, wordTerms: wordTerms) : phrases
                let message = quoted[i] >= 0 ? phraseMatches[quoted[i]].phrase : nil
                return Ranked(tree: trees[i], score: ranking[i], matched: words, message: message, confidence: message == nil ? confidence[i] : 1)
            }
    }

    /// Particles, which follow the word they mark: those that are hardly ever part of a word,
    /// and those that are particles only after kanji or katakana.
    static let particles: Set<Unicode.Scalar> = ["を", "が", "は", "へ"]
    static let afterWords: Set<Unicode.Scalar> = ["に", "の", "で", "と", "も"]

    /// What entry `document` matched, in the ticket's own words, for an entry ranked without
    /// a phrase: the stretches of Japanese its bigrams cover (the particles around them left out,
    /// and stretches of hiragana alone, mostly grammar), the Latin words whose stems it holds,
    /// and the synonyms it knows (にようそにんしょう for 2要素認証), as written; by what they add to
    /// its score, most first (ties by text, so the same in every run), at most five.
    func ticketWords(of document: Int, in text: TriageText, terms: TicketTerms, wordTerms: [Term?]) -> [String] {
        func adds(_ term: Term) -> Double {
            guard let slot = postings.slot(term), let posting = postings[slot].first(where: { $0.document == document }) else { return 0 }
            return termWeight[slot] * posting.saturation
        }
        let s = text.scalars
        var spans: [(range: Range<Int>, score: Double)] = []
        spans.reserveCapacity(terms.japanese.count + wordTerms.count + terms.groups.count)
        func keep(_ range: Range<Int>, _ score: Double) {
            var start = range.lowerBound, end = range.upperBound
            while start < end, Tokenizer.isHiragana(s[start]) { start += 1 }
            guard start < end else { return }
            // A particle that ends the stretch is not the word's: を, が, は and へ always
            // (手続きを), the others after kanji or katakana (パスワードに, not いつも).
            if end - start > 2, Self.particles.contains(s[end - 1]) || (Self.afterWords.contains(s[end - 1]) && !Tokenizer.isHiragana(s[end - 2])) {
                end -= 1
            }
            spans.append((start..<end, score))
        }
        var stretch: (range: Range<Int>, score: Double)?
        for (k, packed) in terms.japanese.enumerated() {
            let score = adds(Self.japaneseTag | packed)
            guard score > 0 else { continue }
            let start = Int(terms.japaneseStarts[k]), end = start + (packed & 0x1FFFFF == 0 ? 1 : 2)
            if let current = stretch, start <= current.range.upperBound {
                stretch = (current.range.lowerBound..<max(end, current.range.upperBound), current.score + score)
            } else {
                if let current = stretch { keep(current.range, current.score) }
                stretch = (start..<end, score)
            }
        }
        if let current = stretch { keep(current.range, current.score) }
        for (k, term) in wordTerms.enumerated() {
            guard let term else { continue }
            let score = adds(term)
            if score > 0 { keep(Int(terms.wordRanges[k].lowerBound)..<Int(terms.wordRanges[k].upperBound), score) }
        }
        for (k, group) in terms.groups.enumerated() {
            let score = adds(Self.groupTag | Term(group))
            if score > 0 { spans.append((terms.groupRanges[k], score)) }
        }
        // Best first, ties by text; a text found twice counts at its best, and one inside a
        // text already shown (認証アプリ in 認証アプリを入れたい) adds nothing. Only the five
        // kept become strings.
        spans.sort { $0.score != $1.score ? $0.score > $1.score : s[$0.range].lexicographicallyPrecedes(s[$1.range], by: { $0.value < $1.value }) }
        var shown: [Range<Int>] = []
        for span in spans where shown.count < 5 {
            let word = s[span.range]
            let inside = shown.contains { other in
                other.count >= word.count && (other.lowerBound...(other.upperBound - word.count)).contains { s[$0..<($0 + word.count)].elementsEqual(word) }
            }
            if !inside { shown.append(span.range) }
        }
        return shown.map { String(scalars: s[$0]) }
    }

    public var count: Int { trees.count }
}

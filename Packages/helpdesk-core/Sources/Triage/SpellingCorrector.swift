import KnowledgeBase

/// Latin words a ticket misspells («forgoten», «pasword», «pasuwaado»), mended to the spelling the
/// knowledge uses, so that the synonyms, keywords, fact cues, index and classifier all meet them.
///
/// The words it knows are those of the knowledge's own text (the entries' titles, keywords,
/// messages and node texts, the synonyms, the fact cues), English function words, and the words
/// of the labelled examples seen at least twice (a word written once there may well be a typo
/// itself). A word of a ticket that is none of them nor one of them inflected (its stem a known
/// word's), five letters or more and standing on its own (not part of an address, an id or a
/// number), becomes the known word one typing slip away — a letter left out or added, a key's
/// neighbour struck, two letters swapped; never the first letter, and at the end only a letter
/// doubled: the most frequent one, ties by spelling. A word with no such neighbour is left as it
/// is. Candidates are found with symmetric deletes (a word and each of its one-letter deletions
/// point to the known words that share them), so a word costs a few probes whatever the
/// vocabulary's size.
public struct SpellingCorrector: Sendable {
    /// The shortest word it mends, and the longest it looks at.
    static let minimumLength = 5
    static let maximumLength = 24

    /// Words tickets use that the knowledge may not, and that sit one slip from words it does
    /// («march» from «match»): contractions typed without the apostrophe, the months and the days,
    /// and the redactor's mark.
    static let commonWords = [
        "redacted",
        "didnt", "doesnt", "dont", "cant", "wont", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "couldnt",
        "wouldnt", "shouldnt", "thats", "theres", "whats", "ive", "youre", "theyre", "its", "lets",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Contractions typed without the apostrophe, read with it: the knowledge says "don't
    /// remember", tickets often «dont remember». Not «its» or «lets», words of their own as
    /// they stand.
    static let contractions: [UInt64: (bare: [UInt8], full: [Unicode.Scalar])] = {
        let list = [
            "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "couldnt": "couldn't", "wont": "won't",
            "wouldnt": "wouldn't", "shouldnt": "shouldn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
            "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "youre": "you're", "theyre": "they're",
            "thats": "that's", "whats": "what's", "theres": "there's",
        ]
        return Dictionary(uniqueKeysWithValues: list.map { (FNV1a.hash($0.key.utf8), (Array($0.key.utf8), Array($0.value.unicodeScalars))) })
    }()

    /// The contraction `word` (hashed as `hash`) is typed without its apostrophe, with it.
    static func contraction(_ word: some Sequence<UInt8>, hash: UInt64) -> [Unicode.Scalar]? {
        guard let contraction = contractions[hash], word.elementsEqual(contraction.bare) else { return nil }
        return contraction.full
    }

    /// Known words by the hash of their spelling: their slot in `words` and `counts`.
    private let known: TermTable
    private let words: [[UInt8]]
    private let counts: [Int]
    /// The stems of the known words (hashed): a word whose stem is among them is one of theirs
    /// inflected («months», «comes»), not a slip.
    private let stems: TermTable
    /// For the hash of each known word and each of its one-letter deletions, the known words
    /// (slots) that give it.
    private let deletes: TermLists<Int32>

    /// Words from `curated` texts (phrases normalised the way tickets are), and from `examples`
    /// those seen at least twice.
    init(curated: [String], examples: [String]) {
        // Every word seen, by the hash of its spelling: its bytes, how often, whether trusted.
        var seen = TermTable(capacity: 4096)
        var spelled: [[UInt8]] = [], often: [Int] = [], trusted: [Bool] = []
        func count(_ word: some Collection<UInt8>, _ hash: UInt64, trust: Bool) {
            let slot = seen.insert(hash)
            if slot == spelled.count {
                spelled.append(Array(word))
                often.append(0)
                trusted.append(false)
            }
            often[slot] += 1
            trusted[slot] = trusted[slot] || trust
        }
        // The function words triage leaves out are words too («thank» is not «than»).
        for word in Tokenizer.stopwords + Self.commonWords { count(word.utf8, FNV1a.hash(word.utf8), trust: true) }
        var buffer: [Unicode.Scalar] = []
        for (texts, trust) in [(curated, true), (examples, false)] {
            for text in texts {
                Self.latinScalars(text, into: &buffer)
                Self.forEachWord(in: buffer) { range, hash in count(buffer[range].lazy.map { UInt8($0.value) }, hash, trust: trust) }
            }
        }
        // Sorted, so slots (and so ties) are the same in every run.
        let kept = spelled.indices.filter { trusted[$0] || often[$0] >= 2 }.sorted { spelled[$0].lexicographicallyPrecedes(spelled[$1]) }
        var known = TermTable(capacity: kept.count)
        var stems = TermTable(capacity: kept.count)
        var byDeletion: [UInt64: [Int32]] = [:]
        for (slot, index) in kept.enumerated() {
            let word = spelled[index]
            known.insert(FNV1a.hash(word))
            stems.insert(Self.stemHash(word))
            guard word.count >= Self.minimumLength - 1 else { continue }
            // A doubled letter gives one deletion twice, and the word is listed twice under it:
            // harmless (a candidate is weighed the same each time).
            byDeletion[FNV1a.hash(word), default: []].append(Int32(slot))
            for i in word.indices { byDeletion[Self.hash(word, skipping: i), default: []].append(Int32(slot)) }
        }
        self.known = known
        self.stems = stems
        words = kept.map { spelled[$0] }
        counts = kept.map { often[$0] }
        deletes = TermLists(byDeletion)
    }

    /// A word mended: as the ticket spells it, and as it is read.
    public struct Mended: Sendable, Hashable {
        public let word: String
        public let reading: String
    }

    /// `text` with its misspelt words mended; the same text when there are none.
    func correct(_ text: TriageText) -> TriageText { mend(text).text }

    /// How many mended words a ticket's report lists at most (all are mended).
    static let listed = 20

    /// `text` with its misspelt words mended, and the words mended (each once, in the order
    /// found, the first `listed`).
    func mend(_ text: TriageText) -> (text: TriageText, mended: [Mended]) {
        let s = text.scalars
        var out: [Unicode.Scalar]?
        var mended: [Mended] = []
        var seen: Set<Mended> = []
        var copied = 0
        var word: [UInt8] = []
        func replace(_ range: Range<Int>, with reading: some Collection<Unicode.Scalar>) {
            if out == nil {
                out = []
                out!.reserveCapacity(s.count + 8)
            }
            out!.append(contentsOf: s[copied..<range.lowerBound])
            out!.append(contentsOf: reading)
            copied = range.upperBound
            if mended.count < Self.listed {
                let pair = Mended(word: String(scalars: s[range]), reading: String(scalars: reading))
                if seen.insert(pair).inserted { mended.append(pair) }
            }
        }
        // A word known as it stands (most are) costs its hash and a probe.
        Self.forEachWord(in: s, shortest: 4) { range, hash in
            if let full = Self.contraction(s[range].lazy.map { UInt8(truncatingIfNeeded: $0.value) }, hash: hash) {
                return replace(range, with: full)
            }
            guard range.count >= Self.minimumLength, known.slot(hash) == nil else { return }
            word.removeAll(keepingCapacity: true)
            for k in range { word.append(UInt8(s[k].value)) }
            guard stems.slot(Self.stemHash(word)) == nil, let slot = nearest(word) else { return }
            // «doesnnt» is «doesnt» mistyped, and so «doesn't».
            if let full = Self.contraction(words[slot], hash: FNV1a.hash(words[slot])) { return replace(range, with: full) }
            replace(range, with: words[slot].lazy.map { Unicode.Scalar($0) })
        }
        guard var out else { return (text, []) }
        out.append(contentsOf: s[copied...])
        return (TriageText(normalised: out), mended)
    }

    /// The known word one slip away from `word`, the most frequent (ties by spelling), or nil.
    private func nearest(_ word: [UInt8]) -> Int? {
        var best: Int?
        func consider(_ key: UInt64) {
            guard let candidates = deletes[term: key] else { return }
            for c in candidates {
                let slot = Int(c)
                guard slot != best, Self.oneEditApart(word, words[slot]) else { continue }
                if let b = best, counts[b] > counts[slot] || (counts[b] == counts[slot] && !words[slot].lexicographicallyPrecedes(words[b])) {
                    continue
                }
                best = slot
            }
        }
        consider(FNV1a.hash(word))
        for i in word.indices { consider(Self.hash(word, skipping: i)) }
        return best
    }

    /// Whether `a` and `b` differ by one typing slip after the same first letter: a letter left
    /// out or added, one struck for its neighbour on the keyboard, or two neighbours swapped.
    /// People rarely slip on a word's first letter, and other changes make other words
    /// («comes» is not «codes», nor «night» «right», nor «teach» «each»).
    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b, let first = a.first, first == b.first else { return false }
        var p = 0
        while p < a.count, p < b.count, a[p] == b[p] { p += 1 }
        if a.count == b.count {
            // Struck a neighbour at p (not the last letter: «printer», «printed»), or p and p + 1
            // swapped; the rest the same.
            if p < a.count - 1, isNeighbour(a[p], b[p]), a[(p + 1)...].elementsEqual(b[(p + 1)...]) { return true }
            return p + 1 < a.count && a[p] == b[p + 1] && a[p + 1] == b[p] && a[(p + 2)...].elementsEqual(b[(p + 2)...])
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        // A letter more at the end is a slip only when it doubles the one before («forgott»):
        // otherwise it is mostly another word («though», «thought»; «lecture», «lecturer»).
        if p == short.count { return long[p] == long[p - 1] }
        return long[(p + 1)...].elementsEqual(short[p...])
    }

    /// The keys around each letter on a QWERTY keyboard, by row.
    private static let rows: [[UInt8]] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0.utf8) }

    /// Whether two letters are next to each other on a QWERTY keyboard (in a row, or in the row
    /// above or below, half a key either side).
    static func isNeighbour(_ x: UInt8, _ y: UInt8) -> Bool {
        func place(_ c: UInt8) -> (row: Int, column: Double)? {
            for (r, row) in rows.enumerated() { if let i = row.firstIndex(of: c) { return (r, Double(i) + 0.5 * Double(r)) } }
            return nil
        }
        guard let p = place(x), let q = place(y) else { return false }
        if p.row == q.row { return abs(p.column - q.column) == 1 }
        return abs(p.row - q.row) == 1 && abs(p.column - q.column) <= 0.5
    }

    /// Calls `body` with where each run of Latin letters in `scalars` that stands alone is, and
    /// the hash of its spelling.
    static func forEachWord(in scalars: [Unicode.Scalar], shortest: Int = 1, _ body: (Range<Int>, UInt64) -> Void) {
        var i = 0
        while i < scalars.count {
            guard isLetter(scalars[i]) else {
                i += 1
                continue
            }
            var j = i
            var h = FNV1a.basis
            while j < scalars.count, isLetter(scalars[j]) {
                h = FNV1a.step(h, UInt8(scalars[j].value))
                j += 1
            }
            if j - i >= shortest, j - i <= maximumLength, standsAlone(scalars, i..<j) { body(i..<j, h) }
            i = j
        }
    }

    /// A lower-case ASCII letter (the text is in lower case already).
    static func isLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 0x61 && s.value <= 0x7A }

    /// Whether the run of letters at `range` is a word of its own: not next to a digit, another
    /// letter (ä, é), or a character that joins it to more (an address's «@», «_», «/», or a «.» or
    /// «-» with more letters or digits beyond it). Japanese next to a word is common (OMUのpasword)
    /// and does not join it.
    static func standsAlone(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII { return isLetter(c) || ("0"..."9").contains(c) || ("A"..."Z").contains(c) }
            return !TriageText.isJapanese(c) && c.properties.isAlphabetic
        }
        func joins(_ k: Int, towards step: Int) -> Bool {
            guard k >= 0, k < s.count else { return false }
            let c = s[k]
            switch c {
            case "@", "_", "/", "\\": return true
            case ".", "-":
                let next = k + step
                return next >= 0 && next < s.count && s[next].isASCII && isAlphanumeric(s[next])
            default: return isAlphanumeric(c)
            }
        }
        return !joins(range.lowerBound - 1, towards: -1) && !joins(range.upperBound, towards: 1)
    }

    /// The scalars of knowledge text as far as its Latin words go: letters in lower case,
    /// full-width letters and digits as ASCII (what NFKC and lower-casing make of them), the rest
    /// as it is; cheaper than the whole normalisation of a ticket, which the knowledge's long
    /// Japanese texts do not need for this.
    static func latinScalars(_ text: String, into out: inout [Unicode.Scalar]) {
        out.removeAll(keepingCapacity: true)
        for c in text.unicodeScalars {
            switch c.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(c.value + 0x20)!)
            case 0xFF21...0xFF3A: out.append(Unicode.Scalar(c.value - 0xFF21 + 0x61)!)
            case 0xFF41...0xFF5A: out.append(Unicode.Scalar(c.value - 0xFF41 + 0x61)!)
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(c.value - 0xFF10 + 0x30)!)
            default: out.append(c)
            }
        }
    }

    /// The hash of the word's stem (as the tokenizer stems words).
    static func stemHash(_ word: [UInt8]) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { w in
            var count = 0
            for b in word {
                w[count] = b
                count += 1
            }
            Tokenizer.stem(w, &count)
            return FNV1a.hash(w[0..<count])
        }
    }

    /// The hash of `bytes` without the byte at `skipped`.
    static func hash(_ bytes: [UInt8], skipping skipped: Int) -> UInt64 {
        bytes[(skipped + 1)...].reduce(FNV1a.hash(bytes[..<skipped]), FNV1a.step)
    }
}

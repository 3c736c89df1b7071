import Foundation
import KnowledgeBase

/// Ticket text prepared for matching: NFKC (full-width letters and digits, half-width katakana),
/// lower case, white space folded; kept as Unicode scalars so matching needs no String indexing.
public struct TriageText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]

    public init(_ raw: String) {
        let source = raw.nfkc.scalarArray
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.count)
        var lastWasSpace = false
        var previous: Unicode.Scalar = " "
        for (i, original) in source.enumerated() {
            if Self.isSpace(original) {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                let scalar = Self.lowercase(original)
                // 「確認小ード」: a kana turned into a kanji of its sound by the input method, before a
                // long vowel mark and katakana (no kanji takes the mark), is the katakana.
                if scalar == "ー", let kana = Self.kanaSlips[previous], i + 1 < source.count, Self.isKatakana(source[i + 1]) {
                    out[out.count - 1] = kana
                }
                // 「わすれた、、、」: commas in a run trail off, as a full stop does.
                if scalar == "、", previous == "、" {
                    out[out.count - 1] = "。"
                    out.append("。")
                    previous = original
                    continue
                }
                // 「パスワ-ド」: a hyphen after katakana is a long vowel mark.
                out.append(scalar == "-" && Self.isKatakana(previous) ? "ー" : Self.fold(scalar))
                lastWasSpace = false
            }
            previous = original
        }
        scalars = out
        text = String(scalars: out)
    }

    /// Text normalised already: scalars as `init(_:)` leaves them (a spelling mended).
    init(normalised scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        text = String(scalars: scalars)
    }

    /// Kanji an input method gives for a lone kana the writer meant as katakana: «小ード» (コード),
    /// «木ー» (キー), «目ール» (メール).
    static let kanaSlips: [Unicode.Scalar: Unicode.Scalar] = ["小": "コ", "子": "コ", "木": "キ", "気": "キ", "目": "メ"]

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 0x20)! : s }
        // Latin, Greek and Cyrillic letters with case; kana and kanji have none.
        guard s.value < 0x530, s.properties.changesWhenLowercased else { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    /// Where `phrase` (already normalised) first stands in the text, as scalar offsets.
    public func find(_ phrase: String) -> Range<Int>? {
        find(Array(phrase.unicodeScalars), in: 0..<scalars.count)
    }

    public func contains(_ phrase: String) -> Bool { find(phrase) != nil }

    /// Where `phrase` (normalised scalars) first stands within `range` of the text.
    func find(_ phrase: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
        let range = range.clamped(to: 0..<scalars.count)
        guard let first = phrase.first, phrase.count <= range.count else { return nil }
        var i = range.lowerBound
        while i + phrase.count <= range.upperBound {
            if scalars[i] == first && scalars[i..<(i + phrase.count)].elementsEqual(phrase) { return i..<(i + phrase.count) }
            i += 1
        }
        return nil
    }

    /// Words as the scalar arrays `matches(_:_:_:)` and `containsAny(_:in:)` take.
    static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

    /// Whether `word` stands in `s` at `at`.
    static func matches(_ s: [Unicode.Scalar], _ at: Int, _ word: [Unicode.Scalar]) -> Bool {
        at + word.count <= s.count && s[at..<(at + word.count)].elementsEqual(word)
    }

    /// Whether one of `words` ends right at `end`: the word just before a cue («…かと忘れ», «紙を»).
    func endsWithAny(_ words: [[Unicode.Scalar]], at end: Int) -> Bool {
        words.contains { end >= $0.count && Self.matches(scalars, end - $0.count, $0) }
    }

    /// Whether one of `words` starts right at `start`: the word just after a cue («忘れ» «扱い»,
    /// "forgot" " page").
    func startsWithAny(_ words: [[Unicode.Scalar]], at start: Int) -> Bool {
        words.contains { Self.matches(scalars, start, $0) }
    }

    /// Whether an English negation carries over a coordination to the word at `start`: "I haven't
    /// changed or forgotten my password", "didn't sell or lose it", "never lost nor gave away" — a
    /// negation, one word, then «or»/«nor». Not an inability ("can't log in or forgot"): what can't
    /// be done is no denial of what comes after it.
    func negatedAcrossOr(at start: Int) -> Bool {
        guard let or = Self.coordinations.first(where: { start >= $0.count && Self.matches(scalars, start - $0.count, $0) }) else { return false }
        var i = start - or.count
        let wordEnd = i
        while i > 0, scalars[i - 1].properties.isAlphabetic { i -= 1 }
        guard i < wordEnd, i > 0, scalars[i - 1] == " " else { return false }
        return endsWithAny(Self.carriedNegations, at: i) && !endsWithAny(Self.inabilities, at: i)
    }
    static let coordinations = words([" or ", " nor "])
    static let carriedNegations = words(["n't ", "not ", "never "])
    static let inabilities = words(["can't ", "couldn't ", "cannot ", "can not ", "won't ", "wouldn't "])

    /// Whether any of `phrases` stands within `range`.
    func containsAny(_ phrases: [[Unicode.Scalar]], in range: Range<Int>? = nil) -> Bool {
        let range = range ?? 0..<scalars.count
        return phrases.contains { find($0, in: range) != nil }
    }

    /// Where `word` occurs within `range` (the whole text by default), in order and apart.
    func ranges(of word: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<scalars.count
        var found: [Range<Int>] = []
        var from = range.lowerBound
        while let next = find(word, in: from..<range.upperBound) {
            found.append(next)
            from = next.upperBound
        }
        return found
    }

    /// Whether `word` stands anywhere outside `ranges` (in order and apart, as `SettledClauses`
    /// keeps them). Each occurrence is looked at once: linear in the text.
    func occurs(_ word: [Unicode.Scalar], outside ranges: [Range<Int>]) -> Bool {
        var from = 0
        while let found = find(word, in: from..<scalars.count) {
            if !SettledClauses.covers(ranges, found.lowerBound) { return true }
            from = found.upperBound
        }
        return false
    }

    /// Where the clause that `end` stands in starts: just after the last of `marks` before it,
    /// looking back at most `reach` scalars.
    func clauseStart(before end: Int, reach: Int, marks: Set<Unicode.Scalar>) -> Int {
        var i = end
        while i > max(0, end - reach), !marks.contains(scalars[i - 1]) { i -= 1 }
        return i
    }

    /// Where the clause that `start` stands in ends: at the first of `marks` from it on,
    /// looking ahead at most `reach` scalars.
    func clauseEnd(after start: Int, reach: Int, marks: Set<Unicode.Scalar>) -> Int {
        var i = start
        while i < scalars.count, i - start < reach, !marks.contains(scalars[i]) { i += 1 }
        return i
    }

    /// The text of a range of scalars.
    func slice(_ range: Range<Int>) -> String {
        String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
    }

    /// Long vowel marks and dashes users type interchangeably; the apostrophes phones type
    /// (don’t) as the one the knowledge is written with (don't).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2010...0x2015, 0x2212, 0xFF70: return "ー"
        case 0x2018, 0x2019, 0x02BC: return "'"
        default: return scalar
        }
    }

    static func isKatakana(_ s: Unicode.Scalar) -> Bool { (0x30A1...0x30FA).contains(s.value) }

    /// Hiragana, katakana and CJK ideographs: written without spaces between words.
    static func isJapanese(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3041...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }

    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) }
        if isJapanese(s) { return false }
        return s.properties.isAlphabetic
    }

    /// Japanese when Japanese characters are at least a quarter as many as Latin letters, or
    /// when a ticket in Latin letters (with a Japanese word or quote among them, or none) is
    /// Japanese in romaji («pasuwaado wo wasuremashita. saisettei no houhou wo oshiete
    /// kudasai»: typed without Japanese input, by someone who reads Japanese, whose reply is then
    /// in Japanese).
    public var language: String {
        script == .japanese || isRomaji ? "ja" : "en"
    }

    /// Whether the ticket is Japanese in romaji: Japanese for its words, not for its script.
    var isRomaji: Bool { script == .latin && Self.isRomaji(scalars) }

    /// Whether its words in Latin letters read as Japanese in romaji, whatever else it holds
    /// («OMUID no password wasuremashita. 再発行用のメアドは…»).
    var hasRomaji: Bool { Self.isRomaji(scalars) }

    enum Script { case japanese, latin }

    /// Japanese when Japanese characters are at least a quarter as many as Latin letters.
    var script: Script {
        var japanese = 0, latin = 0
        for s in scalars {
            if Self.isJapanese(s) { japanese += 1 } else if ("a"..."z").contains(s) || ("A"..."Z").contains(s) { latin += 1 }
        }
        return japanese > 0 && japanese * 4 >= latin ? .japanese : .latin
    }

    /// Words only Japanese in romaji has: polite endings, particles English lacks, set phrases
    /// (longer polite verbs, onegaishimasu and gozaimasu among them, by their endings).
    static let romajiWords = packed([
        "desu", "desuka", "deshita", "deshou", "masu", "imasu", "kudasai", "onegai", "sumimasen", "arigatou", "dekimasen", "dekinai",
        "wakarimasen", "wakaranai", "nihongo", "wo", "kedo", "desuga", "naku", "shimatta",
        // Particles and words a ticket in English has no use for: «pasu wasureta. dou sureba ii desu ka?»
        "ga", "wa", "ni", "ka", "shita", "sureba", "dou", "yatsu", "jibun", "daigaku", "node", "tte", "nai", "mou", "mada",
        // Wishes, requests and the words about them a phone types without a polite ending: «nidankai ninshou
        // saisettei shitai houhou oshiete», «wantaimu pasuwaado irete mo roguin dekinai jitaku kara».
        "shitai", "oshiete", "houhou", "kara", "irete", "mo", "shite", "wasureta", "dekiru",
    ])
    /// English words that a ticket in English can hardly do without.
    static let englishWords = packed(["the", "is", "my", "i", "and", "it", "can", "not", "was", "have", "please", "what", "how", "with", "this"])
    /// The polite verbs' endings: each with its letters and the shortest word it ends
    /// (…mashita, …masen, and …masu after more: «masu» alone is a word above).
    static let romajiEndings: [(code: UInt64, letters: Int, shortest: Int)] = [("mashita", 7), ("masen", 5), ("masu", 5)].map {
        (packed([$0.0])[0], $0.0.count, $0.1)
    }

    /// A lower-case word of up to 12 letters as an integer, five bits a letter, the last
    /// letter lowest (so an ending is the low bits): no string is made for a ticket's words.
    static func packed(_ words: [String]) -> [UInt64] {
        words.map { $0.unicodeScalars.reduce(0) { $0 << 5 | UInt64($1.value - 96) } }
    }

    /// Whether Latin-letter words read as Japanese in romaji: at least two of its words (or
    /// words ending as its polite verbs do), and more of them than of English's commonest words.
    static func isRomaji(_ scalars: [Unicode.Scalar]) -> Bool {
        var romaji = 0, english = 0
        var code: UInt64 = 0, length = 0
        func end() {
            defer { (code, length) = (0, 0) }
            guard length > 0 else { return }
            // Longer than 12 letters, only the last 12 are kept: an ending still reads right.
            if (length <= 12 && romajiWords.contains(code))
                || romajiEndings.contains(where: { length >= $0.shortest && code & (1 << (5 * UInt64($0.letters)) - 1) == $0.code })
            {
                romaji += 1
            } else if length <= 12 && englishWords.contains(code) {
                english += 1
            }
        }
        for s in scalars {
            if (0x61...0x7A).contains(s.value) || (0x41...0x5A).contains(s.value) {
                code = code << 5 | UInt64((s.value | 0x20) - 96)  // a–z as 1–26, A–Z as a–z
                length += 1
            } else {
                end()
            }
        }
        end()
        return romaji >= 2 && romaji > english
    }
}

/// A token of ticket or knowledge text: a Japanese bigram (or a lone character) packed into an
/// integer, or a Latin word.
public enum Token {
    case japanese(UInt64)
    /// `negated`: within a negation's reach ("don't *remember*", "never *arrived*").
    case word(String, negated: Bool = false)
}

/// A ticket's tokens and synonym groups, found once for both the index and the classifier.
public struct TicketTerms: Sendable {
    /// Japanese bigrams (and lone characters), packed.
    var japanese: [UInt64] = []
    /// Where each of `japanese` starts in the text's scalars.
    var japaneseStarts: [Int32] = []
    /// Latin words, stemmed, stop words left out.
    var words: [String] = []
    /// Whether each of `words` stands within a negation's reach.
    var negated: [Bool] = []
    /// Where each of `words` stands in the text's scalars.
    var wordRanges: [Range<Int32>] = []
    /// The synonym group of each synonym found, in order (a group found twice is here twice).
    var groups: [Int] = []
    /// Where each of `groups` was found in the text's scalars.
    var groupRanges: [Range<Int>] = []

    init(_ text: TriageText, synonyms: PhraseMatcher<Int>) {
        self.init(text, synonymMatches: synonyms.matches(in: text))
    }

    /// With the synonyms found already (`TicketPhrases` finds them with the other phrases), and
    /// whether the ticket is in romaji, if known (`Tokenizer.forEachToken`).
    init(_ text: TriageText, synonymMatches: [PhraseMatcher<Int>.Match], romaji: Bool? = nil) {
        // At most a token per scalar: room made once, not grown append by append.
        japanese.reserveCapacity(text.scalars.count)
        japaneseStarts.reserveCapacity(text.scalars.count)
        Tokenizer.forEachToken(text, romaji: romaji) { token, range in
            switch token {
            case .japanese(let packed):
                japanese.append(packed)
                japaneseStarts.append(Int32(range.lowerBound))
            case .word(let word, let isNegated):
                words.append(word)
                negated.append(isNegated)
                wordRanges.append(Int32(range.lowerBound)..<Int32(range.upperBound))
            }
        }
        groups.reserveCapacity(synonymMatches.count)
        groupRanges.reserveCapacity(synonymMatches.count)
        // A synonym set aside, «仮パスワードじゃなくて», "not the temporary password", is no
        // evidence of what the ticket is about; nor are the shorter ones inside it (仮パス,
        // パスワード).
        let aside = Self.asideRanges(synonymMatches, in: text)
        let synonymMatches = aside.isEmpty ? synonymMatches : synonymMatches.filter { match in
            !aside.contains { $0.lowerBound <= match.range.lowerBound && match.range.upperBound <= $0.upperBound }
        }
        for match in synonymMatches {
            groups.append(match.payload)
            groupRanges.append(match.range)
        }
    }
}

extension TicketTerms {
    /// What sets a word aside as not the matter: «…じゃなくて», «…ではなく», in romaji «… janakute»
    /// after it, "not the …" before it. (A predicate's negation, «有効なOMUIDではありません», is
    /// the matter itself and is not among them.)
    static let setAsideAfter = TriageText.words(["じゃなく", "ではなく", "janaku", "ja naku", "dewanaku", "dewa naku", "de wa naku"])
    static let setAsideBefore = TriageText.words(["not the ", "not a ", "not an "])

    /// Where the synonyms `matches` found are set aside.
    static func asideRanges(_ matches: [PhraseMatcher<Int>.Match], in text: TriageText) -> [Range<Int>] {
        matches.map(\.range).filter { setAside($0, in: text) }
    }

    static func setAside(_ range: Range<Int>, in text: TriageText) -> Bool {
        var after = range.upperBound
        if after < text.scalars.count, text.scalars[after] == " " { after += 1 }
        return setAsideAfter.contains { TriageText.matches(text.scalars, after, $0) }
            || text.endsWithAny(setAsideBefore, at: range.lowerBound)
    }
}

extension TicketTerms {
    /// Without the tokens and synonyms that start within `ranges` (in order and apart).
    func removing(_ ranges: [Range<Int>]) -> TicketTerms {
        guard !ranges.isEmpty else { return self }
        func kept(_ position: Int) -> Bool { !SettledClauses.covers(ranges, position) }
        var terms = self
        let japanese = japaneseStarts.indices.filter { kept(Int(japaneseStarts[$0])) }
        terms.japanese = japanese.map { self.japanese[$0] }
        terms.japaneseStarts = japanese.map { japaneseStarts[$0] }
        let words = wordRanges.indices.filter { kept(Int(wordRanges[$0].lowerBound)) }
        terms.words = words.map { self.words[$0] }
        terms.negated = words.map { negated[$0] }
        terms.wordRanges = words.map { wordRanges[$0] }
        let groups = groupRanges.indices.filter { kept(groupRanges[$0].lowerBound) }
        terms.groups = groups.map { self.groups[$0] }
        terms.groupRanges = groups.map { groupRanges[$0] }
        return terms
    }
}

/// Tokens that work without a dictionary: words for Latin text, character bigrams for Japanese.
public enum Tokenizer {
    /// Calls `body` with each token of `text`, in order, and where it stands in the text's
    /// scalars. A word right after a negation is told so (not after the particle «no» of a ticket
    /// in romaji: `romaji`, found from the text when not given and needed).
    public static func forEachToken(_ text: TriageText, romaji: Bool? = nil, _ body: (Token, Range<Int>) -> Void) {
        let s = text.scalars
        var i = 0
        var negated = 0
        var romaji = romaji
        while i < s.count {
            if TriageText.isJapanese(s[i]) {
                negated = 0
                var j = i
                while j < s.count, TriageText.isJapanese(s[j]) { j += 1 }
                if j - i == 1 {
                    body(.japanese(pack(s[i], nil)), i..<j)
                } else {
                    for k in i..<(j - 1) { body(.japanese(pack(s[k], s[k + 1])), k..<(k + 2)) }
                }
                i = j
            } else if TriageText.isWordCharacter(s[i]) {
                var j = i
                while j < s.count, TriageText.isWordCharacter(s[j]) { j += 1 }
                if let word = word(s[i..<j]) {
                    body(.word(word, negated: negated > 0), i..<j)
                    if negated > 0 { negated -= 1 }
                }
                if negates(s, i, j) {
                    // Not the particle «no» of a ticket in romaji («nihongo no nyuuryoku»).
                    if j - i == 2, s[i] == "n", s[i + 1] == "o" {
                        if romaji == nil { romaji = text.hasRomaji }
                        if romaji == false { negated = negationReach }
                    } else {
                        negated = negationReach
                    }
                }
                i = j
            } else {
                if negated > 0, negationEnds.contains(s[i]) { negated = 0 }
                i += 1
            }
        }
    }

    /// How many words after a negation it marks: the one it governs most often ("can't *remember*",
    /// "never *arrived*", "no *email*"). Three words were tried: they hid the topic of more
    /// tickets than they helped ("cant *start account activation*").
    static let negationReach = 1
    /// Where a negation's reach ends, whatever is left of it.
    static let negationEnds: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "\n", "(", ")"]
    /// Words that negate, and those that do with «'t» after them (the apostrophe ends a word), as
    /// `packed(_:)` packs them: a word is checked without making a string of it.
    static let negators = Set(["not", "no", "never", "cannot", "cant", "dont", "didnt", "doesnt", "wont", "isnt", "havent", "couldnt", "nothing"]
        .compactMap { packed(Array($0.unicodeScalars)[...]) })
    static func isNegatorInitial(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "n", "c", "d", "w", "i", "h", "a": true
        default: false
        }
    }
    static let negatorStems = Set(["don", "didn", "doesn", "won", "isn", "haven", "hasn", "couldn", "can", "wasn", "aren", "wouldn"]
        .compactMap { packed(Array($0.unicodeScalars)[...]) })

    /// Whether the word at `i..<j` negates what follows: "not", "never", "can't", "don't".
    static func negates(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        // Every negator starts with one of these and has two to seven letters: most words are
        // passed over without a lookup.
        guard (2...7).contains(j - i), isNegatorInitial(s[i]), let code = packed(s[i..<j]) else { return false }
        if negators.contains(code) { return true }
        return negatorStems.contains(code) && j + 1 < s.count && (s[j] == "'" || s[j] == "\u{2019}") && s[j + 1] == "t"
    }

    /// The tokens as text, for people and tests.
    public static func tokens(_ text: TriageText) -> [String] {
        var out: [String] = []
        forEachToken(text) { token, _ in
            switch token {
            case .japanese(let packed): out.append(unpack(packed))
            case .word(let word, let negated): out.append(negated ? "¬" + word : word)
            }
        }
        return out
    }

    /// Two scalars (the second may be absent) in one integer: 21 bits each.
    static func pack(_ a: Unicode.Scalar, _ b: Unicode.Scalar?) -> UInt64 {
        UInt64(a.value) << 21 | UInt64(b?.value ?? 0)
    }

    static func unpack(_ packed: UInt64) -> String {
        var s = ""
        if let a = Unicode.Scalar(UInt32(packed >> 21)) { s.unicodeScalars.append(a) }
        if packed & 0x1FFFFF != 0, let b = Unicode.Scalar(UInt32(packed & 0x1FFFFF)) { s.unicodeScalars.append(b) }
        return s
    }

    /// A packed token of hiragana alone: mostly grammar (すれ, れば, です).
    static func isHiragana(packed: UInt64) -> Bool {
        guard let a = Unicode.Scalar(UInt32(packed >> 21)), isHiragana(a) else { return false }
        let b = UInt32(packed & 0x1FFFFF)
        return b == 0 || Unicode.Scalar(b).map(isHiragana) == true
    }

    static func isHiragana(_ s: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(s.value) }


    /// English function words, which say nothing of the topic.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "im", "i'm", "me", "my", "we", "our", "you", "your", "it", "its", "is", "am", "are", "was", "were",
        "be", "been", "do", "does", "did", "to", "of", "in", "on", "at", "for", "with", "from", "by", "and", "or", "but", "so",
        "this", "that", "these", "there", "here", "what", "how", "which", "when", "where", "who", "why", "if", "then", "as",
        "have", "has", "had", "will", "would", "should", "could", "please", "hello", "hi", "thanks", "thank", "sorry", "just",
        "any", "some", "all", "about", "into", "up", "out", "now", "also", "still", "very", "really", "t", "s", "d", "ll", "m",
    ]

    /// The stop words that fit in eight bytes, packed as `packed(_:)` packs a word: a word is
    /// checked without making a string of it.
    static let stopwordCodes = Set(stopwords.compactMap { packed(Array($0.unicodeScalars)[...]) })

    /// An ASCII word of at most eight letters in one integer, else nil.
    static func packed(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard scalars.count <= 8 else { return nil }
        var code: UInt64 = 0
        for s in scalars {
            guard s.isASCII else { return nil }
            code = code << 8 | UInt64(s.value)
        }
        return code
    }

    /// The token of a word (lower case already): nil for a stop word, else the word stemmed.
    /// Made from the scalars in one go (a string per word, then one per stem, and a set of
    /// strings to look in cost more than the rest of tokenizing an English ticket).
    static func word(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        // Every stop word is ASCII and at most eight letters.
        if let code = packed(scalars), stopwordCodes.contains(code) { return nil }
        guard scalars.allSatisfy(\.isASCII) else { return String(scalars: scalars) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count + 1) { w in
            var count = 0
            for s in scalars {
                w[count] = UInt8(s.value)
                count += 1
            }
            stem(w, &count)
            return String(decoding: UnsafeBufferPointer(rebasing: w[0..<count]), as: UTF8.self)
        }
    }

    /// A light English stemmer, so that "codes", "code", "arrived" and "arriving" meet: plural and
    /// verb endings come off, then a final "e".
    static func stem(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        var bytes = Array(word.utf8) + [0]
        var count = bytes.count - 1
        bytes.withUnsafeMutableBufferPointer { stem($0, &count) }
        return String(decoding: bytes[0..<count], as: UTF8.self)
    }

    /// Stems the ASCII word in the first `count` bytes of `w` (which has room for one more).
    static func stem(_ w: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int) {
        guard count > 3 else { return }
        /// Whether the word, without its last `dropping` bytes, ends with `suffix`.
        func ends(_ suffix: StaticString, dropping: Int = 0) -> Bool {
            let n = suffix.utf8CodeUnitCount, end = count - dropping
            guard end >= n else { return false }
            return suffix.withUTF8Buffer { s in (0..<n).allSatisfy { w[end - n + $0] == s[$0] } }
        }
        if ends("ies") && count > 4 {
            count -= 3
            w[count] = UInt8(ascii: "y")
            count += 1
        } else if ends("ing") && count > 5 {
            count -= 3
        } else if ends("ed") && count > 4 {
            count -= ends("e", dropping: 2) ? 1 : 2
        } else if ends("s") && !ends("ss") && !ends("us") {
            count -= 1
        }
        if ends("e") && count > 3 { count -= 1 }
    }
}

extension String {
    /// The text of a run of Unicode scalars, encoded straight into the string's storage: the
    /// generic `unicodeScalars.append(contentsOf:)` costs several times more, and tokenizing a
    /// ticket makes a string per word.
    init<S: Collection<Unicode.Scalar>>(scalars: S) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}

extension String {
    /// The string's Unicode scalars in one pass (`Array(unicodeScalars)` counts them first, which
    /// decodes the text twice).
    var scalarArray: [Unicode.Scalar] {
        // Decoded from the UTF-8 straight into the array's storage (the scalar view's iterator,
        // appended one by one, cost some 25 instructions a scalar). A String's UTF-8 is valid.
        var text = self
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
                var i = 0, n = 0
                while i < utf8.count {
                    let lead = UInt32(utf8[i])
                    let value: UInt32
                    if lead < 0x80 {
                        value = lead
                        i += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    (out.baseAddress! + n).initialize(to: Unicode.Scalar(value).unsafelyUnwrapped)
                    n += 1
                }
                count = n
            }
        }
    }

    /// Whether the UTF-8 text holds `other`'s bytes: the same text as written (knowledge texts
    /// are NFC alike), without Foundation's `contains`, which folds character clusters.
    func containsBytes(of other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { hay in
            other.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= hay.count, let first = needle.first else { return false }
                var i = 0
                while i <= hay.count - needle.count {
                    if hay[i] == first, memcmp(hay.baseAddress! + i, needle.baseAddress!, needle.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 text holds `byte`, read from contiguous storage where it can be.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (line breaks are kept), as copied text has them.
    var trimmingSpaces: SubSequence {
        var s = self[...]
        while let f = s.first, f.isWhitespace, !f.isNewline { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace, !l.isNewline { s = s.dropLast() }
        return s
    }
}

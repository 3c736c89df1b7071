/// A value read out in kana, one character's name at a time with marks between them, as a writer
/// spells a password over the phone: «ジェー、オー、ユー、ハイフン、4、4», «大文字のダブリュー、小文字の
/// アイ、エヌ、…», «なな・さん・ぜろ・はち». Five names or more with a letter among them, or four
/// digits or more named in kana (no count of things has its digits parted by «・»). The run starts
/// with a name in kana, after which single Latin letters and digits count too. One pass.
enum KanaReadOut {
    enum Kind { case letter, digit, symbol }

    /// The names of Latin letters in katakana, longest first where one begins another («エイチ»,
    /// «エイ»).
    static let letters = TriageText.words([
        "エー", "エイチ", "エイ", "ビー", "シー", "ディー", "デー", "イー", "エフ", "ジー", "エッチ", "アイ", "ジェー", "ジェイ", "ケー", "ケイ",
        "エル", "エム", "エヌ", "オー", "ピー", "キュー", "アール", "エス", "ティー", "テー", "ユー", "ブイ", "ヴィー", "ダブリュー",
        "ダブリュ", "ダブル", "エックス", "ワイ", "ゼット", "ゼッド", "ズィー",
    ])
    /// The names of digits, in hiragana and katakana.
    static let digits = TriageText.words([
        "ぜろ", "れい", "まる", "いち", "に", "さん", "よん", "し", "ご", "ろく", "なな", "しち", "はち", "きゅう", "きゅー", "く",
        "ゼロ", "レイ", "マル", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "シチ", "ハチ", "キュウ",
    ])
    /// The names of symbols.
    static let symbols = TriageText.words([
        "ハイフン", "マイナス", "アンダーバー", "アンダースコア", "ドット", "ピリオド", "アットマーク", "シャープ", "エクスクラメーションマーク",
        "エクスクラメーション", "ビックリマーク", "びっくりマーク", "スラッシュ", "アスタリスク", "プラス", "アンパサンド", "アンド", "ドル",
        "コロン", "カンマ", "クエスチョン", "はてな", "パーセント", "イコール", "チルダ",
    ])
    /// Words before a name that tell its case or kind, or go on with the list: «大文字の», «数字の», «それから».
    static let qualifiers = TriageText.words([
        "大文字の", "小文字の", "大文字", "小文字", "数字の", "数字", "記号の", "記号", "英字の", "半角の", "全角の", "それから", "そして",
        "次に", "最後に", "続けて", "あとは",
    ])
    /// What may follow the last name in hiragana: «…さんです», «…ぜろと入れました».
    static let endings = TriageText.words(["です", "でした", "だ", "と", "って"])

    /// The names by their first scalar, longest first.
    static let names: [Unicode.Scalar: [([Unicode.Scalar], Kind)]] = {
        var table: [Unicode.Scalar: [([Unicode.Scalar], Kind)]] = [:]
        for (words, kind) in [(letters, Kind.letter), (digits, .digit), (symbols, .symbol)] {
            for word in words { table[word[0], default: []].append((word, kind)) }
        }
        return table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }()
    static let qualifiersByFirst = Dictionary(grouping: qualifiers, by: { $0[0] })
    static let firsts = ScalarBits(Array(names.keys) + qualifiers.map { $0[0] })

    /// The marks between names (folded: "，" is ",").
    static let marks: Set<Unicode.Scalar> = ["、", ",", "・", " "]

    static func isKanji(_ c: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(c.value) }

    /// Whether `a` and `b` are of one script, so that a word would run on from one to the other.
    static func sameScript(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        Redactor.isKatakana(a) && Redactor.isKatakana(b) || Tokenizer.isHiragana(a) && Tokenizer.isHiragana(b) || isKanji(a) && isKanji(b)
    }

    static func spans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard firsts.mayContain(s[i]), i == 0 || !sameScript(s[i - 1], s[i]), let first = name(s, at: i, kanaOnly: true) else {
                i += 1
                continue
            }
            var count = 0, kana = 0, kanaDigits = 0, letter = false, digitsOnly = true
            var end = first.end, next: (end: Int, kind: Kind, kana: Bool)? = first
            while let t = next {
                count += 1
                if t.kana { kana += 1 }
                if t.kana && t.kind == .digit { kanaDigits += 1 }
                letter = letter || t.kind == .letter
                digitsOnly = digitsOnly && t.kind == .digit
                end = t.end
                var k = end
                while k < s.count, k - end < 3, marks.contains(s[k]) { k += 1 }
                next = k > end ? name(s, at: k, kanaOnly: false) : nil
            }
            if kana >= 2 && (count >= 5 && letter || digitsOnly && count >= 4 && kanaDigits >= 3) {
                spans.append(i..<end)
            }
            i = max(end, i + 1)
        }
        return spans
    }

    /// The name (past any qualifiers) at `i`, where it ends as a word: its end, its kind and whether
    /// it is in kana; a single Latin letter or digit too, unless `kanaOnly`.
    static func name(_ s: [Unicode.Scalar], at i: Int, kanaOnly: Bool) -> (end: Int, kind: Kind, kana: Bool)? {
        var j = i
        for _ in 0..<3 {
            guard j < s.count, let q = qualifiersByFirst[s[j]]?.first(where: { TriageText.matches(s, j, $0) }) else { break }
            j += q.count
        }
        guard j < s.count else { return nil }
        if !kanaOnly, let a = Redactor.ascii(s[j]), Redactor.isLetter(a) || Redactor.isDigit(a) {
            let alone = j + 1 == s.count || !Redactor.isLetter(s[j + 1]) && !Redactor.isDigit(s[j + 1])
            return alone ? (j + 1, Redactor.isDigit(a) ? .digit : .letter, false) : nil
        }
        guard let candidates = names[s[j]] else { return nil }
        for (word, kind) in candidates where TriageText.matches(s, j, word) {
            let e = j + word.count
            if e == s.count || !sameScript(word[word.count - 1], s[e]) || Tokenizer.isHiragana(s[e]) && TypedSecret.starts(s, e, endings) {
                return (e, kind, true)
            }
        }
        return nil
    }
}

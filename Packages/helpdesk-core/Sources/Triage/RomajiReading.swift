/// A ticket in romaji, typed without Japanese input («OMUID no pasuwado wo wasurete
/// shimaimashita»), read as Japanese where the knowledge can: each synonym written in Latin
/// letters becomes its group's Japanese (pasuwado → パスワード; a loanword the katakana it spells,
/// sumaho → スマホ), the particles between them their kana (wo → を) and the screens' words
/// their Japanese (`words`: saisettei → 再設定), joined without the spaces
/// romaji puts between words. The entries' Japanese keywords («パスワードを忘れ»), bigrams and
/// examples then weigh it as they weigh the same ticket typed in Japanese; alone, a synonym is
/// one term where the Japanese is several bigrams and a keyword. Other words stay as written.
struct RomajiReading: Sendable {
    /// Each synonym group's first member, when it is written in Japanese (a group led by a
    /// Latin name, «omuid», «google authenticator», is written so in Japanese too).
    let heads: [[Unicode.Scalar]?]
    /// Each group's members in katakana by their loose romaji (sumaho → スマホ, keetai → ケータイ):
    /// a loanword is read as the person would have typed it, not as the group's head
    /// (スマートフォン), whose extra bigrams would weigh what the ticket never said.
    let katakana: [[String: [Unicode.Scalar]]]

    static let particles: [String: String] = [
        "wo": "を", "no": "の", "ga": "が", "ni": "に", "wa": "は", "de": "で", "mo": "も", "to": "と", "kara": "から", "made": "まで",
    ]

    /// The words of the pages' screens and steps that no synonym group holds, each as written on
    /// the pages («saisettei no tsuuchi meeru» → 再設定の通知メール, «henkou botan» → 変更ボタン,
    /// «akaji» → 赤字): the entries' keywords and bigrams are in these words. Each spelling a
    /// keyboard gives: long vowels doubled or left out.
    static let words: [String: String] = [
        "saisettei": "再設定", "saisetei": "再設定", "saihakkou": "再発行", "saihakko": "再発行", "tsuuchi": "通知", "tsuchi": "通知",
        "meeru": "メール", "meru": "メール", "adoresu": "アドレス", "meruado": "メルアド", "henkou": "変更", "henko": "変更",
        "gamen": "画面", "botan": "ボタン", "akaji": "赤字", "kakunin": "確認", "nyuuryoku": "入力", "nyuryoku": "入力",
        "tetsuzuki": "手続き", "tetsuduki": "手続き", "kigen": "期限", "settei": "設定", "setei": "設定", "tesuto": "テスト",
        "kaijo": "解除", "kaijyo": "解除", "tsugi": "次", "hyouji": "表示", "hyoji": "表示", "saisou": "再送", "soushin": "送信",
        "sakujo": "削除", "tanmatsu": "端末", "toroku": "登録", "touroku": "登録", "kaishi": "開始", "riyou": "利用", "riyo": "利用",
    ]

    /// A ticket in romaji with its long vowels written as a Japanese keyboard's «ー» key types
    /// them, a hyphen («pasuwa-do», «me-ru», «po-taru»), with the vowel doubled instead
    /// (pasuwaado, meeru, pootaru), as the synonyms and `words` spell them. Only after a consonant
    /// and a vowel and before a letter, and not in an English word a romaji ticket may hold
    /// ("e-mail", "wi-fi", "re-send", "one-time").
    static func longVowels(_ text: TriageText) -> TriageText {
        let s = text.scalars
        guard s.contains("-") else { return text }
        func letter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
        func vowel(_ c: Unicode.Scalar) -> Bool { "aiueo".unicodeScalars.contains(c) }
        var out = s
        var changed = false
        var k = 2
        while k + 1 < s.count {
            defer { k += 1 }
            guard s[k] == "-", vowel(s[k - 1]), letter(s[k - 2]), !vowel(s[k - 2]), letter(s[k + 1]) else { continue }
            // The word the hyphen stands in.
            var a = k, b = k + 1
            while a > 0, letter(s[a - 1]) || s[a - 1] == "-" { a -= 1 }
            while b < s.count, letter(s[b]) || s[b] == "-" { b += 1 }
            let word = String(scalars: s[a..<b])
            guard !englishHyphenated.contains(word), !englishPrefixes.contains(where: word.hasPrefix) else { continue }
            out[k] = s[k - 1]
            changed = true
        }
        return changed ? TriageText(normalised: out) : text
    }

    static let englishHyphenated: Set<String> = [
        "wi-fi", "one-time", "log-in", "sign-in", "set-up", "two-factor", "e-mail", "pre-registration", "follow-up", "check-in", "time-out",
        "drop-down", "pop-up", "make-up", "sign-up", "so-called", "to-do",
    ]
    static let englishPrefixes = ["re-", "pre-", "co-", "non-", "multi-", "semi-", "anti-"]

    init(groups: [[String]]) {
        heads = groups.map { words in
            words.first.flatMap { $0.unicodeScalars.contains(where: TriageText.isJapanese) ? TriageText($0).scalars : nil }
        }
        katakana = groups.map { words in
            var byRomaji: [String: [Unicode.Scalar]] = [:]
            for word in words {
                if let romaji = KanaRomaji.romaji(ofKatakana: word), case let key = KanaRomaji.loose(romaji), byRomaji[key] == nil {
                    byRomaji[key] = TriageText(word).scalars
                }
            }
            return byRomaji
        }
    }

    /// `text` read so; `synonyms` are its synonym matches. With `kana`, `text` is a ticket in
    /// katakana read in hiragana (`KatakanaTicket`): its synonyms in kana are read so too, and
    /// no space is kept between Japanese pieces.
    func read(_ text: TriageText, synonyms: [PhraseMatcher<Int>.Match], kana: Bool = false) -> TriageText {
        let s = text.scalars
        // At each position, the longest synonym in Latin letters (or kana) that has a Japanese head.
        var longest: [Int: (end: Int, head: [Unicode.Scalar])] = [:]
        for match in synonyms {
            guard var head = heads[match.payload], kana || !TriageText.isJapanese(s[match.range.lowerBound]) else { continue }
            let written = s[match.range]
            let romaji = kana ? KanaRomaji.romaji(ofKatakana: KatakanaTicket.katakana(written)) ?? "" : String(scalars: written)
            if !katakana[match.payload].isEmpty, let loanword = katakana[match.payload][KanaRomaji.loose(romaji)] {
                head = loanword
            }
            if match.range.upperBound > longest[match.range.lowerBound]?.end ?? 0 { longest[match.range.lowerBound] = (match.range.upperBound, head) }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        // A space is kept only between two pieces that are not Japanese.
        var space = false
        var lastJapanese = false
        func append(_ piece: some Sequence<Unicode.Scalar>, japanese: Bool) {
            if space && !japanese && !lastJapanese && !out.isEmpty { out.append(" ") }
            space = false
            out.append(contentsOf: piece)
            lastJapanese = japanese
        }
        var i = 0
        while i < s.count {
            if let (end, head) = longest[i] {
                append(head, japanese: true)
                i = end
            } else if TriageText.isWordCharacter(s[i]) {
                var j = i
                while j < s.count, TriageText.isWordCharacter(s[j]) { j += 1 }
                let word = String(scalars: s[i..<j])
                if let japanese = Self.particles[word] ?? Self.words[word] {
                    append(japanese.unicodeScalars, japanese: true)
                } else {
                    append(s[i..<j], japanese: false)
                }
                i = j
            } else if s[i] == " " {
                space = true
                i += 1
            } else {
                append(CollectionOfOne(s[i]), japanese: kana && TriageText.isJapanese(s[i]))
                i += 1
            }
        }
        return TriageText(String(scalars: out[...]))
    }
}

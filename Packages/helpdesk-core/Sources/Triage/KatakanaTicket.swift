/// A ticket in Japanese written in katakana alone («ﾊﾟｽﾜｰﾄﾞ ﾜｽﾚﾏｼﾀ。OMUIDﾊ ﾜｶﾘﾏｽ», as half-width
/// input or a phone without kana-to-kanji conversion types it). Read in hiragana, its words meet
/// the kana spellings the synonym groups list (わすれました, きげんぎれ, かくにんこーど, ぱすわーど),
/// which `RomajiReading` then writes as their group's Japanese, as it does for a ticket in romaji.
/// (Tickets in hiragana alone are read as written: joining their words and keeping katakana
/// words as written was tried, and ranked the labelled tickets worse.)
enum KatakanaTicket {
    /// Whether the ticket's Japanese is katakana: eight katakana at least, and hiragana and
    /// kanji together at most a tenth as many (a stray 「様」 aside). Katakana words inside a
    /// ticket written with kanji (ﾊﾟｽﾜｰﾄﾞ忘れました) are not.
    static func isKatakana(_ text: TriageText) -> Bool {
        var katakana = 0, other = 0
        for s in text.scalars {
            if TriageText.isKatakana(s) {
                katakana += 1
            } else if TriageText.isJapanese(s), s.value != 0x30FC, s.value != 0x30FB {
                other += 1
            }
        }
        return katakana >= 8 && other * 10 <= katakana
    }

    /// `text` with its katakana as hiragana (ア → あ, ヴ → ゔ); the long vowel mark and all else kept,
    /// one scalar for one, so ranges in it are ranges in `text`.
    static func hiragana(_ text: TriageText) -> TriageText {
        TriageText(normalised: text.scalars.map { s in
            (0x30A1...0x30F6).contains(s.value) ? Unicode.Scalar(s.value - 0x60)! : s
        })
    }

    /// The katakana of a word in hiragana: the loanword as written (すまほ → スマホ).
    static func katakana(_ hiragana: some Sequence<Unicode.Scalar>) -> String {
        String(scalars: hiragana.map { (0x3041...0x3096).contains($0.value) ? Unicode.Scalar($0.value + 0x60)! : $0 })
    }
}

/// A value of kana or kanji mixed with Latin letters or digits after a password's cue and a colon
/// («パスワード: すずらん畑31», «PW：ﾂﾊﾞｷ3Qa»): a password typed with Japanese input on, which the
/// page refuses and the writer pastes. It runs to a space, a mark or the line's end and ends in a
/// Latin letter or a digit, none of its digits a count («パスワード：英数字8文字以上» is the rule, not a
/// value). One pass over the colons of the text.
enum KanaValue {
    /// Hiragana, katakana (half width too) or a kanji.
    static func isKana(_ c: Unicode.Scalar) -> Bool {
        Redactor.isJapanese(c) && !marks.contains(c)
    }

    /// Japanese marks, which end a value.
    static let marks: Set<Unicode.Scalar> = ["、", "。", "「", "」", "『", "』", "・", "〜", "【", "】", "〈", "〉", "《", "》", "｡", "｢", "｣", "､"]

    /// The marks a value's word may hold.
    static let symbols: Set<Unicode.Scalar> = ["_", "-", ".", "!", "#", "@", "$", "%", "&", "*", "+"]

    static func spans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for i in s.indices where s[i] == ":" || s[i] == "=" {
            var b = i
            while b > 0, i - b < 3, s[b - 1] == " " { b -= 1 }
            guard b > 0, CueSentence.cueLasts.mayContain(s[b - 1]), CueSentence.cues.contains(where: { cue in
                b >= cue.count && TriageText.matches(s, b - cue.count, cue) && Redactor.standsAsWord(cue, in: s, at: b - cue.count)
            }) else { continue }
            var j = i + 1
            while j < s.count, j - i <= 3, s[j] == " " { j += 1 }
            var e = j, kana = false, latin = false, count = false
            while e < s.count, e - j < 24 {
                let c = s[e]
                if isKana(c) {
                    // Digits before Japanese are a count («8文字»).
                    if e > j, Redactor.isDigit(s[e - 1]) { count = true }
                    kana = true
                } else if c.isASCII && (Redactor.isLetter(c) || Redactor.isDigit(c)) {
                    latin = true
                } else if !symbols.contains(c) {
                    break
                }
                e += 1
            }
            guard kana, latin, !count, e > j, Redactor.isLetter(s[e - 1]) || Redactor.isDigit(s[e - 1]),
                e == s.count || Redactor.isSpace(s[e]) || ["、", "。", ",", ")", "）", "」"].contains(s[e])
            else { continue }
            spans.append(j..<e)
        }
        return spans
    }
}

/// Passwords typed with Japanese input on, which the page refuses and the writer pastes:
/// - kana or kanji mixed with Latin letters or digits after a password's cue and a colon
///   («パスワード: すずらん畑31», «PW：ﾂﾊﾞｷ3Qa»), to a space, a mark or the line's end, ending in a
///   Latin letter or a digit, none of its digits a count («パスワード：英数字8文字以上» is the rule, not
///   a value);
/// - kana quoted or set off by spaces after «パスワードに»/«パスワードを», before a quotative verb of
///   entry (`quotedEntry`).
/// One pass over the colons and one over the particles of the text.
enum KanaValue {
    /// Hiragana, katakana (half width too) or a kanji.
    static func isKana(_ c: Unicode.Scalar) -> Bool {
        Redactor.isJapanese(c) && !marks.contains(c)
    }

    /// Japanese marks, which end a value.
    static let marks: Set<Unicode.Scalar> = ["、", "。", "「", "」", "『", "』", "・", "〜", "【", "】", "〈", "〉", "《", "》", "｡", "｢", "｣", "､"]

    /// The marks a value's word may hold.
    static let symbols: Set<Unicode.Scalar> = ["_", "-", ".", "!", "#", "@", "$", "%", "&", "*", "+"]

    /// Kana or kanji and Latin letters or digits, ending in a Latin letter or a digit, no digit
    /// before Japanese (a count: «8文字»).
    static func isMixed(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = word.last, isLatin(last) else { return false }
        var kana = false, latin = false
        for k in word.indices {
            guard isPart(word[k]) else { return false }
            if isKana(word[k]) {
                if k > word.startIndex, Redactor.isDigit(word[k - 1]) { return false }
                kana = true
            }
            latin = latin || isLatin(word[k])
        }
        return kana && latin
    }

    /// A Latin letter or a digit (folded: half width).
    static func isLatin(_ c: Unicode.Scalar) -> Bool { c.isASCII && (Redactor.isLetter(c) || Redactor.isDigit(c)) }

    /// A character such a value may hold: kana (or kanji, unless `kanjiToo` is false), a Latin
    /// letter or a digit, a symbol.
    static func isPart(_ c: Unicode.Scalar, kanjiToo: Bool = true) -> Bool {
        isKana(c) && (kanjiToo || !KanaReadOut.isKanji(c)) || isLatin(c) || symbols.contains(c)
    }

    static func spans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        afterColon(s) + quotedEntry(s)
    }

    /// The quotative verbs of entry: what stands before them is what was typed («…と入れた»).
    static let quotative = TriageText.words(["と入れ", "と入力", "と打", "と設定", "って入れ", "って打", "って入力", "って設定", "と登録"])
    /// Words of kana that name a kind of characters, not a value («パスワードに「カタカナ」と…»).
    static let kinds: Set<String> = ["ひらがな", "カタカナ", "かな", "カナ", "ローマじ", "すうじ", "きごう"]

    /// Kana typed into the password, after «パスワードに» or «パスワードを», in quotes or between spaces,
    /// before a quotative verb of entry: «新しいパスワードに すみれそう と入れたら», «パスワードを「おこのみやき」と
    /// 打って». Four characters or more, no kanji (a word of kanji names a kind: «「記号」»).
    static func quotedEntry(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for p in s.indices where s[p] == "を" || s[p] == "に" {
            guard TypedSecret.ends(s, p, [TypedSecret.passwordCue]) else { continue }
            var j = p + 1
            var close: Unicode.Scalar = " "
            if j < s.count, s[j] == "「" || s[j] == "『" {
                close = s[j] == "「" ? "」" : "』"
                j += 1
            } else {
                guard j < s.count, s[j] == " " else { continue }
                while j < s.count, s[j] == " " { j += 1 }
            }
            var e = j
            while e < s.count, e - j < 24, isPart(s[e], kanjiToo: false) { e += 1 }
            guard e - j >= 4, e < s.count, s[e] == close, !kinds.contains(String(scalars: s[j..<e])) else { continue }
            var k = e + (close == " " ? 0 : 1)
            while k < s.count, s[k] == " " { k += 1 }
            if TypedSecret.starts(s, k, quotative) { spans.append(j..<e) }
        }
        return spans
    }

    /// After a password's cue and a colon (see the type's note).
    static func afterColon(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for i in s.indices where s[i] == ":" || s[i] == "=" {
            var b = i
            while b > 0, i - b < 3, s[b - 1] == " " { b -= 1 }
            guard b > 0, CueSentence.cueLasts.mayContain(s[b - 1]), CueSentence.cues.contains(where: { cue in
                b >= cue.count && TriageText.matches(s, b - cue.count, cue) && Redactor.standsAsWord(cue, in: s, at: b - cue.count)
            }) else { continue }
            var j = i + 1
            while j < s.count, j - i <= 3, s[j] == " " { j += 1 }
            var e = j
            while e < s.count, e - j < 24, isPart(s[e]) { e += 1 }
            guard e == s.count || Redactor.isSpace(s[e]) || ["、", "。", ",", ")", "）", "」"].contains(s[e]), isMixed(s[j..<e]) else { continue }
            spans.append(j..<e)
        }
        return spans
    }
}

/// Values later in a password cue's sentence, with words or marks between the cue and the
/// value: after a colon, a typed value or quoted words that end the sentence ("my password
/// contains a yen sign: Kome¥2024", "has spaces: "green tea under pines""); before a copula («パスワードは愛犬の名前でPochiです», «パスワードは、たしか
/// Hanamizuki か何かだった»); a typed value after "is" that ends the sentence, or before a verb of use
/// («…で xiaoyu2031 を使っています»); digits alone before a copula or a verb of entry where no other
/// number is named («案内の紙にある 58203174 を入れても»). One pass; a sentence's end forgets the cue.
enum CueSentence {
    /// The cues of a password (not of a code or a key, whose values have shapes of their own).
    static let cues = TriageText.words(["パスワード", "ぱすわーど", "パス", "暗証番号", "passphrase", "pass phrase", "password", "passwd", "pwd", "pw"])
    static let cueFirsts = ScalarBits(cues.map { $0[0] })
    static let cueLasts = ScalarBits(cues.map { $0[$0.count - 1] })
    /// Verbs of entry, after which a colon or commas set a typed value off as a cue's do ("I typed
    /// the at-sign in full-width: Ｒｙｏｋａｎ＠７ — …").
    static let entries = TriageText.words(["typed", "entered", "input", "inputted", "入力", "入れ", "打ち込",
                                           // Verbs of setting: "I set it to a word in romaji, kawasemi2031, so that…".
                                           "set", "changed", "chose", "picked", "registered"])
    static let entryFirsts = ScalarBits(entries.map { $0[0] })
    static let cuesByFirst = Dictionary(grouping: cues, by: { $0[0] })
    static let entriesByFirst = Dictionary(grouping: entries, by: { $0[0] })

    /// The word of `table` (keyed by its first scalar) that stands as a word at `i`, if one does.
    static func word(at i: Int, in s: [Unicode.Scalar], _ table: [Unicode.Scalar: [[Unicode.Scalar]]]) -> [Unicode.Scalar]? {
        table[s[i]]?.first { TriageText.matches(s, i, $0) && Redactor.standsAsWord($0, in: s, at: i) }
    }

    /// The password's cue (not a one-time password's) that starts at `i`, if one does; a Latin one
    /// where its word starts.
    static func passwordCue(at i: Int, in s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard cueFirsts.mayContain(s[i]), !(s[i].isASCII && i > 0 && Redactor.isLetter(s[i - 1])), let cue = word(at: i, in: s, cuesByFirst), !oneTime(s, i)
        else { return nil }
        return cue
    }

    /// What follows a value named in a Japanese sentence: «…です», «…か何か», «…だと思います».
    static let copulas = TriageText.words(["です", "でした", "だった", "だと", "だよ", "か何か", "かなにか", "かも", "と思", "でしょう", "だけです", "だけでした"])

    static let copulaFirsts = ScalarBits(copulas.map { $0[0] })
    /// An address's colon ("https://…"): no value after it.
    static let scheme = Array("://".unicodeScalars)

    static func spans(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var cueSeen = false, entrySeen = false, numberSeen = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if endsSentence(s, i) {
                (cueSeen, entrySeen, numberSeen) = (false, false, false)
                i += 1
                continue
            }
            // A Latin word is looked up where it starts only.
            let starts = !(c.isASCII && i > 0 && Redactor.isLetter(s[i - 1]))
            if starts, numberFirsts.mayContain(c), namesNumber(s, at: i) { numberSeen = true }
            if starts, let cue = passwordCue(at: i, in: s) {
                cueSeen = true
                i += cue.count
                continue
            }
            if starts, entryFirsts.mayContain(c), let entry = word(at: i, in: s, entriesByFirst) {
                entrySeen = true
                i += entry.count
                continue
            }
            guard cueSeen || entrySeen else { i += 1; continue }
            // A typed value set off by commas: "I entered the one I use for Gmail, ivyleaf2019, which…",
            // "the password has symbols, #!Qz@p^7x, and…".
            if c == ",", let r = commaValue(s, after: i, digitsToo: cueSeen) {
                spans.append(r)
                i = r.upperBound
                continue
            }
            if c == ":", !TriageText.matches(s, i, scheme) {
                var j = i + 1
                while j < s.count, j - i <= 3, s[j] == " " { j += 1 }
                if cueSeen, let quoted = quoted(s, from: j), endsValue(s, quoted.upperBound + 1, original) {
                    spans.append(quoted)
                    i = quoted.upperBound
                } else if let r = Redactor.valueWord(s, from: j), endsValue(s, r.upperBound, original),
                    // After a password's cue, a free word alone ends the sentence as its value: "(all caps,
                    // I know): MARIGOLDKITE.", «小文字だけに変えた:tanpopowataame».
                    Redactor.isTypedValue(r, s) || cueSeen && Redactor.isNamedValue(r, s, original)
                {
                    spans.append(r)
                    i = r.upperBound
                } else {
                    i = j
                }
                continue
            }
            if cueSeen, Redactor.isSecretCharacter(c), i == 0 || !Redactor.isSecretCharacter(s[i - 1]) {
                // A colon ends the word here: "a capital: Oliver" has its value after it; a comma
                // too, which may set a value off ("has no capitals, but I tried, KOMOREBI8, …").
                var e = i
                while e < s.count, Redactor.isSecretCharacter(s[e]), s[e] != ":", s[e] != "," { e += 1 }
                let after = TypedSecret.after(s, e)
                if after < s.count, copulaFirsts.mayContain(s[after]), TypedSecret.starts(s, after, copulas),
                    let r = Redactor.valueWord(s, from: i), r.upperBound <= e,
                    Redactor.isNamedValue(r, s, original) || !numberSeen && isDigitsValue(s[r])
                {
                    spans.append(r)
                } else if !numberSeen, TypedSecret.preceded(s, i, by: copulaWords), let r = Redactor.valueWord(s, from: i), r.upperBound <= e,
                    endsValue(s, r.upperBound, original), Redactor.isTypedValue(r, s)
                {
                    // A typed value after "is" that ends the cue's sentence: "The new password, which I set
                    // twice, is Kumo_Hashi_Road.".
                    spans.append(r)
                } else if after < s.count, TypedSecret.starts(s, after, used), let r = Redactor.valueWord(s, from: i), r.upperBound <= e,
                    Redactor.isTypedValue(r, s)
                {
                    // A typed value used, in a password's sentence: «パスワードにピンインで xiaoyu2031 を使っています».
                    spans.append(r)
                } else if !numberSeen, after < s.count, TypedSecret.starts(s, after, entered), let r = Redactor.valueWord(s, from: i), r.upperBound <= e,
                    isDigitsValue(s[r], datesToo: true)
                {
                    // Digits alone, entered, where no other number is named: «…のパスワード、案内に書いて
                    // ある 58203174 を入れても».
                    spans.append(r)
                }
                i = max(e, i + 1)
                continue
            }
            i += 1
        }
        return spans
    }

    /// Verbs of use after a value.
    static let used = TriageText.words(["を使っ", "を使い", "を使用", "を使う"])

    /// English copulas before a value.
    static let copulaWords = TriageText.words(["is", "was", "is still", "was still", "is now", "was just", "is just"])

    /// Japanese verbs of entry after a value.
    static let entered = TriageText.words(["を入れ", "を入力", "を打", "と入れ", "と入力", "と打", "って入れ", "って入力", "って打", "を試", "で試", "も試",
                                           "で入力", "で入れ", "でログイン",
                                           // Set as it: «誕生日の8桁で 19991231 にしていました».
                                           "にして", "にしま", "にした", "に設定", "と設定", "とした", "としま", "に変更"])

    /// The names of other numbers, after which digits in the sentence may be theirs: a student's or
    /// staff number, a phone's. Not "a number" (a digit the rules ask for), nor the student number
    /// system («学籍番号確認システム», whose password is digits).
    static let numberNames = TriageText.words(["学籍番号", "職員番号", "番号", "student number", "staff number", "employee number", "id number", "my number",
                                               "his number", "her number", "contact number", "phone", "tel", "電話"])
    static let numberFirsts = ScalarBits(numberNames.map { $0[0] })
    static let studentNumberSystem = Array("学籍番号確認".unicodeScalars)

    /// Whether a number's name stands at `i`: not the system's («学籍番号確認»), nor «番号» inside
    /// a longer name looked at already, or a PIN's («暗証番号», which is a cue).
    static func namesNumber(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        if s[i] == "番", i > 0, ["籍", "員", "証"].contains(s[i - 1]) { return false }
        return !TriageText.matches(s, i, studentNumberSystem) && numberNames.contains { TriageText.matches(s, i, $0) && Redactor.standsAsWord($0, in: s, at: i) }
    }

    /// Six digits or more alone, and not a date (20240415 is a day the writer names), unless
    /// `datesToo`: entered or set as the password, a birthday is the value.
    static func isDigitsValue(_ word: ArraySlice<Unicode.Scalar>, datesToo: Bool = false) -> Bool {
        guard word.count >= 6, word.allSatisfy(Redactor.isDigit) else { return false }
        if datesToo { return true }
        guard word.count == 8, let year = Int(String(scalars: word.prefix(4))), let month = Int(String(scalars: word.dropFirst(4).prefix(2))),
            let day = Int(String(scalars: word.suffix(2)))
        else { return true }
        return !((1950...2039).contains(year) && (1...12).contains(month) && (1...31).contains(day))
    }

    /// The typed value after the comma at `i`, if a comma, a dash or the sentence's end follows
    /// it at once.
    /// `digitsToo`: six digits or more alone are a value too (a password's cue stands in the
    /// sentence: "she used my birthday as the password, 20050917.").
    static func commaValue(_ s: [Unicode.Scalar], after i: Int, digitsToo: Bool) -> Range<Int>? {
        var j = i + 1
        while j < s.count, j - i <= 2, s[j] == " " { j += 1 }
        guard j > i + 1, let r = Redactor.valueWord(s, from: j), Redactor.isTypedValue(r, s, digitsToo: digitsToo) else { return nil }
        var k = r.upperBound
        if k < s.count, s[k] == "," || s[k] == ";" { return r }
        if k < s.count, s[k] == ".", k + 1 == s.count || Redactor.isSpace(s[k + 1]) { return r }
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && (s[k] == "—" || s[k] == "–") ? r : nil
    }

    /// Whether the value after a colon ends its sentence there, as a value does ("a yen sign:
    /// Kome¥2024. On my Mac…"; not "(activation): red text under…", which goes on): past its
    /// closing punctuation, Japanese; or past spaces too, the sentence's end or the text's end.
    static func endsValue(_ s: [Unicode.Scalar], _ end: Int, _ original: [Unicode.Scalar]) -> Bool {
        var k = end
        while k < s.count, Redactor.trailing.contains(s[k]) || s[k] == "」" || s[k] == "』" || s[k] == ")" {
            if endsSentence(s, k) { return true }
            k += 1
        }
        // Japanese after it, or a full-width space, which parts Japanese phrases («：Mori¥2024　Macだと»).
        if k < s.count, Redactor.isJapanese(s[k]) || original[k].value == 0x3000 { return true }
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        // A dash goes on with a remark: "in full-width: Ｒｙｏｋａｎ＠７ — so that may be…".
        return k == s.count || s[k] == "\n" || endsSentence(s, k) || SpeltValue.setOff.contains(s[k]) && s[k] != ":"
    }

    /// Whether "one-time" stands before the cue: the one-time password is a code, whose shape is
    /// read elsewhere (and "…password from outside: "Authentication failed"" quotes a message).
    static func oneTime(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        ["one-time ", "one time ", "onetime "].contains { word in
            let w = Array(word.unicodeScalars)
            return i >= w.count && TriageText.matches(s, i - w.count, w)
        }
    }

    /// A sentence ends at a line's end, «。», "!" or "?", or a full stop before a space.
    static func endsSentence(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        switch s[i] {
        case "\n", "。": return true
        // Not inside a word: "#!Qz@p^7x" is one value.
        case "!", "?": return i + 1 == s.count || !Redactor.isSecretCharacter(s[i + 1]) || s[i + 1] == "!" || s[i + 1] == "?"
        case ".": return i + 1 == s.count || Redactor.isSpace(s[i + 1])
        default: return false
        }
    }

    /// A quoted value after a colon, on its line: words none of which tells how a value is
    /// ("quiet river under stars"; not "Authentication failed", a message quoted).
    static func quoted(_ s: [Unicode.Scalar], from j: Int) -> Range<Int>? {
        guard j < s.count, s[j] != "(", s[j] != "[", let close = Redactor.openers[s[j]],
            let end = s[(j + 1)..<min(s.count, j + 120)].firstIndex(of: close), end > j + 1
        else { return nil }
        let inside = s[(j + 1)..<end]
        guard !inside.contains("\n"), !inside.contains(where: Redactor.isJapanese), inside.contains(where: Redactor.isSecretCharacter)
        else { return nil }
        // Words that tell how a value is make a message, unless a digit or a symbol is typed among
        // words mostly free (`Redactor.isTypedPhrase`: 'yoru no umi 9').
        guard !Redactor.lowercasedWords(inside).contains(where: Redactor.notSecrets.contains) || Redactor.isTypedPhrase(inside) else { return nil }
        return (j + 1)..<end
    }
}

/// Values of letters alone or digits alone, which no shape tells from a word: they are read only
/// where their sentence says how a value is spelt, and what was done with them sets them off.
///
/// - A verb of entry after the word: «英字だけで tsukiyonoban と設定», «yukidaruma を入れてみたところ、
///   大文字と数字が必要».
/// - A verb of entry before it, where the word ends the phrase and reads as romaji (English words
///   follow such verbs all the time): "the rule needed digits and capitals, so I set it to
///   ohanamibiyori and…", "I entered it as tamagoyaki, all lowercase letters".
/// - A dash or a colon before it, after a password's cue, or before a word with a capital inside
///   it: "my password was only numbers — 19870614 —", "no numbers in mine at all:
///   QuietHarborMoon.", or digits after the spelling's word: "mine is all digits: 52019384";
///   before digits, "was" or "is" after a cue: "The temporary password shown
///   on the page was 73019264, only digits."
///
/// Digits alone are taken for a student's number (`Redactor.isOMUIDLike`) unless the sentence
/// names no number of another kind.
///
/// One pass over the sentences; a sentence is looked at word by word only when it speaks of
/// letters or digits.
enum SpeltValue {
    /// Words that tell how a value is spelt.
    static let spellings = TriageText.words([
        "lowercase", "lower case", "lower-case", "uppercase", "upper case", "upper-case", "capital", "capitals", "letters",
        "digits", "numbers", "numerals", "symbols", "alphabet", "英字", "英数", "数字", "大文字", "小文字", "記号", "アルファベット",
        "ローマ字", "半角英", "全角", "半角",
    ])
    /// Words that set a value off after a cue, as a dash does: "The temporary password shown on
    /// the page was 73019264, only digits".
    static let setOffWords = TriageText.words(["was", "is", "were"])
    /// Numbers that are no password: a student's or a staff member's number, told in the sentence.
    static let numberNames = TriageText.words(["学籍番号", "職員番号", "番号", "omuid", "id", "student", "staff", "number", "phone", "電話"])
    static let spellingFirsts = ScalarBits(spellings.map { $0[0] })
    /// The marks that set a value off in a sentence: "numbers — 19870614 —".
    static let setOff: Set<Unicode.Scalar> = ["—", "–", ":", "―", "(", "（"]
    /// Words a verb of entry takes that are no value: "I tried everything", "typed several".
    static let plainObjects: Set<String> = [
        "everything", "anything", "nothing", "several", "various", "another", "multiple", "combinations", "combination",
        "characters", "character", "again", "twice", "once", "times", "everywhere", "instead", "exactly", "carefully",
    ]

    static func spans(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || CueSentence.endsSentence(s, i) {
            defer { start = i + 1 }
            guard i > start, tellsSpelling(s, start..<i) else { continue }
            spans += values(s, original, in: start..<i)
        }
        return spans
    }

    static let spellingsByFirst = Dictionary(grouping: spellings, by: { $0[0] })

    /// Whether the sentence speaks of letters or digits. Latin words are tried where they start
    /// only, against the words that start as they do.
    static func tellsSpelling(_ s: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let c = s[i]
            if spellingFirsts.mayContain(c), !(c.isASCII && i > 0 && Redactor.isLetter(s[i - 1])), let words = spellingsByFirst[c] {
                for word in words where TriageText.matches(s, i, word) && Redactor.standsAsWord(word, in: s, at: i) { return true }
            }
            i += 1
        }
        return false
    }

    /// The values of letters or digits alone in a sentence that speaks of them.
    static func values(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar], in sentence: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var cueSeen = false
        // Whether the sentence names a number of another kind: looked for once, when digits first
        // ask (a long sentence of numbers stays linear).
        lazy var numbered = namesNumber(s, sentence)
        lazy var namesPerson = sentence.contains { i in personWords.contains { TriageText.matches(s, i, $0) } }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if CueSentence.cueFirsts.mayContain(s[i]), !(s[i].isASCII && i > 0 && Redactor.isLetter(s[i - 1])),
                let cue = CueSentence.word(at: i, in: s, CueSentence.cuesByFirst)
            {
                cueSeen = true
                i += cue.count
                continue
            }
            guard Redactor.isSecretCharacter(s[i]), i == 0 || !Redactor.isSecretCharacter(s[i - 1]) else { i += 1; continue }
            var end = i
            while end < sentence.upperBound, Redactor.isSecretCharacter(s[end]) { end += 1 }
            defer { i = end }
            guard let r = Redactor.valueWord(s, from: i), r.upperBound <= end else { continue }
            // A typed value set off after the spelling told ("mine is all capitals, HANSHINTIGERS85, …"),
            // or digits, or letters that read as romaji ("only numbers, 40719283 —", "no digits,
            // hanamizuki, is that why").
            if afterSpelling(s, r),
                Redactor.isTypedValue(r, s) || isSpelt(r, s) && (isDigits(r, s) && !numbered || Redactor.isFreeWord(r, s) && readsAsRomaji(s[r]))
            {
                spans.append(r)
                continue
            }
            // A typed value with a remark on its spelling right after it: "it's hamst3r9go, no capitals".
            if Redactor.isTypedValue(r, s), remarkAfter(s, r) {
                spans.append(r)
                continue
            }
            guard isSpelt(r, s) else { continue }
            // A verb of entry after the word («tsukiyonoban と設定»), or before it, or a dash after a
            // cue, where the word ends the phrase ("set it to ohanamibiyori and…"; not "input format
            // is not correct", "enter between 3 and 30").
            let typedAfter = TypedSecret.kinds(s, before: 0, after: TypedSecret.after(s, r.upperBound)).typed
            let typedBefore = TypedSecret.kinds(s, before: TypedSecret.before(s, r.lowerBound), after: s.count).typed
            // Digits alone read as a student's number unless the sentence names none
            // («数字だけの 20040719 にしていました»).
            // (Letters in a sentence about a person's name are the name: «氏名をローマ字(Nakamura Ken)で入れる».)
            let free = Redactor.isFreeWord(r, s) && !(s[r].allSatisfy(Redactor.isLetter) && namesPerson) || isDigits(r, s) && !numbered
            // A remark on how it is spelt right after it: "it's the letters-only one,
            // nightjarmeadow, all lower case", «hoshizoranomichi（全部小文字）» (not "my e-mail
            // address, all lower case", a noun after its determiner).
            if free, remarkAfter(s, r), !TypedSecret.qualified(s, r.lowerBound), !TypedSecret.preceded(s, r.lowerBound, by: nouns) {
                spans.append(r)
                continue
            }
            // Set off without a cue: a word of letters with a capital inside it ("There are no
            // numbers in mine at all: QuietHarborMoon.").
            // Or digits after a mark that follows the spelling told ("mine is all digits: 52019384").
            // (Words joined with capitals after a comma too: "letters only, QuietHarborMoon, and…".)
            let setOff = isSetOff(s, r) && (cueSeen || hasInnerCapital(original[r]) || isDigits(r, s) && markAfterSpelling(s, r))
                || hasInnerCapital(original[r]) && afterComma(s, r)
                // Or, after a cue, capitals after "is" ("the temporary password on the letter is
                // KWZPRMTQ — all capitals"), or a copula after it («パスワードは数字の ４０７１９２８３ です»).
                || cueSeen && (capitalsAfterCopula(s, original, r) || copulaAfter(s, r))
            // A word of letters after a verb of entry in English is a value only if it reads as
            // romaji: English words follow such verbs all the time.
            let readsAsValue = isDigits(r, s) || readsAsRomaji(s[r])
            if free && (typedAfter || typedBefore && readsAsValue && endsPhrase(s, r.upperBound))
                || (free || isDigits(r, s)) && setOff && endsPhrase(s, r.upperBound)
            {
                spans.append(r)
            }
        }
        return spans
    }

    /// Letters alone (five or more) or digits alone (four or more), and no word that tells the
    /// spelling itself or follows a verb of entry without being a value.
    static func isSpelt(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let word = s[r]
        guard word.count >= 5 && word.allSatisfy(Redactor.isLetter) || isDigits(r, s) else { return false }
        let text = String(scalars: word)
        return !plainObjects.contains(text) && !Redactor.qualifiers.contains(text) && !Redactor.remarkWords.contains(text)
            && !spellings.contains(Array(word))
    }

    /// Digits alone, four or more.
    static func isDigits(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool { r.count >= 4 && s[r].allSatisfy(Redactor.isDigit) }

    /// The marks and words that end a value's phrase.
    static let phraseEnds: Set<Unicode.Scalar> = [",", ";", "、", "—", "–", ")", "」", "』", "'", "\"", "”", "’",
                                                  // A remark in brackets after it: "is 58203917 (all numbers)".
                                                  "("]
    static let conjunctions = TriageText.words(["and ", "but ", "so ", "then ", "because ", "which "])

    /// Whether the phrase ends after the word, past spaces: the sentence's or the text's end, a
    /// comma or a dash, a conjunction, or Japanese.
    static func endsPhrase(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        var k = end
        while k < s.count, s[k] == " " { k += 1 }
        return k == s.count || CueSentence.endsSentence(s, k) || phraseEnds.contains(s[k]) || Redactor.isJapanese(s[k])
            || k > end && TypedSecret.starts(s, k, conjunctions)
    }

    /// Remarks on a value's spelling that follow it.
    static let remarksAfter = TriageText.words([
        "all lower", "all small", "all caps", "all capital", "all upper", "all in lower", "all in small", "all in capital", "all in upper",
        "no digits", "no numbers", "no number", "no capitals", "with no numbers", "with no digits", "with no capitals", "without numbers",
        "without digits", "without capitals", "lowercase only", "only lowercase", "letters only", "only letters", "digits only", "only digits",
        "全部小文字", "全部大文字", "全て小文字", "すべて小文字", "全て大文字", "すべて大文字", "小文字のみ", "小文字だけ", "大文字のみ", "数字なし", "数字無し", "英字のみ",
        "英字だけ", "数字のみ", "数字だけ", "in capitals", "in caps", "in lower case", "in lowercase", "in small letters", "in upper case", "in uppercase",
    ])

    /// Whether a remark on the spelling follows the word, past a closing quote, spaces and one
    /// mark (a comma, a dash, a bracket).
    static func remarkAfter(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.upperBound
        if k < s.count, Redactor.closingQuotes.contains(s[k]) { k += 1 }
        while k < s.count, s[k] == " " { k += 1 }
        if k < s.count, s[k] == "," || s[k] == "、" || s[k] == "—" || s[k] == "–" || s[k] == "(" { k += 1 }
        while k < s.count, s[k] == " " { k += 1 }
        return TypedSecret.starts(s, k, remarksAfter)
    }

    /// Nouns that make the word after them a noun too ("e-mail address").
    static let nouns = TriageText.words(["email", "e-mail", "mail", "user", "login", "account", "omu", "university", "school"])

    /// Whether a dash, a colon or a bracket stands before the word, past spaces; before digits,
    /// "was" or "is" too, a qualifier between ("was just 83920417"; a word of letters after them
    /// says how a thing is: "that part is sorted").
    static func isSetOff(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var b = r.lowerBound
        while b > 0, s[b - 1] == " " { b -= 1 }
        if b > 0 && setOff.contains(s[b - 1]) { return true }
        guard b < r.lowerBound, isDigits(r, s) else { return false }
        if let qualifier = qualifiers.first(where: { TypedSecret.ends(s, b, [$0]) }) {
            b -= qualifier.count
            while b > 0, s[b - 1] == " " { b -= 1 }
        }
        return TypedSecret.ends(s, b, setOffWords)
    }
    static let qualifiers = TriageText.words(["just", "only", "simply", "literally"])

    /// Whether a comma stands just before the word, past spaces.
    static func afterComma(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var b = r.lowerBound
        while b > 0, s[b - 1] == " " { b -= 1 }
        return b < r.lowerBound && b > 0 && (s[b - 1] == "," || s[b - 1] == "、")
    }

    /// Six letters or more written in capitals, none a word, after "is" or "was".
    static func capitalsAfterCopula(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 6, s[r].allSatisfy(Redactor.isLetter), original[r].allSatisfy({ ("A"..."Z").contains($0) || (0xFF21...0xFF3A).contains($0.value) }),
            !Redactor.notSecrets.contains(String(scalars: s[r]))
        else { return false }
        var b = r.lowerBound
        while b > 0, s[b - 1] == " " { b -= 1 }
        return b < r.lowerBound && TypedSecret.ends(s, b, setOffWords)
    }

    /// Whether a Japanese copula follows the word, past spaces: «… ４０７１９２８３ です».
    static func copulaAfter(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.upperBound
        while k < s.count, s[k] == " " { k += 1 }
        return TypedSecret.starts(s, k, CueSentence.copulas)
    }

    /// Whether the mark before the word follows a word that tells the spelling: "only numbers: …".
    static func markAfterSpelling(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var b = r.lowerBound
        while b > 0, s[b - 1] == " " { b -= 1 }
        guard b > 0, setOff.contains(s[b - 1]) else { return false }
        b -= 1
        while b > 0, s[b - 1] == " " { b -= 1 }
        return TypedSecret.ends(s, b, spellings)
    }

    /// Whether a comma or a colon sets the word off just after a word that tells the spelling
    /// ("all capitals, HANSHINTIGERS85,", "All in capitals: NAGAREBOSHI4."), and a comma or the
    /// sentence's end follows it.
    static func afterSpelling(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var b = r.lowerBound
        while b > 0, s[b - 1] == " " { b -= 1 }
        guard b > 0, s[b - 1] == "," || s[b - 1] == "、" || s[b - 1] == ":" else { return false }
        b -= 1
        return TypedSecret.ends(s, b, spellings) && endsPhrase(s, r.upperBound)
    }

    /// Whether a word of letters reads as romaji, syllable by syllable ("ohanamibiyori",
    /// "tamagoyaki", "tsukiyonoban"; not "things", "quickly", "undergrad"): a word of English
    /// after a verb of entry is no value ("trying things", "like normal").
    static func readsAsRomaji(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let w = Array(String(scalars: word).lowercased().unicodeScalars)
        let vowels: Set<Unicode.Scalar> = ["a", "i", "u", "e", "o"]
        let onsets = ["ky", "gy", "sh", "sy", "j", "jy", "ch", "cy", "ty", "ts", "ny", "hy", "by", "py", "my", "ry", "dy", "k", "g", "s", "z", "t", "d", "n", "h",
                      "b", "p", "m", "y", "r", "w", "f", "v"].map { Array($0.unicodeScalars) }
        var i = 0
        while i < w.count {
            if vowels.contains(w[i]) { i += 1; continue }
            // A doubled consonant (the small っ): "kk", "tt", "pp", "ss", "cch".
            if i + 1 < w.count, w[i] == w[i + 1], !vowels.contains(w[i]), w[i] != "n" || i + 2 < w.count && !vowels.contains(w[i + 2]) {
                i += 1
                continue
            }
            if w[i] == "c", i + 2 < w.count, w[i + 1] == "c", w[i + 2] == "h" { i += 1; continue }
            // The syllabic n: before a consonant, or last.
            if w[i] == "n", i + 1 == w.count || !vowels.contains(w[i + 1]) && w[i + 1] != "y" { i += 1; continue }
            guard let onset = onsets.first(where: { o in i + o.count < w.count && Array(w[i..<(i + o.count)]) == o && vowels.contains(w[i + o.count]) })
            else { return false }
            i += onset.count + 1
        }
        return true
    }

    /// Words of a person's name.
    static let personWords = TriageText.words(["氏名", "名前", "姓名", "full name", "my name", "surname", "family name", "first name"])

    /// Whether the sentence names a number of another kind.
    static func namesNumber(_ s: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        sentence.contains { i in numberNames.contains { TriageText.matches(s, i, $0) && Redactor.standsAsWord($0, in: s, at: i) } }
    }

    /// A capital after the first letter, and a small letter: "QuietHarborMoon" (not "NASA").
    static func hasInnerCapital(_ written: ArraySlice<Unicode.Scalar>) -> Bool {
        written.dropFirst().contains { ("A"..."Z").contains($0) } && written.contains { ("a"..."z").contains($0) } && written.count >= 8
    }
}

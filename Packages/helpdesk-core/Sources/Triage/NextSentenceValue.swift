/// A value told in the sentence after one that names a password, as that sentence's whole
/// subject or complement: «パスワードに英単語を並べました。maple cedar fog 6 です。», "Can the password be
/// digits only? Mine is 60221407 (an old phone number).", "I can't recall the capitals. I believe it
/// is harborlight5." The sentence before names a password (`CueSentence.cues`); the value holds a
/// digit, and digits alone only where that sentence speaks of digits (else they may be a
/// student's number given). One pass over the sentences.
enum NextSentenceValue {
    /// What opens an English sentence that tells the value, after a hedge or none.
    static let hedges = TriageText.words(["i believe ", "i think ", "i guess ", "probably ", "maybe "])
    static let openers = TriageText.words(["mine is ", "mine was ", "it is ", "it's ", "it’s ", "it was ", "it should be ", "it must be "])
    /// The longest a Japanese value may be, and the most words in it.
    static let longest = 40, mostWords = 6

    static func spans(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        var before: Range<Int>?
        for i in 0...s.count where i == s.count || CueSentence.endsSentence(s, i) {
            defer { start = i + 1 }
            guard i > start else { continue }
            if let before, let r = value(s, original, in: start..<i),
                s[r].contains(where: { Redactor.isLetter($0) || isKana($0) }) || SpeltValue.tellsSpelling(s, before)
            {
                spans.append(r)
            }
            before = namesPassword(s, start..<i) ? start..<i : nil
        }
        return spans
    }

    /// Whether the sentence names a password (not a one-time one).
    static func namesPassword(_ s: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        sentence.contains { CueSentence.passwordCue(at: $0, in: s) != nil }
    }

    /// The value the sentence is made of, if it is one.
    static func value(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar], in sentence: Range<Int>) -> Range<Int>? {
        var a = sentence.lowerBound
        while a < sentence.upperBound, Redactor.isSpace(s[a]) { a += 1 }
        guard a < sentence.upperBound else { return nil }
        return english(s, from: a, sentence) ?? japanese(s, original, from: a, sentence)
    }

    /// "Mine is 60221407", "I believe it is harborlight5": a typed value, or six digits or more,
    /// that ends its phrase.
    static func english(_ s: [Unicode.Scalar], from a: Int, _ sentence: Range<Int>) -> Range<Int>? {
        var j = a
        if let hedge = hedges.first(where: { TriageText.matches(s, j, $0) }) { j += hedge.count }
        guard let opener = openers.first(where: { TriageText.matches(s, j, $0) }) else { return nil }
        j += opener.count
        while j < sentence.upperBound, s[j] == " " { j += 1 }
        guard let r = Redactor.valueWord(s, from: j), r.upperBound <= sentence.upperBound, Redactor.isTypedValue(r, s, digitsToo: true) else { return nil }
        var k = r.upperBound
        if k < s.count, Redactor.closingQuotes.contains(s[k]) { k += 1 }
        while k < s.count, s[k] == " " { k += 1 }
        return k >= sentence.upperBound || s[k] == "(" || SpeltValue.endsPhrase(s, k) ? r : nil
    }

    /// «maple cedar fog 6 です», «Ｓｏｒａ空2031 です», «60221407（数字だけ）です»: from the sentence's start
    /// to a copula, a closing quote or a remark in brackets allowed before it; Latin letters or
    /// digits with a digit among them, no kana (unless quoted), kanji only beside Latin letters, every word free.
    static func japanese(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar], from a: Int, _ sentence: Range<Int>) -> Range<Int>? {
        var b = a
        if s[b] == "「" || s[b] == "『" { b += 1 }
        var e = b
        while e < sentence.upperBound, e - b <= longest, s[e] != "(", s[e] != "」", s[e] != "』",
            !CueSentence.copulaFirsts.mayContain(s[e]) || !TypedSecret.starts(s, e, CueSentence.copulas)
        {
            e += 1
        }
        guard e < sentence.upperBound, e - b <= longest else { return nil }
        var k = e
        if s[k] == "」" || s[k] == "』" { k += 1 }
        k = TypedSecret.pastRemark(s, k)
        while k < sentence.upperBound, s[k] == " " { k += 1 }
        guard k < sentence.upperBound, TypedSecret.starts(s, k, CueSentence.copulas) else { return nil }
        while e > b, s[e - 1] == " " { e -= 1 }
        let inside = s[b..<e]
        // Quoted, kana may stand in it beside Latin letters or digits: «「すずらん33」です».
        if b > a, s[e] == "」" || s[e] == "』", KanaValue.isMixed(inside) { return b..<e }
        guard !inside.isEmpty, inside.contains(where: Redactor.isDigit), !inside.contains(where: { isKana($0) || $0 == "、" }) else { return nil }
        // Kanji only beside three Latin letters or more (not a department and a year: «理学研究科M1です»).
        let letters = inside.contains(where: Redactor.isLetter)
        guard letters || inside.filter(Redactor.isDigit).count >= 6,
            !inside.contains(where: Redactor.isJapanese) || inside.filter(Redactor.isLetter).count >= 3
        else { return nil }
        let words = inside.split(separator: " ")
        // One word is typed as a value is ("M1です" gives a grade).
        if words.count == 1 {
            let r = words[0].startIndex..<words[0].endIndex
            return Redactor.isTypedValue(r, s, digitsToo: true) ? r : nil
        }
        guard words.count <= mostWords,
            words.allSatisfy({ $0.allSatisfy(Redactor.isDigit) || Redactor.isFreeWord($0.startIndex..<$0.endIndex, s) })
        else { return nil }
        return b..<e
    }

    /// Hiragana, katakana and the half-width kana: a word of Japanese, no value's part.
    static func isKana(_ c: Unicode.Scalar) -> Bool { (0x3041...0x30FF).contains(c.value) || (0xFF66...0xFF9F).contains(c.value) }
}

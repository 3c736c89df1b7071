/// A six-digit code written in words or in kanji numerals, as it was read out or jotted down:
/// "five, two, oh, eight, one, one", "double four, seven-three, triple zero", «三〇八一七二»,
/// «41七〇九二». Exactly six digits in one run (a longer one is a phone number read out). One pass.
enum SpokenCode {
    /// English digits' names, folded (lower case).
    static let digitNames = TriageText.words(["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
    /// Words that repeat the digit after them: "double seven" is two digits.
    static let repeats = TriageText.words(["double", "triple"])
    /// The letters those words start with: one test passes most words by.
    static let firsts = ScalarBits((digitNames + repeats).map { $0[0] })
    /// The marks between digits' names.
    static let marks: Set<Unicode.Scalar> = [" ", ",", "-", "、", "・"]
    /// A kanji numeral (a switch: a set's hashing cost a tenth of a 10 MB ticket's time).
    static func isKanjiDigit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九": return true
        default: return false
        }
    }

    /// A kanji numeral or a digit, half or full width.
    static func isNumeral(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || c.value >= 0x3007 && (isKanjiDigit(c) || Redactor.isDigit(c)) }

    static func spans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        words(s) + kanji(s)
    }

    /// Runs of English digits' names.
    static func words(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = -1, last = -1, digits = 0, pending = 1
        func close() {
            if digits == 6, pending == 1 { spans.append(start..<last) }
            (start, digits, pending) = (-1, 0, 1)
        }
        var i = 0
        while i < s.count {
            guard Redactor.isLetter(s[i]), i == 0 || !Redactor.isLetter(s[i - 1]) else { i += 1; continue }
            var e = i
            while e < s.count, Redactor.isLetter(s[e]) { e += 1 }
            let word = firsts.mayContain(s[i]) && e - i <= 6 ? s[i..<e] : []
            // The gap since the last name: marks only, three at most.
            if start >= 0, i - last > 3 || !s[last..<i].allSatisfy(marks.contains) { close() }
            if let times = repeats.firstIndex(where: { $0.elementsEqual(word) }) {
                if start < 0 { start = i }
                pending = times + 2
                last = e
            } else if digitNames.contains(where: { $0.elementsEqual(word) }) {
                if start < 0 { start = i }
                digits += pending
                pending = 1
                last = e
            } else if start >= 0 {
                close()
            }
            i = e
        }
        if start >= 0 { close() }
        return spans
    }

    /// Runs of six kanji numerals and digits, a kanji numeral among them, with no numeral or digit
    /// on either side.
    static func kanji(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isNumeral(s[i]) else { i += 1; continue }
            var e = i, kanji = false
            while e < s.count, isNumeral(s[e]) {
                kanji = kanji || isKanjiDigit(s[e])
                e += 1
            }
            if e - i == 6, kanji { spans.append(i..<e) }
            i = e
        }
        return spans
    }
}

/// Values written out of their usual shapes: read out character by character, and keys wrapped
/// over two lines.
/// - Characters one by one with marks between them ("capital T, r, e, v, 9", "m-i-z-u-k-i",
///   «K、K、3、E…», "S / h / i …"): six or more with a letter among them, or six digits alone (a code:
///   "4,0,9,1,7,3", «４、７、２、０、９、１»; not a count of seven or a number with thousands' commas).
/// - Sixteen or more with only spaces between them, capitals and digits 2–7 with a digit among
///   them: a key ("Q 4 M Z T A …"); or eight or more, letters and a digit among them: a password
///   ("M o r i 7 K u m o").
/// - Two lines, each one run of a key's characters alone ("NB2HI4DTHIXS6\nMZXW6YTBOI4Q").
/// One pass over the text, and one over its lines.
enum ReadOutValue {
    static func spans(_ original: [Unicode.Scalar]) -> [Range<Int>] {
        spelt(original) + wrapped(original)
    }

    /// A base32 character as a key is written: a capital or a digit 2–7.
    static func isKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        guard let a = Redactor.ascii(c) else { return false }
        return ("A"..."Z").contains(a) || ("2"..."7").contains(a)
    }

    static func isKeyDigit(_ c: Unicode.Scalar) -> Bool { Redactor.ascii(c).map { ("2"..."7").contains($0) } ?? false }

    /// The marks between characters read out (folded: "，" is ",").
    static let marks: Set<Unicode.Scalar> = [",", "、", "-", "/", "・", "·"]

    /// A letter or a digit, half or full width.
    static func isCharacter(_ c: Unicode.Scalar) -> Bool { Redactor.ascii(c).map { Redactor.isLetter($0) || Redactor.isDigit($0) } ?? false }

    /// The runs of characters one by one (see the type's note).
    static func spelt(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = -1, last = -1, count = 0
        var marked = false, letter = false, digit = false, allKey = true, keyDigit = false
        func close() {
            let readOut = marked && count >= 6 && letter || marked && count == 6 && !letter
            let key = !marked && count >= 16 && allKey && keyDigit
            let spaced = !marked && count >= 8 && letter && digit
            if readOut || key || spaced { spans.append(start..<last) }
            (start, count, marked, letter, digit, allKey, keyDigit) = (-1, 0, false, false, false, true, false)
        }
        for i in s.indices where isCharacter(s[i]) && (i == 0 || !isCharacter(s[i - 1])) && (i + 1 == s.count || !isCharacter(s[i + 1])) {
            // One to three marks or spaces since the last character go on with the run.
            if start >= 0 {
                let gap = s[last..<i]
                if gap.isEmpty || gap.count > 3 || !gap.allSatisfy({ $0 == " " || marks.contains(Redactor.fold($0)) }) {
                    close()
                } else {
                    marked = marked || gap.contains { marks.contains(Redactor.fold($0)) }
                }
            }
            if start < 0 {
                // Not the last items of a list that began with longer ones ("12,3,4,5,6,7,8").
                if i >= 2, marks.contains(Redactor.fold(s[i - 1])), isCharacter(s[i - 2]) { continue }
                start = i
            }
            count += 1
            letter = letter || Redactor.ascii(s[i]).map(Redactor.isLetter) == true
            digit = digit || Redactor.isDigit(s[i])
            allKey = allKey && isKeyCharacter(s[i])
            keyDigit = keyDigit || isKeyDigit(s[i])
            last = i + 1
        }
        if start >= 0 { close() }
        return spans
    }

    /// Two lines, each one run of six to fifteen key characters and nothing else, sixteen or more
    /// together.
    static func wrapped(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var previous: Range<Int>?
        var lineStart = 0
        for k in 0...s.count where k == s.count || s[k] == "\n" {
            let run = keyLine(s, lineStart..<k)
            if let run, let before = previous, before.count + run.count >= 16,
                s[before].contains(where: isKeyDigit) || s[run].contains(where: isKeyDigit)
            {
                spans.append(before.lowerBound..<run.upperBound)
                previous = nil
            } else {
                previous = run
            }
            lineStart = k + 1
        }
        return spans
    }

    /// The line's one run of six to fifteen key characters, spaces around it allowed.
    static func keyLine(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Range<Int>? {
        var a = line.lowerBound, e = line.upperBound
        while a < e, Redactor.isSpace(s[a]) { a += 1 }
        while e > a, Redactor.isSpace(s[e - 1]) { e -= 1 }
        guard (6...15).contains(e - a), s[a..<e].allSatisfy(isKeyCharacter) else { return nil }
        return a..<e
    }
}

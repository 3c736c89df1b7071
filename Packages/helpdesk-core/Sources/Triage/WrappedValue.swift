/// A value a mail program or a memo app broke over lines, found by its first part: the part goes
/// on at the next line's start when it ends the line with a hyphen ("Kirin-Hana-⏎2031"), or when
/// it is its line's whole and the next line is one short word alone with a digit or a symbol in it
/// ("Tsubame#⏎73Qx", "Hoshi⏎-Zora⏎-88"). Each line is looked at once.
enum WrappedValue {
    /// The symbols a password's part may hold.
    static let symbols: Set<Unicode.Scalar> = ["-", "_", "#", "!", "?", "@", "$", "%", "&", "*", "+", "=", "~", "^", "."]

    static func extend(_ spans: [Range<Int>], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        spans.map { span in
            var span = span
            while let next = continuation(of: span, s) { span = span.lowerBound..<next }
            return span
        }
    }

    /// Where the value goes on to on the next line, if it does.
    static func continuation(of span: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        var e = span.upperBound
        // A hyphen the span left out ("Kirin-Hana-" found as "Kirin-Hana").
        if e < s.count, s[e] == "-" { e += 1 }
        guard e < s.count, s[e] == "\n", e > span.lowerBound else { return nil }
        let start = e + 1
        var end = start
        while end < s.count, Redactor.isSecretCharacter(s[end]) { end += 1 }
        guard end > start, end - start <= 16 else { return nil }
        let word = s[start..<end]
        if s[e - 1] == "-" { return word.contains(where: { Redactor.isLetter($0) || Redactor.isDigit($0) }) ? end : nil }
        // The span its line's whole, and the next line one word alone.
        var lineStart = span.lowerBound
        while lineStart > 0, s[lineStart - 1] == " " { lineStart -= 1 }
        guard lineStart == 0 || s[lineStart - 1] == "\n", end == s.count || s[end] == "\n",
            word.allSatisfy({ Redactor.isLetter($0) || Redactor.isDigit($0) || symbols.contains($0) }),
            word.contains(where: Redactor.isDigit) || symbols.contains(word.first!) || symbols.contains(s[e - 1]),
            !Redactor.isOMUIDLike(word)
        else { return nil }
        return end
    }
}

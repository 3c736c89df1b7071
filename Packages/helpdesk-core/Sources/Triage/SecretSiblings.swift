/// Secrets beside a secret already found: the others of a list of tried values ("I tried
/// Mountain88, river_stone and Bluesky#1", «'Osaka2025', 'OSAKA_2025' を試しました», a list with
/// one item a line), and the
/// cells of a table's column headed by a cue ("OMUID\tPassword\n sx23041k\tqwerty2023").
enum SecretSiblings {
    /// What joins the items of a list.
    static let joiners = TriageText.words([", and then ", " and then ", ", and finally ", " and finally ", ", finally ", ", then ", " then ", ", ", ",", "、", " and ", " or ", " / ", "/", " & ", "と", "か", "や", " と ", " か "])

    /// What may close a value before the joiner: a Japanese quote, a mark of the sentence.
    static let closers: Set<Unicode.Scalar> = ["」", "』", "!", "?", ".", ";", "…"]

    /// The values listed right after each span (up to four more in a row): words shaped as a
    /// typed value, or quoted.
    static func after(_ found: [Range<Int>], _ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for span in found {
            var k = span.upperBound
            for _ in 0..<4 {
                // Past the closing quote, or the mark a redacted word left ("Sakura2024!, ttmg2").
                while k < s.count, Redactor.closingQuotes.contains(s[k]) || closers.contains(s[k]), k - span.upperBound < 3 { k += 1 }
                // And past a remark in brackets that ends the item's line («1. [REDACTED]（最初に決めたもの）\n2. …»).
                k = pastLineRemark(s, k)
                // And past what came of it, to the line's end («・1回目：[REDACTED] → 失敗\n・2回目：…»).
                k = pastOutcome(s, k)
                var j: Int
                if let joiner = joiners.first(where: { TriageText.matches(s, k, $0) }) {
                    j = k + joiner.count
                } else if let item = nextItem(s, k) {
                    j = item
                } else {
                    break
                }
                while j < s.count, s[j] == " " { j += 1 }
                let quoted = j < s.count && (Redactor.openingQuotes.contains(s[j]) || s[j] == "「" || s[j] == "『")
                if quoted, s[j] == "「" || s[j] == "『" { j += 1 }
                guard let r = Redactor.valueWord(s, from: j), Redactor.isTypedValue(r, s) || quoted && Redactor.isNamedValue(r, s, original)
                else { break }
                spans.append(r)
                k = r.upperBound
            }
        }
        return spans
    }

    /// Where a remark in brackets at `k` ends, if the line ends with it (spaces before and after
    /// it allowed); `k` otherwise.
    static func pastLineRemark(_ s: [Unicode.Scalar], _ k: Int) -> Int {
        var j = k
        while j < s.count, s[j] == " " { j += 1 }
        guard var e = Redactor.remarkEnd(s, at: j, within: 40) else { return k }
        while e < s.count, s[e] == " " { e += 1 }
        return e < s.count && s[e] == "\n" ? e : k
    }

    /// Where the line ends, if an arrow at `k` (past spaces) tells what came of the item («→ 失敗»,
    /// "-> rejected"); `k` otherwise.
    static func pastOutcome(_ s: [Unicode.Scalar], _ k: Int) -> Int {
        var j = k
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "→" || s[j] == "-" && j + 1 < s.count && s[j + 1] == ">",
            let end = s[j..<min(s.count, j + 30)].firstIndex(of: "\n")
        else { return k }
        return end
    }

    /// A try's label before its value: «2回目：», "try 2:", "attempt 3:".
    static func pastTryLabel(_ s: [Unicode.Scalar], _ j: Int) -> Int {
        var k = j
        for word in tryWords where TriageText.matches(s, k, word) { k += word.count; break }
        let digits = k
        while k < s.count, Redactor.isDigit(s[k]), k - digits < 2 { k += 1 }
        guard k > digits else { return j }
        if TriageText.matches(s, k, tryCount) { k += tryCount.count }
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, s[k] == ":" else { return j }
        return k + 1
    }
    static let tryWords = TriageText.words(["try ", "attempt "])
    static let tryCount = Array("回目".unicodeScalars)

    /// Where the next item of a list on the next line starts, its mark passed ("1. [REDACTED]\n2.
    /// hikari2023!!", "- Sakura2024\n- sakura_2024", «・…\n・…»), if a line of the list follows.
    static func nextItem(_ s: [Unicode.Scalar], _ k: Int) -> Int? {
        guard k < s.count, s[k] == "\n" else { return nil }
        var j = k + 1
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count else { return nil }
        if ["-", "*", "・", "•"].contains(s[j]) || (0x2460...0x2473).contains(s[j].value) {
            j += 1
        } else {
            let digits = j
            while j < s.count, Redactor.isDigit(s[j]), j - digits < 2 { j += 1 }
            guard j > digits, j < s.count, s[j] == "." || s[j] == ")" else { return nil }
            j += 1
        }
        guard j < s.count, s[j] == " " || Redactor.isSecretCharacter(s[j]) else { return nil }
        while j < s.count, s[j] == " " { j += 1 }
        j = pastTryLabel(s, j)
        while j < s.count, s[j] == " " { j += 1 }
        return j
    }

    /// The cells under a table's header cell that is a cue alone ("Password", «パスワード»): rows
    /// of cells set off by tabs, "|" or commas (a header of comma-separated values), down to the
    /// first line without the mark.
    static func tableColumns(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        // Most tickets have no table: one look for its marks.
        // (Commas make a table only with no space after them: "a,b,c".)
        guard s.indices.contains(where: { s[$0] == "\t" || s[$0] == "|" || s[$0] == "," && $0 + 1 < s.count && s[$0 + 1] != " " && s[$0 + 1] != "\n" }) else { return [] }
        var spans: [Range<Int>] = []
        var lines: [Range<Int>] = []
        var start = 0
        for (k, c) in s.enumerated() where c == "\n" {
            lines.append(start..<k)
            start = k + 1
        }
        lines.append(start..<s.count)
        var l = 0
        while l < lines.count {
            defer { l += 1 }
            let line = lines[l]
            guard let mark: Unicode.Scalar = s[line].contains("\t") ? "\t" : s[line].contains("|") ? "|" : isCSVHeader(s, line) ? "," : nil else { continue }
            let header = cells(s, line, mark)
            guard let column = header.firstIndex(where: { isCue(s, $0) }) else { continue }
            while l + 1 < lines.count, s[lines[l + 1]].contains(mark) {
                l += 1
                let row = cells(s, lines[l], mark)
                guard column < row.count else { continue }
                let cell = row[column]
                // A Markdown table's rule (---|---) is no value; nor is Japanese text.
                if s[cell].allSatisfy({ $0 == "-" || $0 == ":" || $0 == " " }) || s[cell].contains(where: Redactor.isJapanese) { continue }
                if s[cell].contains(where: Redactor.isSecretCharacter) { spans.append(cell) }
            }
        }
        return spans
    }

    /// Whether a line reads as the header of comma-separated values ("service,omuid,password"): two
    /// commas at least, none with a space after it (a sentence's have), no Japanese.
    static func isCSVHeader(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var commas = 0
        for k in line {
            if s[k] == "," {
                if k + 1 < line.upperBound, s[k + 1] == " " { return false }
                commas += 1
            } else if Redactor.isJapanese(s[k]) {
                return false
            }
        }
        return commas >= 2
    }

    /// A line's cells, without the spaces around them (a Markdown row's outer marks give no cell).
    static func cells(_ s: [Unicode.Scalar], _ line: Range<Int>, _ mark: Unicode.Scalar) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var a = line.lowerBound
        for k in line.lowerBound...line.upperBound where k == line.upperBound || s[k] == mark {
            var b = a, e = k
            while b < e, Redactor.isSpace(s[b]) { b += 1 }
            while e > b, Redactor.isSpace(s[e - 1]) { e -= 1 }
            // A quoted cell's quotes are no part of it ("Password","Kinmokusei=Oct3").
            if e - b >= 2, s[b] == "\"", s[e - 1] == "\"" { b += 1; e -= 1 }
            cells.append(b..<e)
            a = k + 1
        }
        if mark == "|" {
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.last?.isEmpty == true { cells.removeLast() }
        }
        return cells
    }

    /// Whether a cell is a cue and nothing else, a field's prefix allowed ("login_password").
    static func isCue(_ s: [Unicode.Scalar], _ cell: Range<Int>) -> Bool {
        let start = s[cell].lastIndex(of: "_").map { $0 + 1 } ?? cell.lowerBound
        guard start < cell.upperBound, let cue = Redactor.cue(in: s, at: start) else { return false }
        return cue.count == cell.upperBound - start
    }
}

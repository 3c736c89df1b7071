/// The clauses of a Japanese ticket that say something is known or fine — «OMUIDはわかる»,
/// «アプリは問題なく動いています», «メールは届きました»: what they name is not the trouble, so their
/// words are not evidence of what the ticket is about. Found by a marker after the thing named
/// («…は» + knowing, being fine, arriving, working), the clause running back from the marker to
/// the previous clause mark, space or conjunction. A marker followed by a question («…は大丈夫
/// ですか») or a denial («…はわかりません», «…は届いていない») settles nothing. English "… is
/// fine" was tried too and left out: on the labelled tickets it moved one first entry the wrong
/// way ("Username and password part is fine" tells that the ticket is about signing in).
enum SettledClauses {
    static let japanese = TriageText.words([
        "はわかる", "は分かる", "はわかります", "は分かります", "はわかってる", "は分かってる", "はわかっています", "は分かっています",
        "は覚えてる", "は覚えている", "は覚えています", "は覚えてます", "はおぼえてる", "はおぼえています", "はおぼえてます", "は大丈夫", "は問題な", "は正常", "はok", "は使え", "は届", "は来て",
        "は知って",
    ])
    /// Where a clause starts: after a mark, a bracket or a space (phones separate clauses with
    /// spaces), or a conjunction.
    static let clauseMarks: Set<Unicode.Scalar> = FactExtractor.clauseMarks.union([":", ";", "(", ")", "「", "」", "『", "』", " "])
    static let conjunctions = FactExtractor.conjunctions + TriageText.words(["けど", "けれど", "が、", "のに"])

    /// How far back from its marker a clause may run, in scalars.
    static let reach = 60

    /// The settled clauses of `text`, in order and apart: each from its clause's start to the
    /// end of its marker. Linear in the text: each marker looks back no further than the end of
    /// the one before it, and at most `reach`.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        let s = text.scalars
        var found: [Range<Int>] = []
        var floor = 0
        var i = 0
        while i < s.count {
            guard s[i] == "は", let marker = japanese.first(where: { TriageText.matches(s, i, $0) }) else {
                i += 1
                continue
            }
            let end = i + marker.count
            if asksOrDenies(s, from: end) {
                i = end
                continue
            }
            let start = clauseStart(s, before: i, floor: max(floor, i - reach))
            if start < i { found.append(start..<end) }
            floor = end
            i = end
        }
        return found
    }

    /// `a` and `b` (each in order and apart) as one list in order and apart, overlaps joined.
    /// (`b` may be in any order and overlap itself.)
    static func merged(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        guard !b.isEmpty else { return a }
        var out: [Range<Int>] = []
        for r in (a + b).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound < last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Whether `position` is within one of `ranges` (in order and apart), by binary search.
    static func covers(_ ranges: [Range<Int>], _ position: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= position { low = middle + 1 } else { high = middle }
        }
        return low > 0 && ranges[low - 1].contains(position)
    }

    /// Whether the words a marker starts go on to a denial («…は使えない», «…は届いていません»,
    /// «…はわかりません») or a question («…は大丈夫ですか», «…はわかるかな?») within the kana
    /// that follow it.
    static func asksOrDenies(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < min(s.count, start + 10), Tokenizer.isHiragana(s[end]) || s[end] == "ー" { end += 1 }
        for i in start..<end where denials.contains(where: { TriageText.matches(s, i, $0) && i + $0.count <= end }) { return true }
        if end > start, s[end - 1] == "か" || (end >= start + 2 && s[end - 2] == "か" && s[end - 1] == "な") { return true }
        return end < s.count && s[end] == "?"
    }

    static let denials = TriageText.words(["ない", "ません", "なかった", "へん", "ず"])

    static func clauseStart(_ s: [Unicode.Scalar], before end: Int, floor: Int) -> Int {
        var i = end
        while i > floor {
            if clauseMarks.contains(s[i - 1]) { return i }
            if conjunctions.contains(where: { i - $0.count >= floor && TriageText.matches(s, i - $0.count, $0) }) { return i }
            i -= 1
        }
        return floor
    }
}

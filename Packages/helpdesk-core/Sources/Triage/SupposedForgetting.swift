/// A password the writer only thought forgotten and then remembered: «パスワード忘れたかもと思っ
/// て、思いつくのを片っ端から入れてたらロックかかりました。そのあとちゃんと思い出したんですけど…»,
/// "I thought I'd forgotten my password … then I remembered it". The forgetting is a supposition
/// the ticket takes back: no evidence of a forgotten password (the trouble is what the trying
/// did). So is one told as a fact and then plainly over ("I forgot which one I used … I remember
/// it now"). A forgetting never taken back stays evidence.
enum SupposedForgetting {
    /// After the forgetting word: it was a supposition (「…かも」「…と思って」「…かと思」).
    static let supposedAfter = TriageText.words(["かも", "と思", "かと思", "んじゃないか", "のではないか", "んちゃうか", "ちゃうか", "んとちゃうか"])
    /// Before it: "thought I'd forgotten", "thought I forgot".
    static let supposedBefore = TriageText.words(["thought i'd ", "thought i had ", "thought i ", "thought that i "])
    /// Later in the ticket: remembered after all, or the password typed told as the one the
    /// writer always uses («忘れたのかもしれませんが、いつも使っているものを入れています»): the
    /// forgetting stays a guess, the trouble a login that fails.
    static let remembered = TriageText.words(["思い出し", "思いだし", "おもいだし", "remembered", "came back to me",
                                              "いつも使って", "いつものパスワード", "the one i always use", "my usual password", "the usual password"])
    /// Said so plainly that the forgetting before is over, supposed or not: "I remember it now",
    /// 「思い出しました」.
    static let rememberedNow = TriageText.words(["remember it now", "i remember now", "now i remember", "remembered it now", "思い出しました", "思い出せました"])

    static let clauseMarks: Set<Unicode.Scalar> = ["、", "。", ",", ".", "!", "?", ";"]

    /// The clauses that suppose a forgetting among `matches` (of the forgetting group) which
    /// the ticket takes back later: from the clause's start to the forgetting word's end, so
    /// that «パスワード忘れ» goes with it. In order and apart.
    static func ranges(_ matches: [Range<Int>], in text: TriageText) -> [Range<Int>] {
        let s = text.scalars
        guard !matches.isEmpty else { return [] }
        // Where the last words of taking back start, found once (each match asks only whether
        // one comes after it: linear however many forgetting words a ticket repeats).
        let lastRemembered = last(remembered, in: s), lastRememberedNow = last(rememberedNow, in: s)
        var found: [Range<Int>] = []
        for range in matches {
            // A supposition starts within 3 scalars after the word, or stands just before it.
            let supposed = (range.upperBound..<min(s.count, range.upperBound + 4)).contains { i in supposedAfter.contains { TriageText.matches(s, i, $0) } }
                || text.endsWithAny(supposedBefore, at: range.lowerBound)
            guard supposed && lastRemembered >= range.upperBound || lastRememberedNow >= range.upperBound else { continue }
            let start = text.clauseStart(before: range.lowerBound, reach: 40, marks: clauseMarks)
            if let last = found.last, last.upperBound > start { found[found.count - 1] = last.lowerBound..<range.upperBound } else { found.append(start..<range.upperBound) }
        }
        return found
    }

    /// Where the last of `words` starts in `s`; -1 if none does.
    static func last(_ words: [[Unicode.Scalar]], in s: [Unicode.Scalar]) -> Int {
        var i = s.count - 1
        while i >= 0, !words.contains(where: { TriageText.matches(s, i, $0) }) { i -= 1 }
        return i
    }
}

/// Sign-ins failed again and again at the user management system, which then lets the writer in
/// no more: the lock as the page tells it (P000 L20: 「「利用者管理システム」は、ログインの失敗回数が
/// 一定数を超えるとアカウントロックが発生し、ログイン不可となります」), though the ticket never says
/// «ロック» ("user admin system won't let me in anymore … I fat-fingered the password maybe 8 times",
/// «管理システムに何回もログインミスって、今入れない状態です»).
///
/// Read from the failures counted («何回か間違え», «5回くらい失敗», "wrong like 7 times", "failed
/// several times", "6 wrong attempts", "seven times assuming a typo") in a ticket that names the system, by its name or as the
/// page where the password is changed ("the page where you change your password").
enum RepeatedFailure {
    /// The system named: its names, and the page described by what is done there.
    static let systemNames = FactExtractor.userAdminNames + TriageText.words([
        "管理システム", "page where you change", "site where you change", "page where i change", "site where i change", "page where you update",
        "site where you update", "page to change your password", "page to change my password",
    ])

    /// A count of tries, in Japanese, with a failure just after it in its clause: «何回か間違え»,
    /// «５回くらい失敗», «何度もログインミス», «数回続けて誤入力»; in romaji, «nandoka machigaete».
    static let japaneseCounts = TriageText.words(["何度", "何回", "数回", "複数回", "なんど", "なんかい", "何べん", "nandoka", "nando mo", "nankaika", "nankai mo"])
    static let japaneseFailures = TriageText.words(["間違", "まちが", "失敗", "ミス", "誤入力", "誤って", "machigae", "shippai"])
    /// The failures told repeated without a count: «ログイン失敗を繰り返した».
    static let japaneseRepeated = TriageText.words(["失敗を繰り返", "失敗を何度も", "失敗を何回も", "ミスを繰り返"])
    /// A count of tries in English, before "times", "tries" or "attempts", and a failure near before
    /// it ("typed my password wrong a bunch of times") or between ("6 wrong attempts").
    static let englishCounts = TriageText.words([
        "several", "multiple", "many", "a few", "a bunch of", "a couple of", "a number of", "quite a few", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "a dozen",
    ])
    static let englishTries = TriageText.words([" times", " tries", " attempts", " login attempts", " wrong attempts", " failed attempts",
                                                " bad attempts", " incorrect attempts", " unsuccessful attempts", " wrong tries", " failed tries",
                                                " failed logins", " wrong logins", " wrong passwords"])
    static let englishFailures = TriageText.words(["wrong", "incorrect", "mistyp", "fat-finger", "fat finger", "failed", "bad attempt", "messed up",
                                                   "botched", "unsuccessful", "typo", "rejected", "refused", "not accepted"])
    /// How far before a count its failure may stand in English, in scalars; and after it.
    static let reach = 60
    static let afterReach = 30

    /// The words that tell the failures repeated, when the ticket names the system; nil otherwise.
    static func told(in text: TriageText) -> String? {
        guard text.containsAny(systemNames) else { return nil }
        return japanese(in: text) ?? english(in: text)
    }

    static func japanese(in text: TriageText) -> String? {
        let s = text.scalars
        for word in japaneseRepeated { if let range = text.find(word, in: 0..<s.count) { return text.slice(range) } }
        var counts = japaneseCounts.flatMap { text.ranges(of: $0) }
        // A number of times: «５回», «5、6回».
        for i in s.indices where s[i] == "回" && i > 0 && ("0"..."9").contains(s[i - 1]) { counts.append((i - 1)..<(i + 1)) }
        for count in counts.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let end = text.clauseEnd(after: count.upperBound, reach: 14, marks: FactExtractor.sentenceMarks)
            if let failure = japaneseFailures.compactMap({ text.find($0, in: count.upperBound..<end) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                return text.slice(count.lowerBound..<failure.upperBound)
            }
        }
        return nil
    }

    static func english(in text: TriageText) -> String? {
        let s = text.scalars
        // Where each failure starts, found once: each count then asks only whether one stands in
        // its reach (linear in the ticket, however many counts it holds).
        let failures = englishFailures.flatMap { text.ranges(of: $0) }.sorted { $0.lowerBound < $1.lowerBound }
        guard !failures.isEmpty else { return nil }
        for tries in englishTries {
            for range in text.ranges(of: tries) {
                // The count just before: a number ("like 7 times") or a word of count.
                var i = range.lowerBound
                while i > 0, ("0"..."9").contains(s[i - 1]) { i -= 1 }
                let counted = i < range.lowerBound ? i : englishCounts.first { text.endsWithAny([$0], at: range.lowerBound) }.map { range.lowerBound - $0.count }
                guard let start = counted else { continue }
                let from = max(text.clauseStart(before: start, reach: reach, marks: FactExtractor.sentenceMarks), start - reach)
                if let failure = first(in: failures, from: from), failure.upperBound <= range.upperBound {
                    return text.slice(min(failure.lowerBound, start)..<range.upperBound)
                }
                // Or the failure just after the count, in its clause: "maybe seven times assuming a typo".
                let end = text.clauseEnd(after: range.upperBound, reach: afterReach, marks: FactExtractor.sentenceMarks)
                if let failure = first(in: failures, from: range.upperBound), failure.upperBound <= end {
                    return text.slice(start..<failure.upperBound)
                }
            }
        }
        return nil
    }

    /// The first of `ranges` (sorted by start) that starts at `from` or later.
    static func first(in ranges: [Range<Int>], from: Int) -> Range<Int>? {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound < from { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count ? ranges[low] : nil
    }
}

/// The first sentence of a ticket that holds a phrase of each of a few groups, in any order,
/// whatever stands between them: the fact extractor's sentence cues («ワンタイムパスワードを入れる
/// 画面が…出てきません») and a reset mail told as missing ("The email with the code never
/// arrived"). One pass: the phrases in order of position, the text up to each read once for the
/// ends of sentences, so a ticket of many sentences that each hold only some of the groups costs
/// no more than its length (looking in each sentence for each group cost sentences × phrases).
enum SentenceGroups {
    /// Where the first sentence with a phrase of each group `0..<groups` (at most 64) stands,
    /// between two scalars at which `ends` (given a scalar's offset), or the text's ends, neither
    /// included. `matches`: each phrase's group and range, in order of position. A phrase that
    /// runs over a sentence's end is in neither sentence.
    static func first(
        in text: TriageText, groups: Int, matches: some Sequence<(group: Int, range: Range<Int>)>, ends: (Int) -> Bool
    ) -> Range<Int>? {
        precondition((1...64).contains(groups))
        let s = text.scalars
        let all: UInt64 = groups == 64 ? .max : (1 << UInt64(groups)) - 1
        var seen: UInt64 = 0
        var start = 0, scanned = 0
        for (group, range) in matches {
            while scanned < range.lowerBound {
                if ends(scanned) { (seen, start) = (0, scanned + 1) }
                scanned += 1
            }
            guard !range.contains(where: ends) else { continue }
            seen |= 1 << UInt64(group)
            if seen == all {
                var end = range.upperBound
                while end < s.count, !ends(end) { end += 1 }
                return start..<end
            }
        }
        return nil
    }
}

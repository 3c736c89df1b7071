/// The confirmation code's age told by two clock times: when its mail came and when it was
/// typed — «メールは9:40に届いて、9:52に入力しました», "The mail was sent at 14:02 and I tried at
/// 14:11". The page's code is valid for `site.codeValidityMinutes` from sending (P001 L192,
/// 「5分以上経過している場合」), so the difference is the code's age in minutes.
enum ClockSpan {
    /// Words of the mail's coming, and of typing the code, looked for within `reach` scalars of
    /// a time.
    static let arrival = TriageText.words(["届", "受信", "来た", "来て", "きた", "送信", "送られ", "着信", "arrived", "came", "received", "sent", "landed", "got the mail",
                                "got the email", "got the code"])
    static let typing = TriageText.words(["入力", "入れ", "打ち", "打っ", "typed", "typing", "entered", "entering", "input", "tried", "put in", "put it in", "submitted", "used it",
                                          // In the present, as a second-language writer tells it: "I enter it after dinner".
                                          "i enter it", "i enter the code", "i enter the"])
    static let reach = 24

    /// A time of day: «9:40», «14時02分», and where it stands. A number run longer than a time's
    /// is none (a date, a phone number).
    struct Time {
        let minutes: Int
        let range: Range<Int>
    }

    /// The first times of `text` (at most `limit`), in order.
    static func times(in s: [Unicode.Scalar], limit: Int = 32) -> [Time] {
        func digits(from i: Int) -> Int {
            var j = i
            while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
            return j
        }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(s[$1].value - 48) } }
        var found: [Time] = []
        var i = 0
        while i < s.count, found.count < limit {
            guard ("0"..."9").contains(s[i]), i == 0 || !("0"..."9").contains(s[i - 1]) else { i += 1; continue }
            let hourEnd = digits(from: i)
            guard hourEnd - i <= 2, hourEnd < s.count, s[hourEnd] == ":" || s[hourEnd] == "時" else { i = hourEnd; continue }
            let minuteEnd = digits(from: hourEnd + 1)
            let hour = number(i..<hourEnd), minute = number((hourEnd + 1)..<minuteEnd)
            let colon = s[hourEnd] == ":"
            guard colon ? minuteEnd - hourEnd - 1 == 2 : (1...2).contains(minuteEnd - hourEnd - 1), hour < 24, minute < 60,
                minuteEnd == s.count || s[minuteEnd] != ":" && !("0"..."9").contains(s[minuteEnd])
            else { i = max(minuteEnd, hourEnd + 1); continue }
            let end = !colon && minuteEnd < s.count && s[minuteEnd] == "分" ? minuteEnd + 1 : minuteEnd
            found.append(Time(minutes: hour * 60 + minute, range: i..<end))
            i = end
        }
        return found
    }

    /// The minutes from a time told with the mail's coming to a later one told with typing the
    /// code, and the words they were read from; nil when the ticket tells no such pair.
    static func minutes(in text: TriageText) -> (Double, String)? {
        let s = text.scalars
        let times = times(in: s)
        guard times.count >= 2 else { return nil }
        func near(_ list: [[Unicode.Scalar]], _ time: Time) -> Bool {
            text.containsAny(list, in: max(0, time.range.lowerBound - reach)..<min(s.count, time.range.upperBound + reach))
        }
        for (k, came) in times.enumerated() where near(arrival, came) {
            for typed in times[(k + 1)...] where near(typing, typed) {
                let span = typed.minutes - came.minutes
                if span > 0 && span < 12 * 60 { return (Double(span), "\(text.slice(came.range)) → \(text.slice(typed.range))") }
            }
        }
        return nil
    }
}

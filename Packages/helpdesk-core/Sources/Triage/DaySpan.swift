/// The confirmation code's mail told as come one day and typed the next, without a clock:
/// "I received the 確認コード yesterday and entered it today", «昨日届いたメールのコードを今朝入れたら».
/// A day is far past the page's validity (P001 L192: 「確認コードの有効期限は5分間程度」), so the code
/// has expired: read as `FactExtractor.longWait` reads a night, only of a code that came by
/// mail and was typed.
enum DaySpan {
    /// The day before, and the day of the typing.
    static let yesterday = TriageText.words(["yesterday", "昨日", "きのう"])
    static let today = TriageText.words(["today", "this morning", "今日", "きょう", "今朝", "本日"])
    /// How far from the day's word its doing may stand, in scalars, within its sentence.
    static let reach = 32

    /// The words read ("yesterday → today"), when the ticket tells the mail come on the day
    /// before and the code typed on a later one; nil otherwise.
    static func told(in text: TriageText) -> String? {
        func near(_ list: [[Unicode.Scalar]], _ range: Range<Int>) -> Bool {
            let start = text.clauseStart(before: range.lowerBound, reach: reach, marks: sentenceMarks)
            let end = text.clauseEnd(after: range.upperBound, reach: reach, marks: sentenceMarks)
            return text.containsAny(list, in: start..<end)
        }
        for day in yesterday {
            for came in text.ranges(of: day) where near(ClockSpan.arrival, came) && !near(notCome, came) {
                for later in today {
                    if let typed = text.find(later, in: came.upperBound..<text.scalars.count), near(ClockSpan.typing, typed) {
                        return "\(text.slice(came)) → \(text.slice(typed))"
                    }
                }
            }
        }
        return nil
    }

    /// The mail told as not come that day: "it never came yesterday", «昨日は届かなかった».
    static let notCome = TriageText.words(["never", "n't", "not ", "didnt", "届かな", "来な", "こな", "届いてな", "来てな", "きてな"])
    /// A day's doings are told within one sentence.
    static let sentenceMarks: Set<Unicode.Scalar> = ["。", ".", "!", "?", "！", "？", "\n"]
}

/// A forgetting told as what may happen one day, not what has: "The form wants a spare mailbox
/// in case I forget my password someday", «パスワードを忘れた時のために予備のアドレスを登録». It is
/// the reason for a recovery address (the page's 「パスワード再発行用メールアドレス」: for when a
/// password is forgotten), no evidence of a forgotten password.
enum HypotheticalForgetting {
    /// Just before the forgetting word: "in case I forget", "if I ever forget".
    static let before = TriageText.words(["in case i ", "in case you ", "in case someone ", "in case i ever ", "if i ever ", "should i ever ", "for when i ",
                               "for if i ", "if you ever ", "for when you ",
                               "for people who ", "for those who ", "for users who ", "for anyone who "])
    /// Just after it (the word is 「忘れた」): «忘れた時のため», «忘れたときに備えて», «忘れた場合の».
    static let after = TriageText.words(["時のため", "ときのため", "時の為", "ときの為", "時に備え", "ときに備え", "場合に備え", "場合のため", "時用", "とき用",
                              "時のこと", "ときのこと", "場合のこと",
                              // Of others who forgot, as a page's link names them: «パスワードを忘れた人向けの再設定».
                              "人向け", "方向け", "人用", "方用", "人のため", "方のため"])

    /// The forgetting words among `forgettings` (in order) told as what may happen: each word's
    /// own range, in order and apart. `after` is the words that may follow the word (a loss's
    /// are `HypotheticalLoss.after`).
    static func ranges(_ forgettings: [Range<Int>], in text: TriageText, after: [[Unicode.Scalar]] = after) -> [Range<Int>] {
        let s = text.scalars
        return forgettings.filter { range in
            text.endsWithAny(before, at: range.lowerBound)
                || after.contains { TriageText.matches(s, range.upperBound, $0) }
        }
    }
}

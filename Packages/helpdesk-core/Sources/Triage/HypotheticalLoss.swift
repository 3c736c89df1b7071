/// A loss told as what may happen one day, not what has: «スマホをなくしたとき用に、iPadにも同じ
/// 認証を入れておきたい», "a second device in case I lose my phone". It is the reason for a spare
/// device (two-factor-multiple-devices), no evidence of a lost one.
enum HypotheticalLoss {
    /// Just after it (the word is 「なくした」 or 「紛失」): «なくしたとき用», «紛失した場合に備えて»; not
    /// «なくした人向けの手続き», which names the page of a loss that has happened.
    static let after = TriageText.words(["時のため", "ときのため", "時の為", "ときの為", "時に備え", "ときに備え", "場合に備え", "場合のため", "時用", "とき用",
                                         "した時のため", "したときのため", "した時に備え", "したときに備え", "した場合に備え", "した場合のため", "した時用", "したとき用"])

    /// The loss words among `losses` told as what may happen: each word's own range. Before the
    /// word, the forgetting's words serve ("in case I lost", "if I ever lost").
    static func ranges(_ losses: [Range<Int>], in text: TriageText) -> [Range<Int>] {
        HypotheticalForgetting.ranges(losses, in: text, after: after)
    }
}

/// A losing told in Japanese of no device: «パスワードをメモしていた紙をなくしました», «IDの通知を紛失».
/// What is lost is a paper or the password itself, and the page's entry for a lost device (P000
/// L33: 「端末(スマートフォンやPCなど)を紛失して」) is not the ticket's; the verb of losing is set
/// aside, as a word that would speak for that entry. (English "lost my password" is among the
/// forgetting words of the knowledge's synonyms, and "lost my" no fact of a lost device there:
/// `FactExtractor.lostNotDevice`.)
enum LostPaper {
    /// Each verb of losing whose object is no device (`all`), and of those the ones whose
    /// object is a paper the password may be on or the password itself (`papers`: a forgetting
    /// too, which `ForgottenPassword` reads with the forgetting words): their own ranges, in
    /// order and apart. The verbs are among the fact cues the ticket's one pass found already
    /// (`TicketPhrases`: `cues`, those of `device_lost`).
    static func ranges(_ cues: [PhraseMatcher<FactExtractor.Cue>.Match], in text: TriageText) -> (all: [Range<Int>], papers: [Range<Int>]) {
        var all: [Range<Int>] = [], papers: [Range<Int>] = []
        for match in cues where FactExtractor.losing.contains(match.phrase) {
            if FactExtractor.lostThingBefore(match.range, in: text, among: FactExtractor.lostPapers) {
                papers.append(match.range)
                all.append(match.range)
            } else if FactExtractor.lostThingBefore(match.range, in: text, among: FactExtractor.lostOtherThings) {
                all.append(match.range)
            }
        }
        return (SettledClauses.merged([], all), SettledClauses.merged([], papers))
    }
}

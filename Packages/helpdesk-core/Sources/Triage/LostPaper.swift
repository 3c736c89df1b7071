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
    /// (`TicketPhrases`: `cues`, those of `device_lost`), and so are the English losses (its
    /// `paperLosses`; else they are looked for here).
    static func ranges(_ cues: [PhraseMatcher<FactExtractor.Cue>.Match], losses: [PhraseMatcher<Bool>.Match]? = nil, in text: TriageText)
        -> (all: [Range<Int>], papers: [Range<Int>])
    {
        var all: [Range<Int>] = [], papers: [Range<Int>] = []
        for match in cues where FactExtractor.losing.contains(match.phrase) {
            if FactExtractor.lostThingBefore(match.range, in: text, among: FactExtractor.lostPapers) {
                papers.append(match.range)
                all.append(match.range)
            } else if FactExtractor.lostThingBefore(match.range, in: text, among: FactExtractor.lostOtherThings) {
                all.append(match.range)
            }
        }
        let english = englishPapersLost(losses ?? englishLosses.matches(in: text), in: text)
        return (SettledClauses.merged(all, english), SettledClauses.merged(papers, english))
    }

    /// In English, the paper told lost after it in its sentence, as its subject or a relative
    /// clause's object: "the notebook where I wrote the password I chose got lost", "wrote it on
    /// a paper and the paper is gone", "a sticky note, which I have since lost", "a notebook which
    /// i left on the bus" (the verb before the paper, "lost the note", is among the forgetting
    /// words). The losses' ranges; not when a device is named between the paper and the loss ("a
    /// note on my phone, and the phone is lost").
    static func englishPapersLost(in text: TriageText) -> [Range<Int>] {
        englishPapersLost(englishLosses.matches(in: text), in: text)
    }

    /// `englishPapersLost` with the losses found already (`TicketPhrases`' one pass).
    static func englishPapersLost(_ losses: [PhraseMatcher<Bool>.Match], in text: TriageText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for range in losses.map(\.range) {
            let start = text.clauseStart(before: range.lowerBound, reach: 120, marks: FactExtractor.sentenceMarks)
            guard let paper = lastStart(of: englishPapers, in: start..<range.lowerBound, of: text) else { continue }
            if let device = lastStart(of: devices, in: start..<range.lowerBound, of: text), device > paper { continue }
            found.append(range)
        }
        return SettledClauses.merged([], found)
    }

    /// Where the last of `words` in `range` starts.
    static func lastStart(of words: [[Unicode.Scalar]], in range: Range<Int>, of text: TriageText) -> Int? {
        words.compactMap { text.ranges(of: $0, in: range).last?.lowerBound }.max()
    }

    static let englishPapers = TriageText.words(["notebook", "note", "memo ", "memo,", "memos", "paper", "post-it", "sticky"])
    static let devices = OtherDeviceAtHand.kinds.flatMap { $0 }
    static let englishLosses: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>()
        for phrase in losses { matcher.add(phrase, true) }
        return matcher
    }()
    static let lossPhrases = Set(losses.map { TriageText($0).text })
    static let losses = [
        "got lost", "was lost", "is lost", "been lost", "went missing", "gone missing", "is gone", "was gone", "is now gone", "disappeared", "vanished",
        "which i lost", "that i lost", "which i have lost", "that i have lost", "which i've lost", "that i've lost", "which i have since lost",
        "that i have since lost", "which i've since lost", "that i've since lost", "which i have now lost", "which i've now lost",
        // Left somewhere: "written in a notebook which i left on the bus".
        "which i left", "that i left", "which i've left", "that i've left", "which i forgot on", "which i forgot in", "that i forgot on", "that i forgot in",
    ]
}

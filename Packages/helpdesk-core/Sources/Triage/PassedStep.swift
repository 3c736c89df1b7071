/// A step of the activation told as having worked at a time gone by: "the 2FA test page worked
/// then", «テストはその時は通りました». The step is behind the writer, not where the writer is:
/// not the activation's step (`FactExtractor`), and no evidence of the step's own entry
/// (two-factor-test-fails) in the ranking.
enum PassedStep {
    /// The words that tell it passed then.
    static let phrases = [
        "worked then", "worked back then", "worked at the time", "worked fine then", "worked fine back then", "passed then", "passed back then",
        "passed at the time", "went fine then", "went through then", "その時は通", "そのときは通", "当時は通", "その時はうまく", "そのときはうまく", "当時はうまく",
        "その時は成功", "そのときは成功", "当時は成功",
    ]
    static let words = TriageText.words(phrases)
    /// How far back in its sentence the step's name may stand, in scalars.
    static let reach = 40

    /// Whether the words of a step passed then stand in the sentence after `end` (a step's name's
    /// end), within `reach`.
    static func told(after end: Int, in text: TriageText) -> Bool {
        text.containsAny(words, in: end..<text.clauseEnd(after: end, reach: reach, marks: FactExtractor.sentenceMarks))
    }

    /// The words, for `TicketPhrases`' one pass.
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in phrases { matcher.add(phrase, true) }
        return matcher
    }()

    /// The two-factor test's names told passed then, each from the name to the words that tell
    /// it, from the words found (`TicketPhrases` finds them with the others): in order and apart.
    static func ranges(_ matches: [PhraseMatcher<Bool>.Match], in text: TriageText) -> [Range<Int>] {
        SettledClauses.merged([], matches.compactMap { match in
            let passed = match.range
            let start = text.clauseStart(before: passed.lowerBound, reach: reach, marks: FactExtractor.sentenceMarks)
            let names = FactExtractor.twoFactorTestWords.compactMap { text.find($0, in: start..<passed.lowerBound)?.lowerBound }
            return names.min().map { $0..<passed.upperBound }
        })
    }
}

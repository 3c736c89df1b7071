/// Which of two places a ticket tells is the trouble's, when it tells both, on campus and off it:
/// the one not told as where things work ("On campus I can still log in, but off campus I'm
/// stuck", «学内ではふつうにログインできていました。…学外からログインしたら»), else the one told first
/// ("can't log in from outside campus … set it all up at the orientation on campus"). The place
/// decides the entry's step (P000, P001: off campus the one-time password is asked).
enum TroublePlace {
    /// Words of things working at a place, and what denies them.
    static let working = TriageText.words(["works", "worked", "working", "can log in", "can still log in", "could log in", "can login", "can sign in",
                                           "can get in", "can access", "goes through", "入れる", "入れます", "入れて", "入れた", "ログインでき", "ログイン出来",
                                           "使えて", "使える", "使えます", "いける", "いけます", "通る", "通ります", "通って"])
    static let fine = TriageText.words(["問題な", "問題あり", "no problem", "is fine", "was fine", "works fine", "大丈夫"])
    static let denials = TriageText.words(["ない", "なく", "なか", "ません", "not ", "n't", "never", "no longer", "無理", "だめ", "ダメ", "できず", "fails", "failed"])
    /// Where a place's clause turns to another: "…, but", «…けど».
    static let turns = TriageText.words([" but ", " however", " whereas ", " while ", "けど", "けれど", "のに", "が、", "一方"])
    static let reach = 40

    /// Whether the trouble is off campus, told at `campus` and at `offCampus` (each the place's
    /// first telling).
    static func offCampus(campus: Int, offCampus: Int, in text: TriageText) -> Bool {
        let campusWorks = works(at: campus, in: text), offWorks = works(at: offCampus, in: text)
        if campusWorks != offWorks { return campusWorks }
        return offCampus < campus
    }

    /// Whether the clause a place is told in tells things working there.
    static func works(at place: Int, in text: TriageText) -> Bool {
        var start = text.clauseStart(before: place, reach: reach, marks: FactExtractor.clauseMarks)
        var end = text.clauseEnd(after: place, reach: reach, marks: FactExtractor.clauseMarks)
        for turn in turns {
            for found in text.ranges(of: turn, in: start..<end) {
                if found.upperBound <= place { start = found.upperBound } else if found.lowerBound >= place { end = found.lowerBound; break }
            }
        }
        let clause = start..<end
        return text.containsAny(fine, in: clause) || (text.containsAny(working, in: clause) && !text.containsAny(denials, in: clause))
    }
}

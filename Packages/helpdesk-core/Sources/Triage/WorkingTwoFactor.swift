/// The clauses of a ticket that tell its two-factor side works — «認証アプリの数字は出ているんで
/// すが», «2要素認証のほうは新しいスマホでも数字出てます», "The 2FA app on my phone still works
/// fine", "Everything else (the authenticator app etc.) is fine". Beside a password the writer
/// has forgotten they are an aside, said to rule the two-factor entries out: their words are then
/// no evidence of what the ticket is about, as `SettledClauses`' are. (Without a forgotten
/// password, «数字は出ているのにログインできない» is the two-factor trouble itself; the caller
/// asks only then.)
///
/// A clause counts when it names the two-factor side, tells it works, and neither denies it
/// («出てない», "doesn't work") nor asks («大丈夫ですか», "?"). A ticket that is mostly such
/// clauses is about them: then none counts.
enum WorkingTwoFactor {
    static let twoFactorWords = TriageText.words([
        "認証アプリ", "2要素", "2段階", "二段階", "二要素", "ワンタイム", "google認証", "authenticator", "2fa", "two-factor", "two factor",
        "2-step", "two-step", "2 step", "otp", "one-time", "one time",
        // Romaji, as typed without Japanese input (what the romaji reading leaves as written).
        "ninshou apuri", "ninsho apuri", "niyouso", "wantaimu",
        // The phone and its app, as a writer who forgot the password calls them: «スマホとアプリは普通に使えてます»,
        // "The phone is fine".
        "スマホ", "アプリ", "phone", "app ",
    ])
    static let workingWords = TriageText.words([
        "出てます", "出ています", "出ている", "出てる", "は出ます", "も出ます", "は出てきます", "は表示されます", "移行済", "移せて", "移せました", "移行でき", "引き継げて", "引き継げました", "使えてます", "使えています",
        "使えてる", "動いてます", "動いています", "動いてる", "問題な", "大丈夫", "works fine", "working fine", "still works", "works normally",
        "is fine", "are fine", "is ok", "are ok", "is okay", "still shows", "shows the code", "shows the number", "no problem",
        // The phone at hand, its app showing the code: «スマホとアプリは普通に使えてます», "Authenticator keeps showing the 6 digits".
        "普通に使え", "手元にあ", "is with me", "still have the", "still has the", "keeps showing", "still showing", "showing the",
        // The app's codes told shown: "Authenticator shows the 6 digits".
        "shows the 6", "shows the six", "shows 6", "shows six", "shows the digits", "shows a code", "shows codes", "shows the numbers", "shows numbers",
        "generates codes", "generates the code", "generating codes",
        // Still coming up: "The 6-digit numbers still show up on my phone fine".
        "still show", "still appear", "still come up", "show up fine", "shows up fine", "on my phone fine",
        "daijoubu", "daijobu", "daijyoubu", "mondai nai", "mondainai", "ugoitemasu", "ugoiteru",
    ])
    static let denyingWords = TriageText.words([
        "てない", "ていない", "てません", "ていません", "出ない", "えない", "じゃない", "ではない", "not ", "n't", "never", "no longer",
    ])
    static let askingWords = TriageText.words(["ですか", "ますか", "でしょうか", "?"])

    /// Where a clause ends: a sentence's end (`ToldRecoveryAddress.endsSentence`), a comma, a
    /// conjunction. (A line's end is a space by then: `TriageText` folds white space.)
    static let clauseMarks: Set<Unicode.Scalar> = ["、", ",", ";"]
    static let conjunctions = TriageText.words(["が、", "けど", "けれど", "のに", " but ", " so ", " and ", " - ", " – ", " — "])

    /// The working clauses of `text`, in order and apart.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        let s = text.scalars
        guard text.containsAny(twoFactorWords) else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        var i = 0
        // Whether the clause before, in the same sentence, named the two-factor side: "I still have
        // the Authenticator app on my phone and it shows codes" tells it works in the second
        // clause, of the first's app.
        var named = false
        func close(_ end: Int) {
            let clause = start..<end
            guard !clause.isEmpty else { return }
            if works(text, clause, named: named) { found.append(clause) }
            named = text.containsAny(twoFactorWords, in: clause)
        }
        while i < s.count {
            if ToldRecoveryAddress.endsSentence(s, at: i) || clauseMarks.contains(s[i]) {
                close(i)
                // (Not past a sentence's end.)
                if ToldRecoveryAddress.endsSentence(s, at: i) { named = false }
                start = i + 1
            } else if let conjunction = conjunctions.first(where: { TriageText.matches(s, i, $0) }) {
                close(i)
                start = i + conjunction.count
                i = start
                continue
            }
            i += 1
        }
        close(s.count)
        let told = found.reduce(0) { $0 + $1.count }
        return told * 2 > s.count ? [] : found
    }

    static func works(_ text: TriageText, _ clause: Range<Int>, named: Bool = false) -> Bool {
        (named || text.containsAny(twoFactorWords, in: clause)) && text.containsAny(workingWords, in: clause)
            && !text.containsAny(denyingWords, in: clause) && !text.containsAny(askingWords, in: clause)
    }
}

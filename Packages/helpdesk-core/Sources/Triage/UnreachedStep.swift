/// A two-factor step told as never reached, the login failing before it: «ワンタイムパスワードの
/// 画面までは行きません», "I never even get to the code", "on campus so no OTP step". The step is
/// not the trouble, so its words are not evidence of a two-factor entry: they are set aside, as a
/// denied trouble's are.
enum UnreachedStep {
    /// Not reaching, after まで (or に, for arriving): the step is named before it, in the clause.
    static let japanese: [String] = ["まで", "までは", "までも"].flatMap { particle in
        ["行きません", "行かない", "行けない", "行けません", "行ってない", "行ってません", "行かへん", "行かれへん", "いきません", "いかない", "いけない",
         "いけません", "いってない", "いかへん", "たどり着かない", "たどり着けない", "たどり着きません", "たどり着けません", "たどりつかない", "たどりつけない",
         "たどりつきません", "たどりつけません", "進めない", "進めません", "進まない", "進みません", "到達しない", "到達しません", "到達できない", "到達できません",
         // Its continuative negative: «2要素のところまで行かずにIDとパスワードの段階でダメです».
         "行かずに", "いかずに", "行けずに", "いけずに", "進まずに", "進めずに", "たどり着かずに", "たどり着けずに", "到達せずに",
         // And in 〜なくて: «ワンタイムパスワードの画面までもいかなくて、IDとパスワードの時点でダメです».
         "行かなくて", "いかなくて", "行けなくて", "いけなくて", "進まなくて", "進めなくて", "たどり着かなくて", "たどり着けなくて", "たどりつかなくて",
         "たどりつけなくて", "到達しなくて", "到達できなくて",
        ].map { particle + $0 }
    } + ["には", "にも", "に"].flatMap { particle in
        // Not arrived at: «2要素の入力画面にはたどり着けません».
        ["たどり着かない", "たどり着けない", "たどり着きません", "たどり着けません", "たどりつかない", "たどりつけない", "たどりつきません", "たどりつけません",
         "到達しない", "到達しません", "到達できない", "到達できません"].map { particle + $0 }
    }
    /// The two-factor step's words, one of which the Japanese clause must name (not «最後まで行けません»,
    /// «空欄のままではいけませんか»).
    static let steps = TriageText.words(["ワンタイム", "わんたいむ", "2要素", "二要素", "にようそ", "2段階", "二段階", "otp", "認証コード", "6桁",
        // The app's code: «アプリのコードまでたどり着かない» (not the reset mail's «確認コード»).
        "アプリのコード"])
    /// Not reaching, in English: the step named in the phrase.
    static let english: [String] = {
        let verbs = ["never get to", "never even get to", "n't even get to", "n't get to", "not even getting to", "not getting to", "never reach",
                     "never even reach", "n't even reach", "n't reach", "not even reaching", "not reaching", "never get as far as", "n't get as far as",
                     "n't even get as far as", "never makes it to", "never make it to", "n't make it to", "n't even make it to",
                     // Of the login: "it stops at the ID/password page, never gets to the two factor code part".
                     "never gets to", "never even gets to", "never got to", "never even got to", "never reaches", "never even reaches", "never reached"]
        let named = ["the code", "the otp", "the 2fa", "the one-time", "the one time", "the two-factor", "the verification", "the authenticator",
                     "otp", "2fa", "two-factor", "a code", "any code", "the two factor", "two factor", "the 2-step", "the two-step", "the two step", "the 2 factor",
                     // The code's page by its digits: "it never even gets to the 6-digit page".
                     "the 6-digit", "the 6 digit", "the six-digit", "the six digit", "the 2-factor"]
        // Or the login stopping before it: "It stops before the two-factor screen even appears".
        let stopping = ["stops", "stopped", "fails", "failed", "stuck", "blocked", "rejected", "errors out", "kicked out", "bounced"].flatMap { verb in
            ["before", "before even", "even before"].map { "\(verb) \($0)" }
        } + ["before i get to", "before i even get to", "before it gets to", "before it even gets to", "before reaching", "before even reaching"]
        // Or before the step is asked for: "login fails right after I type my ID, before any code is asked".
        let asked = ["before any code is asked", "before any code is requested", "before any code is shown", "before it asks for a code",
                     "before it asks for the code", "before i'm asked for a code", "before i am asked for a code", "before being asked for a code",
                     "before being asked for the code"]
        return (verbs + stopping).flatMap { verb in named.map { "\(verb) \($0)" } } + asked
            + ["no otp step", "no 2fa step", "no one-time password step", "no one time password step", "no code step", "no two-factor step"]
    }()

    /// Each phrase, and whether its step is named in it (English) or before it (Japanese).
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in english { matcher.add(phrase, true) }
        for phrase in japanese { matcher.add(phrase, false) }
        return matcher
    }()

    /// The words that go on naming the step after an English phrase: "never gets to the two factor
    /// code part" names the code too, which is no evidence either.
    static let stepNouns: Set<String> = ["code", "codes", "part", "screen", "page", "step", "prompt", "stage", "input", "entry", "window", "field"]

    /// Where the step's name ends after `end`: past up to three of `stepNouns`.
    static func stepEnd(after end: Int, in text: TriageText) -> Int {
        var e = end
        for _ in 0..<3 {
            var a = e
            while a < text.scalars.count, text.scalars[a] == " " { a += 1 }
            var b = a
            while b < text.scalars.count, Redactor.isLetter(text.scalars[b]) { b += 1 }
            guard b > a, stepNouns.contains(String(scalars: text.scalars[a..<b])) else { break }
            e = b
        }
        return e
    }

    /// How far back a Japanese clause may run from its verb, in scalars.
    static let reach = 40

    /// Where `text` tells a two-factor step never reached, from the phrases found (`TicketPhrases`
    /// finds them with the others), in order and apart.
    static func ranges(_ matches: [PhraseMatcher<Bool>.Match], in text: TriageText) -> [Range<Int>] {
        SettledClauses.merged([], matches.compactMap { match in
            if match.payload { return match.range.lowerBound..<stepEnd(after: match.range.upperBound, in: text) }
            let start = text.clauseStart(before: match.range.lowerBound, reach: reach, marks: FactExtractor.clauseMarks)
            return text.containsAny(steps, in: start..<match.range.lowerBound) ? start..<match.range.upperBound : nil
        })
    }
}

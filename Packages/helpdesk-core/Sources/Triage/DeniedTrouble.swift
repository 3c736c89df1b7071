/// Trouble a ticket says it does not have, or only supposes: "it shouldn't have expired yet",
/// "before it could expire", "I haven't lost my phone", "the account isn't locked",
/// 「期限切れではないと思います」, 「パスワードを忘れたわけではない」, 「機種変更はしてません」.
/// The words name another entry's trouble, so they are not evidence of what the ticket is about:
/// the denial is set aside whole (its words, their synonyms and bigrams). Any substring counts
/// («n't» stands inside a word).
enum DeniedTrouble {
    static let phrases = [
        // An expired code.
        "n't have expired", "not have expired", "n't expired", "not expired", "not yet expired", "n't expire", "not expire",
        "n't be expired", "not be expired", "期限切れではな", "期限切れじゃな", "期限は切れていな", "期限は切れてな", "期限内",
        // Named as the trouble it is not: «期限切れとかではなく、そもそもメールが来てません».
        "期限切れとかではな", "期限切れとかじゃな", "期限切れでもな", "期限切れとかでもな", "期限切れというわけではな", "期限切れってわけじゃな", "時間切れではな",
        "時間切れとかではな", "時間切れじゃな", "時間切れとかじゃな",
        // Told not to have come about: «コードが期限切れになったわけじゃなくて、そもそもメールが来てない».
        "期限切れになったわけじゃな", "期限切れになったわけではな", "期限が切れたわけじゃな", "期限が切れたわけではな", "期限切れになったのではな",
        // Only supposed, not happened: "the point where it could expire", "is the code expiring while I wait?".
        "could expire", "would expire", "might expire", "will expire", "before it expires", "expiring while", "expire while",
        // Asked of what is to come: "Is it going to expire before it even arrives?".
        "going to expire", "gonna expire", "will it expire", "expire before it",
        // Or feared, not yet come: «このままだと期限切れになっちゃう», «期限が切れてしまうんじゃないかと心配».
        "期限切れになっちゃう", "期限切れになってしまう", "期限切れになりそう", "期限切れになるかも", "期限切れになる前", "期限切れちゃう", "期限切れそう",
        "期限が切れちゃう", "期限が切れてしまう", "期限が切れそう", "期限が切れる前", "期限切れる前", "時間切れになっちゃう", "時間切れになりそう",
        // A lock.
        "n't locked", "not locked", "n't been locked", "not been locked", "not really locked", "n't really locked", "not actually locked",
        "n't actually locked", "ロックはされていな", "ロックはされてな", "ロックされているわけではな",
        "アカウントロックとかではな", "アカウントロックとかじゃな", "アカウントロックではな", "アカウントロックじゃな", "ロックとかではな", "ロックとかじゃな",
        // Or feared, kept off: «ロックされたら困るので途中でやめました», «ロックされる前に».
        "ロックされたら困", "ロックされたらこま", "ロックがかかったら困", "ロックかかったら困", "ロックされそう", "ロックがかかりそう", "ロックされる前",
        "ロックがかかる前", "ロックされないよう", "ロックがかからないよう", "ロックにならないよう",
        // A lost phone.
        "n't lost my", "not lost my", "n't lose my", "not lose my", "n't lost it", "not lost it", "n't lost the", "not lost the",
        "なくしてはいな", "なくしたわけではな", "紛失はしていな", "紛失したわけではな",
        // Only asked whether it counts as lost: «紛失扱いでQRコードの再発行が必要ですか?».
        "紛失扱い", "紛失あつかい",
        // Nor this either: «機種変してないし、なくしてもいないです».
        "なくしてもいな", "なくしてもな", "なくしてもおりま", "失くしてもいな", "無くしてもいな", "失くしてもな", "無くしてもな", "落としてもな", "紛失してもな", "紛失もしていな", "紛失もしてな", "紛失もしておりま", "落としてもいな",
        // A phone that powers on still: «旧端末は…まだ電源も入って使える状態です».
        "電源も入って", "電源は入って", "電源が入って", "電源入って", "電源もつ", "電源はつ", "電源も入る", "電源は入る", "still turns on", "still switches on",
        // A new phone: «機種変更はしてません», "I haven't changed my phone".
        "機種変更はしてな", "機種変更はしていな", "機種変更はしてま", "機種変更はしておりま", "機種変更してな", "機種変更していな", "機種変更してま", "機種変更しておりま",
        "機種変はしてな", "機種変はしていな", "機種変はしてま", "機種変してな", "機種変していな", "機種変してま", "機種変更はありま", "機種変更などはしてな",
        "n't changed my phone", "not changed my phone", "n't change my phone", "not change my phone", "n't changed phones", "n't switched phones",
        "n't got a new phone", "n't gotten a new phone", "no new phone",
        // Nor bought a new one, nor lost it, in polite speech: «スマホは買い替えてないし無くしてもいません».
        "買い替えてな", "買い替えていな", "買い替えてま", "買い替えはしてな", "買い替えはしていな", "買い換えてな", "買い換えていな", "買い換えてま",
        "なくしてもいませ", "無くしてもいませ", "失くしてもいませ", "落としてもいませ", "紛失してもいませ",
        // A forgotten password.
        "n't forgotten", "not forgotten", "n't forget", "not forget", "忘れたわけではな", "忘れたわけじゃな", "忘れてはいな", "忘れてはな",
        // In polite and humble speech: «忘れたわけではございません», «忘れてはおりません».
        "忘れたわけではあり", "忘れたわけではござ", "忘れたわけじゃあり", "忘れてはいません", "忘れてはおりません", "忘れておりません",
        // Nor forgotten either: «パスワードは変えた覚えがございませんし、忘れてもおりません».
        "忘れてもおりません", "忘れてもいません", "忘れてもいない", "忘れてもない", "わすれてもいない", "わすれてもいません",
        "忘れてない", "忘れていない", "忘れてません", "忘れていません", "忘れとらん", "忘れてへん", "忘れてえへん",
        // In kana, as phone typing writes it: «ぱすわーどはわすれてないとおもう»; in romaji: «wasuretenai».
        "わすれてない", "わすれていない", "わすれてません", "わすれていません", "わすれておりません", "わすれとらん", "わすれてへん", "わすれてはいな", "わすれてはな",
        "わすれたわけではな", "わすれたわけじゃな", "wasuretenai", "wasurete nai", "wasureteinai", "wasurete inai", "wasuretemasen", "wasurete masen",
        "wasureteimasen", "wasurete imasen",
        // In writing: «パスワードは失念しておりませんし».
        "失念しておりません", "失念してはおりません", "失念していません", "失念してはいません", "失念してません", "失念していない", "失念してない",
        "失念したわけではな", "失念したわけでもな",
    ] + nothingLost

    /// «…わけではない», «…とかじゃなくて», «…のではない» just after a word: its case is not so. One list
    /// for the three that read it after a word: a trouble's word (`Triager.denied`), a forgetting
    /// (`ForgottenPassword`) and a fact's cue (`FactExtractor`).
    static let notTheCase = TriageText.words([
        "わけではな", "わけではあり", "わけではござ", "わけじゃな", "わけじゃあり", "わけでもな", "わけでもあり", "とかではな", "とかじゃな", "のではな",
        // Neither this nor that, the negation after the list: «端末をなくしたわけでも機種変更でもなく».
        "わけでも",
        // Or told politely, too long for the word's reach as a whole: «失念したわけではございません».
        "わけでは",
    ])

    /// Lost denied whole ("My phone is with me, nothing lost or given away"): also told as the
    /// phone not lost (`FactExtractor`'s `device_lost`).
    static let nothingLost = ["nothing lost", "nothing was lost", "nothing's lost", "wasn't lost", "was not lost", "isn't lost", "is not lost",
                              // "Same phone as before, nothing lost or stolen."
                              "nothing lost or stolen", "nothing was lost or stolen", "not lost or stolen", "neither lost nor stolen", "wasn't lost or stolen",
                              "was not lost or stolen", "isn't lost or stolen",
                              // "Phone not lost, nothing stolen, I just want a clean setup."
                              "phone not lost", "nothing stolen", "nothing was stolen", "wasn't stolen", "was not stolen", "isn't stolen", "not been stolen"]

    /// The denial of a list of doings in 「〜たり」, which denies the clause back to its start (as a
    /// fear at a clause's end does, `fearedClause`):
    /// «スマホ自体は同じもので、なくしたり人に渡したりはしていません».
    static let listDenied = ["たりはしていな", "たりはしてな", "たりはしていませ", "たりはしてませ", "たりはしておりませ", "たりもしていな", "たりもしてな",
                             "たりもしていませ", "たりもしてませ", "たりとかはしていな", "たりとかはしてな", "たりとかはしてませ", "たりとかはしていませ"]

    static let listDeniedWords = TriageText.words(listDenied)
    /// A trouble only feared, at the end of its clause: «ワンタイムパスワードが見られないと困るとおっしゃって
    /// います» (not «…できなくて困っています», which has happened), «このままだと有効期限が切れるんじゃないかと».
    static let fearedClause = ["ないと困る", "ないと困り", "ないとこまる", "ないとこまり", "なくなると困", "なくなったら困",
                               // An expiry feared, its name in the clause: «このままだと期限が切れてしまいそう», «有効期限が切れるんじゃないかと心配».
                               "切れてしまいそう", "切れちゃいそう", "切れてしまうかも", "切れちゃうかも", "切れそうで", "切れるんじゃ", "切れるのでは",
                               "切れないか心配", "切れないかと心配", "切れるか心配", "切れるかもしれ"]

    /// Each phrase, and whether it denies the clause back to its start (false) or only itself.
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in phrases { matcher.add(phrase, true) }
        for phrase in listDenied + fearedClause { matcher.add(phrase, false) }
        return matcher
    }()

    /// How far back a list's clause may run from its denial, in scalars.
    static let reach = 40

    /// Where `text` denies a trouble, in order and apart.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        ranges(matcher.matches(in: text), in: text)
    }

    /// `ranges(in:)` with the phrases found already (`TicketPhrases` finds them with the others).
    static func ranges(_ matches: [PhraseMatcher<Bool>.Match], in text: TriageText) -> [Range<Int>] {
        SettledClauses.merged([], matches.map { match in
            match.payload ? match.range : text.clauseStart(before: match.range.lowerBound, reach: reach, marks: FactExtractor.clauseMarks)..<match.range.upperBound
        })
    }
}

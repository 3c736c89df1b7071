/// Whether a ticket says the reset mail, or the code in it, never came: «再設定通知メールがいつまで
/// たっても来ません», "the email with the code never arrived". Beside a forgotten password the
/// forgetting is then what started the reset, and the missing mail is the trouble now: the page
/// has an entry for it (P001 「パスワード再設定通知メールが届かない」), so the forgetting words are
/// not evidence for password-forgotten.
enum ResetMailMissing {
    static let mail = ["メール", "コード", "mail", "email", "e-mail", "code", "通知", "notice", "notification", "reset link", "meeru", "koodo", "めーる", "こーど"]
    static let missing = [
        "届かない", "届きません", "届いていない", "届いてない", "届いていません", "届かず", "来ない", "来ません", "来てない",
        // こない after the mail, the code or an adverb of waiting: «メールこない», «全然こない»; not the
        // «こない» of a thing not come back or not shown («スマホが戻ってこない», «画面が出てこない»).
        "メールがこない", "メールはこない", "メールもこない", "メールこない", "コードがこない", "コードはこない", "コードもこない", "コードこない",
        "全然こない", "ぜんぜんこない", "まだこない", "なかなかこない", "一向にこない", "いっこうにこない", "送られてこない", "通知がこない", "通知こない",
        "番号がこない", "番号こない", "数字がこない", "パスワードがこない", "パスワードこない", "おくられてこない", "smsこない", "smsがこない", "smsにこない",
        "smsでこない",
        // With the mail in kana: «めーるこない».
        "めーるこない", "めーるがこない", "めーるもこない", "めーるきません", "めーるがきません", "めーるとどかない", "めーるがとどかない", "めーるがとどきません",
        // 来ません in kana after the mail, the code or an adverb of waiting: «メールがきません», «全然きません»;
        // not the «きません» of «できません», «うまくいきません». (Not after a particle alone: a phrase that
        // starts with が, は or も is tried at nearly every sentence, a third of a 10 MB ticket's time.)
        "メールがきません", "メールはきません", "メールもきません", "メールきません", "コードがきません", "コードはきません", "コードもきません", "コードきません",
        "全然きません", "まだきません", "なかなかきません", "一向にきません", "いっこうにきません",
        "来ていない", "来ていません", "来てません", "受信できない", "受信できません", "届いておりません",
        // In kana, as phone typing or a learner leaves it: «メールがとどきません».
        "とどかない", "とどきません", "とどいていない", "とどいてない", "とどいていません", "とどいてません", "とどかず", "とどいておりません",
        // In humble speech: «案内のメールが参らないのですが».
        "参らない", "参りません", "参っておりません", "参っていない",
        "not arriving", "never arrived", "never arrives", "hasn't arrived", "has not arrived", "didn't arrive", "did not arrive", "not arrived",
        "never came", "hasn't come", "has not come", "doesn't come", "does not come", "never comes", "not received", "haven't received",
        "have not received", "didn't receive", "did not receive", "never received", "never got", "haven't gotten", "haven't got", "not getting",
        // As typed fast or in a second language: "the reset mail doesnt come", "no email come".
        "doesnt come", "dont come", "didnt come", "doesnt arrive", "didnt arrive", "not come", "no email come", "no mail come", "no email came",
        "no mail came", "no email arrive", "no email arrived", "no mail arrived",
        // In romaji, whose words stay as written: «meeru ga todokanai» (届かない).
        "todokanai", "todokimasen", "todoite nai", "todoitenai", "todoite inai", "todoite imasen", "todoiteimasen",
    ] + ["tatte mo", "tattemo", "matte mo", "mattemo", "zenzen", "mada", "nanimo", "nani mo"].flatMap { wait in
        // And 来ない after a wait, as above: «10 pun tatte mo konai» (not the «dete konai» of a screen not shown).
        ["konai", "kimasen"].map { "\(wait) \($0)" }
    }

    /// The words of a notice, and those that name the reset it would be of.
    static let notices: Set<String> = ["通知", "notice", "notification"]
    static let resets = TriageText.words(["reset", "再設定", "再発行", "recover", "re-issue", "reissue", "saisettei", "saisetei", "saihakkou", "saihakko"])

    /// Nothing came, the mail understood: "But nothing arrived, even after an hour."
    static let nothingCame = ["nothing arrived", "nothing has arrived", "nothing came", "nothing has come", "nothing ever came", "nothing ever arrived",
                              "何も届かない", "何も届きません", "何も届いていない", "何も届いてない", "何も来ない", "何も来ません", "何も来てない",
                              // "Still no reset email.", "There's nothing in my inbox at all."
                              "still no email", "still no mail", "still no reset email", "still no reset mail", "still no code", "no reset email", "no reset mail",
                              "nothing in my inbox", "nothing in the inbox", "inbox is empty", "inbox is still empty", "inbox remains empty", "inbox remained empty",
                              "inbox stays empty", "inbox stayed empty", "inbox still empty", "受信箱は空", "受信トレイは空", "受信トレイに何も",
                              "受信箱に何も"]

    /// A word of the mail (group 0) or of its not coming (group 1). A phrase of nothing coming
    /// is both: it is added once as each.
    static let matcher: PhraseMatcher<Int> = {
        var matcher = PhraseMatcher<Int>(wholeWords: true)
        for word in mail { matcher.add(word, 0) }
        for words in missing { matcher.add(words, 1) }
        for words in nothingCame {
            matcher.add(words, 0)
            matcher.add(words, 1)
        }
        return matcher
    }()

    /// Whether one sentence of `text` names the mail (or code) and its not coming.
    static func told(in text: TriageText) -> Bool {
        told(in: text, matches: matcher.matches(in: text))
    }

    /// `told(in:)` with the words found already (`TicketPhrases` finds them with the others).
    /// A not coming only supposed is not told: «メールが全然来ないと思ってたら迷惑メールフォルダに
    /// 入ってて», "I thought the reset email never came … it was in my junk folder".
    static func told(in text: TriageText, matches: [PhraseMatcher<Int>.Match]) -> Bool {
        // A notice is the reset's only where a reset is named: "I never got a notice" that the
        // university made everyone change passwords is no reset mail missing.
        let reset = text.containsAny(resets)
        let told = matches.lazy.filter {
            $0.payload == 0 ? reset || !notices.contains(text.slice($0.range)) : !supposed($0.range, in: text)
        }
        return SentenceGroups.first(in: text, groups: 2, matches: told.map { ($0.payload, $0.range) }, ends: { FactExtractor.endsSentence(at: $0, in: text) }) != nil
    }

    /// The clauses that only suppose the mail missing, each up to its not coming: not evidence
    /// that it is (the writer found it, late).
    static func supposedRanges(in text: TriageText, matches: [PhraseMatcher<Int>.Match]) -> [Range<Int>] {
        matches.filter { $0.payload == 1 && supposed($0.range, in: text) }.map { match in
            text.clauseStart(before: match.range.lowerBound, reach: 40, marks: FactExtractor.clauseMarks)..<match.range.upperBound
        }
    }

    /// Japanese supposing just after a not coming; English supposing before it, with no
    /// «but» between (not "I thought I'd wait, but it never came").
    static let supposedAfter = TriageText.words(["と思", "かと思", "んじゃないかと", "のではないかと"])
    static let supposedBefore = TriageText.words(["thought", "assumed", "figured", "was sure"])
    static let turnBefore = TriageText.words(["but", "though", "however", "still"])

    static func supposed(_ range: Range<Int>, in text: TriageText) -> Bool {
        // «来ないと思って», «来てないのかと思ったら» (a particle or two between).
        if (0...2).contains(where: { gap in supposedAfter.contains { TriageText.matches(text.scalars, range.upperBound + gap, $0) } }) { return true }
        let before = max(0, range.lowerBound - 40)..<range.lowerBound
        guard let thought = supposedBefore.compactMap({ text.find($0, in: before)?.upperBound }).max() else { return false }
        return !text.containsAny(turnBefore, in: thought..<range.lowerBound)
    }
}

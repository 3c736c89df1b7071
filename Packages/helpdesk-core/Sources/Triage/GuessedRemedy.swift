/// A sentence in which the writer guesses, asking, at a remedy or a cause: «2要素認証のQRコードを
/// 再発行したら入れるようになりますか?», "Do I need to reissue my 2FA QR code now?",
/// «再発行用アドレスの登録が間違っていたのでしょうか?». Beside a trouble the ticket tells in
/// another sentence — a password forgotten, a code expired, a device lost, a reset mail that never
/// came — the guess names a neighbouring entry's remedy or cause, not the trouble: its words are
/// no evidence of what the ticket is about. (The caller asks only when such a trouble is told.)
enum GuessedRemedy {
    /// Words that ask whether a remedy would help or is needed, or whether a cause is the cause.
    static let markers = [
        // Would it help: «再発行したら入れるようになりますか», «リセットすれば直りますか».
        "たら入れるようになりますか", "たら入れるようになるのでしょうか", "たらログインできるようになりますか", "たらログインできるようになるのでしょうか",
        "たら直りますか", "たら治りますか", "たら入れますか", "ば入れるようになりますか", "ば直りますか", "ば治りますか", "ば入れますか",
        "ばログインできるようになりますか",
        // The same in plain speech: «QRコード再発行したら入れるようになる?».
        "たら入れるようになる?", "たら入れるようになるかな", "たら入れる?", "たら入れるかな", "たらログインできる?", "たらログインできるかな", "たら直る?", "たら治る?",
        "ば入れるようになる?", "ば入れる?", "ば直る?",
        // Is it needed: «QRコードの再発行も必要でしょうか», «最初からやり直さないといけませんか».
        "必要がありますか", "必要がありますでしょうか", "必要があるのでしょうか", "必要ありますか", "必要でしょうか", "必要ですか",
        "ないといけませんか", "ないといけないのでしょうか", "ないといけないですか", "なければなりませんか", "なければいけませんか", "ないとだめですか",
        "べきでしょうか", "べきですか",
        // The same in plain speech: «2要素認証の設定からやりなおさないとダメ？».
        "ないとダメ?", "ないとだめ?", "ないとダメかな", "ないとだめかな", "ないとダメなの", "ないとだめなの", "ないとダメですか", "ないとダメでしょうか",
        "ないとだめでしょうか", "なきゃダメ?", "なきゃだめ?", "なきゃダメかな", "なきゃだめかな", "なきゃいけない?", "なきゃいけないの", "ないといけない?",
        "ないといけないの?", "ないといけないかな",
        // Would it be better: «一番最初からやり直した方がいいですか？».
        "た方がいいですか", "たほうがいいですか", "た方がいいでしょうか", "たほうがいいでしょうか", "た方が良いですか", "た方が良いでしょうか",
        "た方がよいですか", "たほうがよいですか", "た方がよろしいでしょうか", "たほうがよろしいでしょうか",
        // Should I redo it: «アプリ入れ直せばいい?», «設定し直したらいいですか».
        "直せばいい", "直せばよい", "直したらいい", "直したらよい",
        // Thought of and given up: «利用者管理システムからパスワード変更すればいいかと思ったけど».
        "ばいいかと思", "ばいいのかと思", "ばいいと思った",
        // Is that the cause: «登録が間違っていたのでしょうか», «スマホを変えたせいでしょうか».
        "間違っていたのでしょうか", "間違っているのでしょうか", "間違えていたのでしょうか", "間違えたのでしょうか", "せいでしょうか", "せいですか",
        "が原因でしょうか", "が原因ですか", "が原因なのでしょうか",
        // Does that mean: «これって確認コードの有効期限が切れてるってことですか？».
        "ってことですか", "ということですか", "ってことでしょうか", "ということでしょうか",
        // In English.
        "do i need to", "do i need a ", "do i need an ", "do i need the ", "do i need another", "do i have to", "will i need to", "would i need to", "should i reissue", "should i reset", "should i redo", "should i re-",
        "would it help", "will it help", "would that help", "will that help", "would it fix", "will it fix", "would that fix", "will that fix",
        "is it because", "could it be because", "is that because", "could it be that", "is it due to",
        // Or supposed: "I assume I need to reinstall Google Authenticator and scan a new QR code first?".
        "i assume i need", "i assume i have to", "i assume i should", "i suppose i need", "i suppose i have to", "i suppose i should",
        "i guess i need", "i guess i have to", "i guess i should", "presumably i need", "presumably i have to",
        // Or the account suspected locked: "the code is refused. I suspect my account got locked." (not
        // a mail filter suspected, which is the missing mail's own cause).
        "i suspect my account", "i suspect that my account", "i think my account", "i guess my account", "maybe my account", "perhaps my account", "probably my account",
        "i assume my account", "i believe my account", "my account might", "my account may have",
        // The same asked in Japanese: «これってアカウントになんかロックかかった?».
        "ロックかかった?", "ロックかかったの?", "ロックがかかった?", "ロックがかかったの?", "ロックされた?", "ロックされたの?", "ロックされてる?",
        "ロックかかってる?", "ロックがかかってる?", "ロックされたのでしょうか", "ロックされているのでしょうか", "ロックがかかったのでしょうか",
        "ロックがかかっているのでしょうか", "ロックされましたか", "ロックがかかりましたか",
        // Or its remedy asked for beside the trouble: "Could you please unlock it?".
        "could you please unlock", "could you unlock", "can you unlock", "can you please unlock", "please unlock",
        // Or which it is: "Is it the two-factor reset I need, or something else?".
        "i need, or", "what i need?", "is that what i need", "is this what i need", "is it what i need",
        // Or another's advice passed on: "My host professor said I should ask you to issue a new temporary password".
        "said i should", "said that i should", "told me i should", "told me to ask", "told me to get", "suggested i ", "suggested that i",
        "advised me to", "recommended that i", "recommended i ",
        // Or a shortcut asked for: "can I just add the authenticator extension there with my existing setup key?".
        "can i just", "could i just", "can i simply", "could i simply", "should i just",
        // Or a setting changed instead: "Is it possible to turn off the password and just use the app?".
        "is it possible to", "can i turn off", "could i turn off", "can you turn off", "could you turn off",
        // Or a way of sending asked for: "the email with the code never came … Can you send the code to my phone by SMS?".
        "can you send", "could you send", "can you please send", "could you please send", "can you just send", "could you just send",
        "can you text", "could you text",
        // The same in Japanese: «SMSで送っていただけますか», «別のアドレスに送ってもらえますか».
        "送っていただけますか", "送っていただけませんか", "送ってもらえますか", "送ってもらえませんか", "送ってくれますか", "送ってくれませんか",
        // Or a thing to be issued: «仮パスワードをもう一回発行してもらえますか».
        "発行していただけますか", "発行していただけませんか", "発行してもらえますか", "発行してもらえませんか", "発行してくれますか", "発行してくれませんか",
        // Or a step to be undone: "Should I delete the authenticator entry and set everything up again?".
        "should i delete", "should i remove", "could you reissue", "can you reissue", "could you please reissue", "can you please reissue", "should i set everything up", "should i set it all up", "should i set it up again",
        // Or starting over: "by the time I was back it had run out. Do I start over?".
        "do i start over", "should i start over", "must i start over", "do i start again", "should i start again", "do i redo", "do i restart",
        "should i restart",
    ]
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for word in markers { matcher.add(word, true) }
        return matcher
    }()
    /// How far a sentence may run either side of its marker, in scalars.
    static let reach = 120
    /// What must stand outside the guessing sentences, in scalars, for them to be set aside.
    static let rest = 12

    /// The guessing sentences of `text` (each holding a marker found, by position, by
    /// `TicketPhrases`), in order and apart: none that holds a word of the trouble told
    /// (`troubles`: where the ticket tells it), which is then the trouble's own sentence.
    static func ranges(_ matches: [PhraseMatcher<Bool>.Match], troubles: [Range<Int>], in text: TriageText) -> [Range<Int>] {
        let marks = FactExtractor.sentenceMarks
        var found: [Range<Int>] = []
        for match in matches where match.range.lowerBound >= found.last?.upperBound ?? 0 {
            let start = max(text.clauseStart(before: match.range.lowerBound, reach: reach, marks: marks), found.last?.upperBound ?? 0)
            let sentence = start..<text.clauseEnd(after: match.range.upperBound, reach: reach, marks: marks)
            if !troubles.contains(where: { $0.overlaps(sentence) }) { found.append(sentence) }
        }
        let covered = found.reduce(0) { $0 + $1.count }
        return text.scalars.count - covered >= rest ? found : []
    }
}

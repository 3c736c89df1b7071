/// Whether a ticket tells that the writer no longer knows the password they set themselves
/// (`password_forgotten`). The pages send such a writer to the reissue from the entries a ticket
/// may name first (P000 L13: 「ご自身で設定した本パスワードが分からなくなった場合は、以下のとおりパスワード
/// 再発行手続きを行ってください」).
///
/// It is told by a forgetting word that no aside, hypothesis, supposition or denial took back,
/// with the writer's own password named near it (not the one-time or temporary one: «認証アプリを
/// 消し忘れて», «仮パスワードを忘れた» tell other entries). Not when the ticket has gone on to the
/// reissue's later steps (its code, its mail, an error on its screen): the forgetting is then
/// how the trouble began, and the trouble is the step.
enum ForgottenPassword {
    /// A password named; the short ones as whole words ("pass", not "passport" or "bypass").
    static let passwordWords = TriageText.words(["パスワード", "本パス", "パス", "password", "pw", "pwd", "pass", "ぱすわーど", "pasuwado", "pasuwaado"])
    static let shortPasswordWords = TriageText.words(["pw", "pwd", "pass"])
    /// «パス» for the password («OMUのパス忘れた», «ID・パス»), not inside a katakana word (キャンパス,
    /// パスポート, パスコード, パスワード, which is a word of its own).
    static let kanaShortPasswordWords = TriageText.words(["パス"])
    /// Words that, just before a password word, make it another password than the writer's own.
    static let otherPasswords = TriageText.words([
        "ワンタイム", "one-time ", "one time ", "onetime ", "仮", "仮の", "初期", "temporary ", "temp ", "initial ", "kari", "かり",
        // The IME's «借り» for «かり»: «さっき確認したOMUIDと借りパスワード忘れた».
        "借り",
    ])
    /// The reissue's later steps: its code, its mail arriving or not (in kana too: «メールが
    /// とどきません»), an error on its screen, a validity.
    static let laterSteps = TriageText.words([
        "確認コード", "コード", "code", "エラー", "error", "赤字", "赤い", "届", "とどか", "とどき", "とどい", "期限", "expired", "expire", "valid",
    ])
    /// Whether a later step's word stands outside `aside`. An error told of a login, the
    /// sentence's login before it («ログインすると「IDまたはパスワードが間違っています」みたいなエラー», "login
    /// error"), is none: it is what a forgotten password does, not a step of the reissue.
    /// Nor is the two-factor QR code's «コード» one («パスワード忘れた、、2段階認証のQRコード再発行したら
    /// 入れるようになる？»: a remedy guessed, the forgetting still the trouble).
    static func laterStep(in read: TriageText, outside aside: [Range<Int>]) -> Bool {
        // Where a login and a reissue are first named, found once for all the errors (`ofLogin`).
        lazy var named = (login: firstEnd(of: loginWords, in: read), reissue: firstEnd(of: reissueWords, in: read))
        return laterSteps.contains { word in
            if codeWords.contains(word) {
                return read.ranges(of: word).contains { !SettledClauses.covers(aside, $0.lowerBound) && !read.endsWithAny(qrBefore, at: $0.lowerBound) }
            }
            guard errorWords.contains(word) else { return read.occurs(word, outside: aside) }
            return read.ranges(of: word).contains { !SettledClauses.covers(aside, $0.lowerBound) && !ofLogin($0, in: read, login: named.login, reissue: named.reissue) }
        }
    }
    /// Where the first of `words` to end ends: a word of them stands wholly before a position
    /// exactly when this is at or before it.
    static func firstEnd(of words: [[Unicode.Scalar]], in read: TriageText) -> Int {
        words.compactMap { read.find($0, in: 0..<read.scalars.count)?.upperBound }.min() ?? Int.max
    }
    static let errorWords = TriageText.words(["エラー", "error"])
    static let codeWords = TriageText.words(["コード", "code"])
    static let qrBefore = TriageText.words(["qr", "qr "])
    static let loginWords = TriageText.words(["ログイン", "サインイン", "log in", "login", "logging in", "log-in", "sign in", "signing in", "sign-in"])
    /// Or the login told earlier, with no reissue named since: each try at it an error ("opened
    /// the portal login, typed my OMUID, typed what I was 90% sure was the password -> error. Tried
    /// it with a capital first letter -> error").
    /// `login`, `reissue`: where the first login word and the first reissue word end (`firstEnd`).
    static func ofLogin(_ error: Range<Int>, in read: TriageText, login: Int, reissue: Int) -> Bool {
        let start = read.clauseStart(before: error.lowerBound, reach: 40, marks: FactExtractor.sentenceMarks)
        if read.containsAny(loginWords, in: start..<error.lowerBound) { return true }
        return login <= error.lowerBound && reissue > error.lowerBound
    }
    static let reissueWords = TriageText.words(["再設定", "再発行", "リセット", "reset", "reissue", "recover", "new password", "新しいパスワード", "変更", "change"])

    /// Whether the ID is named in a later sentence than the last password before a forgetting,
    /// and no password after it: the ID is what is forgotten («パスワードは…手帳に控えてあります。
    /// 思い返すと、画面に別の英数字のIDが表示されていたような気も…控えておりません»; not «パスワードと
    /// IDを忘れました», one sentence; nor an ID a clause tells known, «IDは学生証アプリで分かったんですけど、
    /// もう一方がどうにも思い出せません»).
    static func idNamedSince(_ own: [Int], before forgetting: Range<Int>, from start: Int, known: [Range<Int>], in read: TriageText) -> Bool {
        guard let last = own.filter({ $0 >= start && $0 < forgetting.lowerBound }).max(),
            !own.contains(where: { $0 >= forgetting.lowerBound && $0 <= forgetting.upperBound + 40 })
        else { return false }
        let since = read.clauseStart(before: forgetting.lowerBound, reach: forgetting.lowerBound - last, marks: FactExtractor.sentenceMarks)
        guard since > last else { return false }
        return ForgottenID.matcher.matches(in: TriageText(normalised: Array(read.scalars[since..<forgetting.lowerBound])))
            .contains { $0.payload && !SettledClauses.covers(known, since + $0.range.lowerBound) }
    }

    /// The authenticator's code, which is no step of the reissue.
    static let appCodes = TriageText.words([
        "6 number code", "6 digit code", "6-digit code", "six digit code", "six-digit code", "6 digits code", "authenticator code", "authenticator's code",
        "app code", "app's code", "2fa code", "otp code", "one-time code", "6桁のコード", "アプリのコード", "認証アプリのコード",
    ])
    /// The temporary password named anywhere: its own entry (omuid-temp-password-forgotten).
    static let temporaryWords = TriageText.words(temporaryNames + [
        "temporary", "temp password", "temp pw", "initial password",
        "kari pas", "karipas", "かりぱす", "かりパス", "starter password",
    ])
    /// Whether the ticket names the temporary password other than as a remedy asked for: "could you
    /// email a new temporary one", «新しい仮パスワードを発行してもらえますか» name what the writer wants,
    /// not what was forgotten.
    static func temporaryNamed(in read: TriageText) -> Bool {
        temporaryWords.contains { word in
            read.ranges(of: word).contains { range in
                !read.endsWithAny(askedBefore, at: range.lowerBound) && !read.startsWithAny(askedAfter, at: range.upperBound)
            }
        }
    }
    static let askedBefore = TriageText.words(["new ", "another ", "fresh ", "新しい", "新しく", "新たな", "新たに", "別の"])
    static let askedAfter = TriageText.words(["を発行", "を再発行", "を送", "を出し", "をもら", "をくださ", "を下さ", "をいただ", "を頂", "発行し", "再発行し",
                                              "をもう一度", "をもう1度", "をもう一回", "をもう1回",
                                              " one to", " one by", " one sent", " password to me", " password to my", " password by"])
    /// The temporary password's names in Japanese.
    static let temporaryNames = ["仮パスワード", "仮pw", "仮パス", "仮のパスワード", "初期パスワード", "借りパスワード", "借りパス"]
    /// The temporary password named as what the writer's own replaced: «その後自分で変更したのですが、
    /// 変更後のものを失念», "the password I set after the temporary one". The forgetting is then of
    /// their own.
    static let changedSince = TriageText.words([
        "変更後の", "自分で変更", "自分で変え", "自分で設定した", "自分で決めた", "自分で考えた", "自分で作った", "自分でつくった", "自分のパスワードに", "変えたほう", "変えた方", "変更したほう", "変更した方", "after the temporary", "after the temp ", "i changed it to", "i set myself",
        "i chose myself", "my own password", "the password i made", "the one i made", "the password i picked", "the one i picked", "the password i chose",
        "the one i chose", "the password i came up with", "the one i came up with",
        // The main password by its name, which is the one set in place of the temporary one (P000
        // L13: 「ご自身で設定した本パスワード」): «本パスワードを忘れました。仮パスワードの紙はまだ持ってる».
    ] + mainNameWords + [
        // In kana, as phone typing leaves it: «じぶんできめたほうのぱすわーど わすれた 最初の紙の借りパスワードでも入れないし».
        "じぶんできめた", "じぶんでかえた", "じぶんでせっていした", "じぶんでへんこうした", "じぶんでつくった",
        // Romaji: «jibun de kimeta hou no pasuwaado».
        "jibun de kimeta", "jibun de kaeta", "jibun de settei shita", "jibun de henkou shita", "jibun de tsukutta",
        // Or asked to be put back to the temporary one, which it replaced: «最初の仮パスワードに戻してもらえますか».
        "仮パスワードに戻", "仮パスワードへ戻", "仮のパスワードに戻", "仮のパスワードへ戻", "仮パスに戻", "初期パスワードに戻", "初期のパスワードに戻",
        "back to the temporary", "back to the initial", "revert to the temporary", "revert it to the temporary",
        // Or the activation done again to start from it once more: «また仮パスワードから始められる?».
        "また仮パスワード", "仮パスワードから始め", "仮パスワードからやり直", "仮パスワードからスタート", "start again from the temporary", "start over from the temporary",
        "start over with the temporary", "start again with the temporary",
    ])
    /// The main password's names, which tell it set unless told not yet set («本パスワードはまだ設定して
    /// ないです»).
    static let mainNames = TriageText.words(mainNameWords)
    static let mainNameWords = ["本パスワード", "本pw", "本パス", "main password"]
    static let notYetSet = TriageText.words(["まだ", "てない", "ていない", "てません", "ていません", "not yet", "haven't", "have not"])
    /// The temporary password named just before a forgetting, its object: «仮パスワードを忘れました»,
    /// «IDも仮パスも思い出せません».
    static let temporaryObjects = TriageText.words(temporaryNames.flatMap { word in ["を", "も", "が", "は", ""].map { word + $0 } })

    /// Things that are forgotten or left behind, not known: the object just before a Japanese
    /// forgetting («眼鏡を忘れて», «財布も忘れ»), just after an English one ("forgot my glasses").
    static let things = ["眼鏡", "めがね", "メガネ", "財布", "さいふ", "傘", "鍵", "カギ", "かぎ", "充電器", "学生証", "職員証", "社員証", "弁当", "お弁当"]
    static let thingObjects = TriageText.words(things.flatMap { thing in ["を", "も", "を家に", "を家に置き"].map { thing + $0 } })
    static let thingsAfter = TriageText.words(["glasses", "reading glasses", "wallet", "keys", "key card", "charger", "student card", "staff card", "lunch"].flatMap { [" my " + $0, " the " + $0] })

    /// A forgetting denied or only guessed after it: «忘れてもおりません», «忘れたわけでもありません»,
    /// «忘れたかも», «忘れたと思っていたのですが»; after «忘れて» as a word, «わすれてはない、はず».
    static let deniedAfter = TriageText.words([
        "もいない", "もない", "もおりません", "もいません", "てはいない", "てはない", "てません", "かも", "と思ってい", "と思ってた",
        "はいない", "はない", "はおりません", "はいません",
        // In writing: «パスワードは忘れておらず».
        "おらず",
        // After «失念» as a word: «失念しておりません», «失念してない».
        "しておりません", "してはおりません", "していません", "してません", "していない", "してない",
        // Only guessed: «パスワード自体を忘れてるのかと思って», «忘れたのかな».
        "のかと思", "のかとおも", "のかな", "んじゃないか",
        // Only wondered: «パスワードを忘れたのか、他に原因があるのか分からない».
        "のか",
        // Only a way of handling asked for: «忘れた扱いで再発行手続きすべきですか？».
        "扱い", "あつかい",
        // The reissue's page or link by its name: «「パスワードを忘れた方はこちら」».
        "方はこちら", "かたはこちら",
        // Or by the option it is among the login's: «パスワード忘れたほうから再設定すれば直るかと思って».
        "ほうから", "方から", "ほうのリンク", "方のリンク", "ほうのボタン", "方のボタン", "ほうを押", "方を押", "ほうをクリック", "方をクリック", "ほうのページ", "方のページ",
    ]) + DeniedTrouble.notTheCase
    /// The reissue's page by its name, right after the word: "Should I reset my password via the
    /// forgot page?", "the forgot-password link".
    static let pageAfter = TriageText.words([" page", " link", " button", " password page", " password link", " password button", "-password page",
                                             "-password link", "-password button", " password option", " my password link", " my password page",
                                             "-password reset", "-password flow", "-password procedure", "-password function", "-password feature"])
    /// A forgetting doubted by the writer just before it: "I don't think I've forgotten the password".
    /// Or only asked: "Did I forget it already? lol".
    static let doubtedBefore = TriageText.words(["i", "i've", "i have", "ive"].flatMap { subject in
        ["don't think", "do not think", "dont think", "don't believe", "do not believe"].map { "\($0) \(subject) " }
    } + ["did i ", "have i ", "could i have ", "did i really ", "did i just "])
    /// A forgetting taken back after it, in English: "I didn't write it down but I'm pretty sure".
    static let sureAfter = TriageText.words([" but i'm sure", " but i'm pretty sure", " but i am sure", " but i am pretty sure", " but i'm certain",
                                             " but i remember it", " but i know it"])
    /// What makes a not knowing a question of what to do, not a forgetting: «どっちでログインすれば
    /// いいか分からなくなりました».
    static let questionBefore = TriageText.words(["いいか", "いいのか", "べきか",
                                                  // What to do, not what it was: «どちらを入れるのか分からなくなりました» (not «何だったのか»).
                                                  "るのか", "うのか"])
    /// A way of doing, the object of a forgetting: «どうやって直したか», "how to".
    static let howBefore = TriageText.words(["どうやって", "どうやった", "どのようにして", "どうすれば", "やり方", "手順"])
    static let howAfter = TriageText.words([" how to", " how i", " how we", " how he", " how she", " how they"])
    static let questionEnd = TriageText.words(["か", "かは", "かも", "かを"])
    /// A way of doing named as what is forgotten: «先輩もやり方を覚えていないそうです».
    static let wayBefore = TriageText.words(["やり方を", "やり方は", "やり方も", "やりかたを", "やりかたは", "手順を", "手順は", "手順も", "方法を", "方法は", "方法も"])
    /// The password of another system named before a password word: «学籍番号を調べるのに必要な
    /// パスワード» (the student number system's, P001 「学籍番号がわからない」).
    /// Or a phone's own account's: "the App Store asks for my Apple ID password which I forgot too".
    static let otherSystems = TriageText.words(["学籍番号", "student number", "apple id", "apple account", "icloud", "google account", "app store", "play store"])

    /// The forgetting's words, when the ticket tells it; nil otherwise. `activationDone`: the
    /// ticket tells the activation finished, so a temporary password it names is long replaced
    /// (a remedy asked for, «仮パスワードをもう一度発行してもらえませんか», or the old paper tried):
    /// the forgotten one is the writer's own. `known`: the clauses that tell something known
    /// (`SettledClauses.ranges`); a password they tell known is not the forgotten one.
    static func told(_ forgettings: [Range<Int>], settled: [Range<Int>], known: [Range<Int>] = [], in read: TriageText, activationDone: Bool? = nil) -> String? {
        // (A later step's word in a settled clause is not one: "the Authenticator app … shows codes".)
        // (Nor the authenticator's code: "i only see the 6 number code there, not my password".)
        guard !forgettings.isEmpty else { return nil }
        let aside = SettledClauses.merged(settled, appCodes.flatMap { read.ranges(of: $0) })
        guard !laterStep(in: read, outside: aside) else { return nil }
        // The writer's own password told as the one that replaced the temporary one.
        let replaced = changedSince.compactMap { word in
            // (A name only, with the activation told unfinished, is the one to be set.)
            mainNames.contains(word) && activationDone == false ? nil
                : read.ranges(of: word).first { !(mainNames.contains(word) && read.containsAny(notYetSet, in: $0.upperBound..<($0.upperBound + 12))) }?.lowerBound
        }
        guard !replaced.isEmpty || activationDone == true || !temporaryNamed(in: read) else { return nil }
        // The writer's own password named, or told as that one; not as what a clause tells known
        // («パスワードは覚えてます»: a memo lost beside it held the ID).
        let own = ownPasswords(in: read).filter { !toldKnown($0, in: read, known: known) } + replaced
        guard !own.isEmpty else { return nil }
        for range in forgettings where !SettledClauses.covers(settled, range.lowerBound) && !Triager.denied(range, in: read) {
            if read.containsAny(deniedAfter, in: range.upperBound..<(range.upperBound + 7)) { continue }
            if read.startsWithAny(pageAfter, at: range.upperBound) { continue }
            if read.endsWithAny(questionBefore, at: range.lowerBound) || read.endsWithAny(temporaryObjects, at: range.lowerBound) { continue }
            // Another thing forgotten: «眼鏡を忘れて入力を何度か誤った», "forgot my glasses".
            if read.endsWithAny(thingObjects, at: range.lowerBound) || read.startsWithAny(thingsAfter, at: range.upperBound) { continue }
            if read.endsWithAny(doubtedBefore, at: range.lowerBound) || read.containsAny(sureAfter, in: range.upperBound..<(range.upperBound + 24)) { continue }
            // A way of doing forgotten, not a password: «どうやって直したか覚えていない», «やり方を覚えていない»,
            // "forgot how to" (not «どうやっても思い出せません», which is the password).
            if read.endsWithAny(questionEnd, at: range.lowerBound),
                read.containsAny(howBefore, in: read.clauseStart(before: range.lowerBound, reach: 24, marks: SupposedForgetting.clauseMarks)..<range.lowerBound)
            {
                continue
            }
            if read.startsWithAny(howAfter, at: range.upperBound) || read.endsWithAny(wayBefore, at: range.lowerBound) { continue }
            // Near it, or earlier in its sentence ("I changed my password … and I must have made the
            // same typo in both boxes, because now neither the old nor the new one is accepted").
            let sentence = min(range.lowerBound - 80, read.clauseStart(before: range.lowerBound, reach: 240, marks: FactExtractor.sentenceMarks))
            // Or anywhere before, when the forgetting names it by a pronoun ("Step 3: typed what I was
            // sure was my password. … Step 5: I simply don't know what I set it to").
            let byPronoun = read.containsAny(pronounObjects, in: range)
            guard own.contains(where: { $0 >= sentence && $0 <= range.upperBound + 40 || byPronoun && $0 < range.lowerBound }) else { continue }
            if idNamedSince(own, before: range, from: sentence, known: known, in: read) { continue }
            return String(String.UnicodeScalarView(read.scalars[range.clamped(to: 0..<read.scalars.count)]))
        }
        return nil
    }

    /// A forgetting's words that name what is forgotten by a pronoun: "what I set it to".
    static let pronounObjects = TriageText.words([" set it to", " changed it to", " set it as", " changed it as"])

    /// A password told by its characters: «大文字と記号をまぜたのにしたんですが、どの文字を大文字に
    /// したのか記憶があいまいで».
    static let passwordCharacters = TriageText.words(["大文字", "小文字", "記号", "uppercase", "upper-case", "capital letter", "lowercase", "lower-case"])

    /// Where the ticket names a password of the writer's own: each password word that no
    /// `otherPasswords` word stands just before, and each of its characters named.
    static func ownPasswords(in text: TriageText) -> [Int] {
        var found: [Int] = passwordCharacters.flatMap { text.ranges(of: $0) }.map(\.lowerBound)
        for word in passwordWords {
            let short = shortPasswordWords.contains(word)
            let kanaShort = kanaShortPasswordWords.contains(word)
            for range in text.ranges(of: word) {
                if short && (isLetter(text, range.lowerBound - 1) || isLetter(text, range.upperBound)) {
                    // A part of another word.
                } else if kanaShort && (isKatakana(text, range.lowerBound - 1) || isKatakana(text, range.upperBound)) {
                    // A part of another word.
                } else if !text.endsWithAny(otherPasswords, at: range.lowerBound),
                    !text.containsAny(otherSystems, in: (range.lowerBound - 20)..<range.lowerBound)
                {
                    found.append(range.lowerBound)
                }
            }
        }
        return found
    }

    /// Whether the password word at `position` is what a known clause tells known, the topic
    /// of its marker («パスワードは覚えてます»; not «パスワードを変更したことは覚えている»).
    static func toldKnown(_ position: Int, in read: TriageText, known: [Range<Int>]) -> Bool {
        guard SettledClauses.covers(known, position) else { return false }
        return passwordWords.contains { word in
            TriageText.matches(read.scalars, position, word)
                && SettledClauses.japanese.contains { TriageText.matches(read.scalars, position + word.count, $0) }
        }
    }

    static func isLetter(_ text: TriageText, _ i: Int) -> Bool { text.scalars.indices.contains(i) && Redactor.isLetter(text.scalars[i]) }
    static func isKatakana(_ text: TriageText, _ i: Int) -> Bool {
        text.scalars.indices.contains(i) && (TriageText.isKatakana(text.scalars[i]) || text.scalars[i] == "ー")
    }
}

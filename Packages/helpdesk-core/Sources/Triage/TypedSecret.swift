/// Secrets told by what was done with them rather than by a cue: the word typed, entered, tried
/// or set ("When I enter kangaroo99", "I set it to Café#2024", «入力したのはnekoneko123です»,
/// «hanabi99って入れた», «'OSAKA_2025' を試しました», «sumireというパスワード», "Moonlight99 as
/// my password"). One pass over the words of the text, each looked at once before and after.
enum TypedSecret {
    /// Verbs of entry before the word, and examples ("something like …"): it must be shaped like
    /// a password (`isTypedValue`), as "I tried 3 times" or "I typed my OMUID" are no values.
    static let typedBefore = TriageText.words([
        "enter", "entered", "entering", "type", "typed", "typing", "tried", "try", "trying", "input", "inputted", "put in",
        "typed in", "keyed in", "typed was", "entered was", "tried was", "used was", "typed is", "entered is", "like", "e.g.",
        "such as", "set", "set it to", "set it as", "changed it to", "change it to", "reset it to", "set to", "changed to",
        "entered it as", "typed it as", "typed it in as", "input it as", "registered", "instead of", "picked", "chose",
        "changed it into", "change it into", "typed in was", "keyed in was", "punched in", "changed my password to", "set my password to",
        "changed the password to", "set the password to", "updated it to", "updated my password to", "reset my password to", "pasted", "wrote", "copied",
    ])
    /// Words after which only a value stands («入力したのは»): any free word (`isNamedValue`).
    /// ("The one I typed was" may be followed by "garbage": it is a verb of entry above.)
    static let namedBefore = TriageText.words([
        "入力したのは", "入れたのは", "打ったのは", "試したのは", "設定したのは", "使ったのは", "打ち込んだのは", "入力したのが",
        "what i entered was", "what i typed was", "what i tried was", "what i set was", "what i put in was",
    ])
    /// Verbs of entry after the word («…って入れた», «…を試しました», «…に変更»), and "as my
    /// password".
    static let typedAfter = TriageText.words([
        "って入れ", "って入力", "って打", "と入れ", "と入力", "と打", "を入れ", "を入力", "を打", "を試", "で試", "も試", "にした", "にしま",
        "に設定", "に変更", "に変え", "と設定", "で設定", "を設定", "で登録", "に登録", "と登録", "って設定",
        // «kaminarimon55 にしてました», «全角の１９９８０５２２で打っていた», «… を新パスワードにしました».
        "にしてま", "にしてい", "にしてた", "にしてみ", "にしよう", "で打", "で入力", "で入れ", "を新パスワードに", "を新しいパスワードに", "をパスワードに",
        // «…にしてしまった», «…になっていた», «…とだけ入れています», «…だけをパスワードに».
        "にしてしま", "にしちゃ", "になってい", "になってた", "とだけ入", "とだけ打", "だけを入", "だけをパスワードに", "だけを新しいパスワードに",
        // Made it so: «好きな名前に記号を足して kirara+2031 としました».
        "としました", "とした", "としてい", "としてま",
        "をそのままパスワードに", "をそのまま新しいパスワードに", "を本パスワードに", "をそのまま本パスワードに",
        // How it was typed between: «ｋａｓｕｍｉ７７ と全角で入力していた».
    ] + ["全角で", "半角で", "大文字で", "小文字で"].flatMap { manner in ["と", "を", "って"].flatMap { ["\($0)\(manner)入", "\($0)\(manner)打"] } })
    /// "as my password" after the word: a typed value, or four digits or more ("I typed
    /// 3141592653 as the new password"; not "which email should I register as the password
    /// recovery address").
    static let asPassword = TriageText.words([
        "as my password", "as the password", "as password", "as my new password", "as the new password", "as my pw", "as a password",
        "as a new password", "as new password",
        // A passphrase, the account's name between ("as my OMU password"), or "for" the new one:
        // "I used maple-fern-otter-19 for the new password".
        "as my passphrase", "as the passphrase", "as my new passphrase", "as the new passphrase", "as a passphrase", "as a new passphrase",
        "as my omu password", "as the omu password", "as my new omu password", "as the new omu password", "for the new password", "for my new password",
        // The new one, the password named before: "I set 58120937 as the new one".
        "as the new one", "as my new one",
    ])
    /// After an "as … password" phrase, a noun it qualifies (the address or the field, not the
    /// password: "register as the password recovery address"), or a verb, which makes "as" a
    /// conjunction ("the login server, as my password has not been accepted").
    static let notNamingAfter = TriageText.words([
        " recovery", " reset", " reissue", " re-issue", " address", " mail", " email", " e-mail", " field", " box", " change", " hint",
        " has", " have", " had", " is", " was", " isn't", " wasn't", " does", " doesn't", " did", " didn't", " will", " won't", " can",
        " can't", " could", " would", " keeps", " kept", " expired", " stopped", " no longer", " never", " seems", " still", " gets", " got",
        " needs", " needed", " must", " should", " may", " might",
        // A tool or a rule named, not the value: "I use Bitwarden as a password manager".
        " manager", " managers", " policy", " rule", " rules", " requirement", " requirements", " generator",
    ])
    /// Japanese verbs of entry after a quoted value, which may hold spaces or half-width kana
    /// («「Ao Umi 2025」と設定しました», «「ｻｸﾗｻｸ2025」と入れて»).
    static let quotedAfter = TriageText.words(["と設定", "と入れ", "と入力", "って入れ", "って入力", "と打", "って打", "にしました", "に設定", "に変更", "にしよう",
                                               "を入れ", "を入力", "を設定", "を打", "にしてい", "にしてま", "と入っ",
                                               "で設定", "で登録", "で入力", "というパスワード", "というフレーズ", "というパスフレーズ", "にしてしま", "にしちゃ"])
    /// Verbs of entry after the word that name what it was set as: the password.
    static let namingSetting = TriageText.words(["を新パスワードに", "を新しいパスワードに", "をパスワードに", "をパスワードとして", "だけをパスワードに", "だけを新しいパスワードに",
                                                 "をそのままパスワードに", "をそのまま新しいパスワードに", "をそのままパスワードとして"])
    /// Verbs that set a value, after which a quoted one may hold kana too: «「ひまわり77」にしようとしたら».
    static let settingAfter = TriageText.words(["と設定", "にしました", "に設定", "に変更", "にしよう", "というパスワード", "というフレーズ", "というパスフレーズ",
                                                "にしてしま", "にしちゃ"])
    /// A cue after the word that names it («sumireというパスワード»).
    static let namedAfter = TriageText.words(["というパスワード", "ってパスワード", "というパス", "というコード", "というキー"])

    /// A judgement of the word as a password after it: "is Qa9#k too short?", «Fuku7は短すぎますか».
    static let judgedAfter = TriageText.words([
        "too short", "too long", "too weak", "too simple", "okay as a password", "ok as a password", "allowed as a password",
        "acceptable as a password", "strong enough", "long enough", "は短すぎ", "は長すぎ", "は弱すぎ", "では短すぎ", "だと短すぎ", "って短すぎ",
        "では弱すぎ", "だと弱すぎ", "じゃ短すぎ",
    ])

    /// What each phrase tells of the word beside it.
    enum Kind { case typed, named, told, judged }

    /// The phrases before a word by the key they end in: a Latin phrase's last word ("typed in" →
    /// "in"), a Japanese one's last character. A word's neighbour is looked up once, and only the
    /// phrases that end so are tried (most words of English end in a letter some phrase ends in).
    static let phrasesBefore: [UInt64: [([Unicode.Scalar], Kind)]] = {
        var table: [UInt64: [([Unicode.Scalar], Kind)]] = [:]
        for (phrases, kind) in [(typedBefore, Kind.typed), (namedBefore, .named)] {
            for phrase in phrases {
                let key = phrase[0].isASCII ? packed(phrase.split(separator: " ").last ?? phrase[...]) : japaneseKey(phrase.last!)
                table[key, default: []].append((phrase, kind))
            }
        }
        return table
    }()

    /// A Latin word of up to twelve letters and dots as an integer, five bits each (no array is
    /// made for each word of a ticket); a Japanese character with the top bit set.
    static func packed(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
        word.reduce(0) { code, s in code << 5 | (s == "." ? 27 : UInt64(s.value | 0x20) - 96) }
    }
    static func japaneseKey(_ s: Unicode.Scalar) -> UInt64 { 1 << 63 | UInt64(s.value) }
    /// The phrases after a word by their first character.
    static let phrasesAfter: [Unicode.Scalar: [([Unicode.Scalar], Kind)]] = {
        var table: [Unicode.Scalar: [([Unicode.Scalar], Kind)]] = [:]
        for (phrases, kind) in [(typedAfter, Kind.typed), (namedAfter, .named), (asPassword, .told), (judgedAfter, .judged)] {
            for phrase in phrases { table[phrase[0], default: []].append((phrase, kind)) }
        }
        return table
    }()

    /// The characters those phrases end and start with: one test passes most words by.
    static let lasts = ScalarBits((typedBefore + namedBefore).map { $0.last! })
    static let firsts = ScalarBits(phrasesAfter.keys)

    /// The word (letters and dots) that ends at `end`, at most twelve characters, packed.
    static func lastWord(_ s: [Unicode.Scalar], _ end: Int) -> UInt64 {
        var a = end
        while a > 0, end - a < 12, Redactor.isLetter(s[a - 1]) || s[a - 1] == "." { a -= 1 }
        return packed(s[a..<end])
    }

    /// What the phrases around a word tell of it.
    static func kinds(_ s: [Unicode.Scalar], before b: Int, after a: Int) -> (typed: Bool, named: Bool, told: Bool, judged: Bool) {
        var kinds = (typed: false, named: false, told: false, judged: false)
        func note(_ kind: Kind) {
            switch kind {
            case .typed: kinds.typed = true
            case .named: kinds.named = true
            case .told: kinds.told = true
            case .judged: kinds.judged = true
            }
        }
        if b > 0, lasts.mayContain(s[b - 1]), let phrases = phrasesBefore[s[b - 1].isASCII ? lastWord(s, b) : japaneseKey(s[b - 1])] {
            for (phrase, kind) in phrases where ends(s, b, [phrase]) { note(kind) }
        }
        if a < s.count, firsts.mayContain(s[a]), let phrases = phrasesAfter[s[a]] {
            for (phrase, kind) in phrases where TriageText.matches(s, a, phrase) { note(kind) }
        }
        return kinds
    }

    static func spans(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard Redactor.isSecretCharacter(s[i]) else { i += 1; continue }
            var end = i
            while end < s.count, Redactor.isSecretCharacter(s[end]) { end += 1 }
            defer { i = end }
            // What stands around the word first: most words have no phrase beside them, and
            // need no more looking at.
            let (typed, named, told, judged) = kinds(s, before: before(s, i), after: after(s, end))
            // Kana or kanji before letters and digits, after a phrase that names a value («入れたのは
            // すずめ2024Ab です»; not «入力したのは受信から10分後»).
            // (The Latin alone may look like an OMUID: "2025Ab".)
            if i > 0, Redactor.isJapanese(s[i - 1]), end - i >= 3, s[i..<end].contains(where: Redactor.isLetter), s[i..<end].contains(where: Redactor.isDigit),
                let start = namedJapanese(s, before: i)
            {
                spans.append(start..<end)
                continue
            }
            // Kana before digits or Latin that a cue after names («ねこやなぎ123というパスワード»).
            if named, i > 0, Redactor.isJapanese(s[i - 1]), s[i..<end].contains(where: { Redactor.isDigit($0) || Redactor.isLetter($0) }),
                let start = japaneseStart(s, before: i)
            {
                spans.append(start..<end)
                continue
            }
            guard typed || named || told || judged, let r = Redactor.valueWord(s, from: i), r.upperBound <= end else { continue }
            // Judged as a password: four characters or more, a letter and a digit or a symbol among
            // them (not "is my password too short", "is 8 too short").
            if judged, r.count >= 4, s[r].contains(where: Redactor.isLetter), s[r].contains(where: { !Redactor.isLetter($0) }), Redactor.isFreeWord(r, s) {
                spans.append(r)
                continue
            }
            // "as the new password": a typed value, digits, or a word of letters right before it
            // when no noun follows the phrase ("I entered mountainriverside as the new password";
            // not "my address as the password recovery address", "may have been compromised, as
            // the password I use…").
            let asValue = told && (Redactor.isTypedValue(r, s) || r.count >= 4 && s[r].allSatisfy(Redactor.isDigit)
                || r.count >= 6 && (r.upperBound == end || Redactor.closingQuotes.contains(s[r.upperBound])) && Redactor.isNamedValue(r, s, original)
                    && namesPassword(s, after: after(s, end))
                    && !qualified(s, r.lowerBound))
            // Digits named the password by the verb after them («19870523 をパスワードにした»).
            let digitsNamed = typed && r.count >= 6 && s[r].allSatisfy(Redactor.isDigit) && starts(s, after(s, end), namingSetting)
            // Or letters joined by capitals, three words at least ("registered OmuStudentLife",
            // "I typed omuSTUDENTlife"; not "OneDrive"), or capitalised words joined by hyphens
            // ("I keyed in Maple-Tram-Dusk"; not "re-entered").
            // Or three words and more joined by hyphens ("I entered plum-tea-at-dusk"; not "re-sent").
            let joined = typed && r.count >= 8 && (camelCased(original[r]) || capitalisedParts(original[r])) && Redactor.isFreeWord(r, s)
                || typed && r.count >= 12 && s[r].filter({ $0 == "-" }).count >= 2 && Redactor.isCompound(s[r]) && Redactor.isFreeWord(r, s)
            if typed && Redactor.isTypedValue(r, s) || named && Redactor.isNamedValue(r, s, original) || asValue || digitsNamed || joined {
                spans.append(r)
            } else if typed, kinds(s, before: 0, after: after(s, end)).typed, let run = latinRun(s, ending: r) {
                spans.append(run)
            }
        }
        return spans + quoted(s) + japaneseWithDigits(s)
    }

    /// Two words or more joined by hyphens or underscores, each beginning with a capital: "Kiri-Ame-Dawn";
    /// not a compound of English written in capitals, as a title is ("Two-Factor", "Sign-In").
    static func capitalisedParts(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !compounds.contains(String(scalars: word.map(Redactor.fold))) else { return false }
        let parts = word.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "_" }
        return parts.count >= 2 && parts.allSatisfy { part in
            part.count >= 2 && ("A"..."Z").contains(part.first!) && part.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    static let compounds: Set<String> = [
        "two-factor", "multi-factor", "two-step", "one-time", "wi-fi", "e-mail", "log-in", "sign-in", "sign-up", "set-up", "pop-up", "re-issue",
        "re-register", "re-enter", "follow-up", "check-in", "opt-in", "add-on", "plug-in", "drop-down", "self-service", "part-time", "full-time",
        "long-term", "short-term", "non-member", "co-op", "x-ray", "t-shirt", "re-activation", "pre-activation", "anti-virus",
    ]

    /// Letters alone, a capital after a small letter twice, or capitals inside small letters:
    /// "OmuStudentLife", "omuSTUDENTlife" (not "OneDrive", "iPhone"); or once in twelve letters
    /// or more, no names joined: "LavenderMoonlight" (not "GoogleAuthenticator").
    static func camelCased(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        let capital = word.map { ("A"..."Z").contains($0) }
        var rises = 0, run = 0, innerRun = false
        for n in capital.indices {
            if capital[n], n > 0, !capital[n - 1] { rises += 1 }
            if capital[n] {
                run += 1
            } else {
                // A run of three capitals or more, small letters before and after it.
                if run >= 3, n - run > 0 { innerRun = true }
                run = 0
            }
        }
        return rises >= 2 || innerRun || rises == 1 && word.count >= 12 && !Redactor.isNames(word.map(Redactor.fold)[...])
    }

    /// Where a value's Japanese starts, if a phrase that names a value («入れたのは», «試したのは») stands
    /// before it, or an English verb of entry ("I tried すずめ2024Ab"), past a space: two to twelve
    /// characters back to it, none a mark.
    static func namedJapanese(_ s: [Unicode.Scalar], before i: Int) -> Int? {
        guard let j = japaneseStart(s, before: i), j > 0 else { return nil }
        var b = j
        while b > 0, s[b - 1] == " " { b -= 1 }
        return ends(s, b, namedBefore) || b > 0 && b < j && s[b - 1].isASCII && kinds(s, before: b, after: s.count).typed ? j : nil
    }

    /// Where the Japanese before `i` starts: two to twelve characters back to a particle, a mark,
    /// a space or the text's start.
    static func japaneseStart(_ s: [Unicode.Scalar], before i: Int) -> Int? {
        var j = i
        while j > 0, i - j < 12, Redactor.isJapanese(s[j - 1]), !mixedBounds.contains(s[j - 1]) { j -= 1 }
        guard i - j >= 2, j == 0 || s[j - 1] == " " || mixedBounds.contains(s[j - 1]) else { return nil }
        return j
    }

    /// What sets a value of Japanese and Latin, unquoted: «…のヒバリ畑55にしたら», «ﾂﾊﾞﾒ77 と登録».
    static let mixedSetting = TriageText.words(["にした", "に設定", "に変更", "にしよう", "にしま", "にしてい", "と設定", "と登録", "と入力", "と入れ", "って入れ", "って設定",
                                                "と入っ", "と半角", "と全角", "を入れ", "を入力", "を設定", "とパスワードに", "をパスワードに"])
    /// Their second characters: one test passes most particles by.
    static let mixedSeconds = ScalarBits(mixedSetting.map { $0[1] })
    /// What ends the Japanese of such a value before it: a particle, a mark, a space.
    static let mixedBounds: Set<Unicode.Scalar> = ["の", "を", "は", "が", "に", "で", "と", "も", "や", "へ", "、", "。", "「", "」", " ", "\n"]
    static let passwordCue = Array("パスワード".unicodeScalars)
    static let endings: Set<Unicode.Scalar> = ["か", "た", "て", "だ", "ら", "し", "り", "れ", "ば", "ず", "い", "う", "く", "ね", "よ"]

    /// Whether a verb's or an adjective's ending stands before `a`: ら and り only after た or だ
    /// («…したら2024», «…だったり»; not «さくら2024», «ひまわり77»).
    static func isEnding(_ s: [Unicode.Scalar], _ a: Int) -> Bool {
        guard endings.contains(s[a - 1]) else { return false }
        guard s[a - 1] == "ら" || s[a - 1] == "り" else { return true }
        return a >= 2 && (s[a - 2] == "た" || s[a - 2] == "だ")
    }

    /// Kana or kanji with Latin letters or digits after them, before a verb that sets a value,
    /// a password named earlier in the sentence: «パスワードをカタカナ混じりのヒバリ畑55にしたら»,
    /// «パスワードに日本語を使いたくて、ゆきだるま2023 にしようとしたら». The Japanese goes back to a
    /// particle or a mark (two to twelve characters), and ends in no verb's or adjective's ending;
    /// the Latin is two characters or more, a digit among them.
    static func japaneseWithDigits(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "に" || s[i] == "と" || s[i] == "っ" || s[i] == "を", i + 1 < s.count, mixedSeconds.mayContain(s[i + 1]), starts(s, i, mixedSetting)
            else { i += 1; continue }
            defer { i += 1 }
            var b = i
            if b > 0, s[b - 1] == " " { b -= 1 }
            var a = b
            while a > 0, b - a < 20, s[a - 1].isASCII, Redactor.isLetter(s[a - 1]) || Redactor.isDigit(s[a - 1]) { a -= 1 }
            // Digits among the Latin («新しいGmailに変更» names an address).
            guard b - a >= 1, s[a..<b].contains(where: Redactor.isDigit) else { continue }
            var j = a
            while j > 0, a - j < 12, Redactor.isJapanese(s[j - 1]), !mixedBounds.contains(s[j - 1]) { j -= 1 }
            // (Not a verb's or an adjective's ending before the digits: «2023だったか2024に».)
            guard a - j >= 2, j == 0 || mixedBounds.contains(s[j - 1]), !isEnding(s, a) else { continue }
            // Half-width kana with digits is typed, never written: no cue is needed («ｻｸﾗ2024 と半角カナで入れた»).
            let halfWidth = s[j..<a].contains { (0xFF66...0xFF9D).contains($0.value) }
            // (One digit is enough only after half-width kana: «ﾂﾊﾞﾒ7 と入れた».)
            guard b - a >= 2 || halfWidth else { continue }
            var sentence = j
            while sentence > 0, j - sentence < 80, !CueSentence.endsSentence(s, sentence - 1) { sentence -= 1 }
            guard halfWidth || (sentence..<j).contains(where: { TriageText.matches(s, $0, passwordCue) }) else { continue }
            spans.append(j..<b)
        }
        return spans
    }

    /// Latin words with spaces between them, in a Japanese sentence, before a verb of entry
    /// («スペース入りの ao i sora 7 を新パスワードにしました»): the words from the Japanese before them
    /// to the one before the verb, six at most, none a name, a cue or an OMUID («OMUID sx23041k を入力»,
    /// «Google Authenticator を入れ» are no values), the last a typed value or a number.
    static func latinRun(_ s: [Unicode.Scalar], ending r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound, words = 1
        while a >= 2, s[a - 1] == " ", Redactor.isSecretCharacter(s[a - 2]), words < 6 {
            var b = a - 1
            while b > 0, Redactor.isSecretCharacter(s[b - 1]) { b -= 1 }
            a = b
            words += 1
        }
        guard words >= 2, a >= 2, s[a - 1] == " " || s[a - 1] == "「", Redactor.isJapanese(s[a - 1] == " " ? s[a - 2] : s[a - 1]),
            r.upperBound < s.count, s[r.upperBound] == " " || Redactor.isJapanese(s[r.upperBound])
        else { return nil }
        let parts = s[a..<r.upperBound].split(separator: " ")
        // The last a typed value, or a number after two words at least («Brave 1 で試し» is a browser).
        guard Redactor.isTypedValue(r, s) || parts.count >= 3 && s[r].allSatisfy(Redactor.isDigit), parts.allSatisfy({ part in
            let word = String(scalars: part)
            return !Redactor.names.contains(word) && !Redactor.cueWords.contains(word) && !Redactor.isOMUIDLike(part)
                && !Redactor.productPrefixes.contains { word.hasPrefix($0) } && part.allSatisfy { $0.isASCII }
        }) else { return nil }
        return a..<r.upperBound
    }

    /// Words before a noun: "my student number as the password" names a number, not a value.
    static let determiners = TriageText.words(["my", "the", "a", "an", "your", "his", "her", "our", "their", "student", "staff", "its"])

    /// Whether a determiner stands just before the word at `i`.
    static func qualified(_ s: [Unicode.Scalar], _ i: Int) -> Bool { preceded(s, i, by: determiners) }

    /// Whether one of `words` stands just before the word at `i`, a space or more between.
    static func preceded(_ s: [Unicode.Scalar], _ i: Int, by words: [[Unicode.Scalar]]) -> Bool {
        var b = i
        while b > 0, s[b - 1] == " " { b -= 1 }
        return b < i && ends(s, b, words)
    }

    /// Whether the "as … password" phrase at `a` names the password itself, no noun after it.
    static func namesPassword(_ s: [Unicode.Scalar], after a: Int) -> Bool {
        guard let phrase = asPassword.filter({ TriageText.matches(s, a, $0) }).max(by: { $0.count < $1.count }) else { return false }
        return !starts(s, a + phrase.count, notNamingAfter)
    }

    /// Values in 「」 or 『』 before a verb of entry, a remark in brackets allowed between: no kana or kanji of full width inside (a
    /// quoted message is Japanese), forty characters at most; before a verb that sets a value,
    /// Japanese with digits or Latin letters too («「ひまわり77」にしようとしたら», «「さくら咲くA1」にしよう»).
    static func quoted(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "「" || s[i] == "『" || s[i] == "《" else { i += 1; continue }
            let close: Unicode.Scalar = s[i] == "「" ? "」" : s[i] == "『" ? "』" : "》"
            guard let end = s[(i + 1)..<min(s.count, i + 42)].firstIndex(of: close), end > i + 1 else { i += 1; continue }
            let inside = s[(i + 1)..<end]
            // A name is no value: «アカウント名は「OMU」にしました».
            let words = Redactor.lowercasedWords(inside)
            // (A letter among Japanese is no word: «「さくら咲くA1」にしよう»; «「OMU大学」» is a name.)
            let japanese = inside.contains(where: Redactor.isJapanese)
            let named = !words.isEmpty
                && words.allSatisfy { Redactor.names.contains($0) || !japanese && Redactor.notSecrets.contains($0) || Redactor.cueWords.contains($0) }
            let plain = !inside.contains(where: { (0x3001...0x9FFF).contains($0.value) || $0 == "\n" })
            // (Or before any verb of entry, with a digit inside: «『ひまわり畑77』と入れたら».)
            let mixed = !inside.contains(where: { $0 == "\n" || $0 == "。" || $0 == "、" })
                && inside.contains(where: { Redactor.isDigit($0) || Redactor.isLetter($0) }) && inside.count <= 20
                && (starts(s, end + 1, settingAfter) || inside.contains(where: Redactor.isDigit))
            // (Four characters at least, none a domain's part: «記号の「&」を入れ», «「.ne.jp」を「.ne.ip」にしていた».)
            let short = inside.count < 4 || inside.first == "." || inside.first == "@"
            if plain || mixed, !short, inside.contains(where: Redactor.isSecretCharacter), !named, starts(s, pastRemark(s, end + 1), quotedAfter) {
                spans.append((i + 1)..<end)
            }
            i = end + 1
        }
        return spans
    }

    /// Where the text goes on after a remark in brackets at `i`, if one stands there
    /// («『Kaze Fuku Oka 2』（スペースあり）で設定»); `i` otherwise.
    static func pastRemark(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        Redactor.remarkEnd(s, at: i, within: 24) ?? i
    }

    /// Where the text before a word ends, past spaces and an opening quote or bracket.
    static func before(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var b = i, n = 0
        while b > 0, n < 3, s[b - 1] == " " || s[b - 1] == "「" || s[b - 1] == "『" || s[b - 1] == "(" { b -= 1; n += 1 }
        return b
    }

    /// Where the text after a word goes on, past spaces, a closing quote or bracket, and a remark
    /// in brackets («７７３１９０２５（全角）で設定», «'hoaphuongdo'（花の名前）です»).
    static func after(_ s: [Unicode.Scalar], _ e: Int) -> Int {
        var a = e, n = 0
        while a < s.count, n < 3, s[a] == " " || s[a] == "」" || s[a] == "』" || s[a] == ")" || s[a] == "'" || s[a] == "’" { a += 1; n += 1 }
        guard let end = Redactor.remarkEnd(s, at: a, within: 24) else { return a }
        a = end
        while a < s.count, a - end < 2, s[a] == " " { a += 1 }
        return a
    }

    /// Whether one of `words` starts at `start`.
    static func starts(_ s: [Unicode.Scalar], _ start: Int, _ words: [[Unicode.Scalar]]) -> Bool {
        words.contains { TriageText.matches(s, start, $0) }
    }

    /// Whether one of `words` ends at `end`, a Latin one as a word of its own ("entered", not
    /// "reentered"; "typed", not "stereotyped").
    static func ends(_ s: [Unicode.Scalar], _ end: Int, _ words: [[Unicode.Scalar]]) -> Bool {
        words.contains { word in
            let start = end - word.count
            return start >= 0 && TriageText.matches(s, start, word)
                && (!word[0].isASCII || start == 0 || !Redactor.isLetter(s[start - 1]))
        }
    }
}

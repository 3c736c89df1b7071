import Foundation
import PropertyBased
import Testing
@testable import Triage

/// Secrets of every class, in realistic sentences of both languages and in full-width forms,
/// never survive redaction; ordinary text is left alone.
enum Secrets {
    static let letters = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
    static let digits = Array("0123456789")
    static let symbols = Array("!#$%&*+-=?@^_~¥äö")

    /// A password as people make them: letters, digits and symbols, sometimes one kind only.
    static let password = zip(
        Gen<Character?>.element(of: letters).map { $0! }.string(of: 3...8),
        Gen<Character?>.element(of: digits).map { $0! }.string(of: 0...4),
        Gen<Character?>.element(of: symbols).map { $0! }.string(of: 0...2),
        Gen.int(in: 0...2)
    ).map { l, d, s, kind -> String in
        switch kind {
        case 0: return l + d + s
        case 1: return d.isEmpty ? l + "7" : d + d + d  // digits only (at least 3)
        default: return l + l  // letters only
        }
    }

    /// A six-digit code, written with separators people use.
    static let code = zip(Gen<Character?>.element(of: digits).map { $0! }.string(of: 6...6), Gen.int(in: 0...4)).map { d, style -> String in
        let c = Array(d)
        switch style {
        case 0: return d
        case 1: return String(c[0..<3]) + "-" + String(c[3...])
        case 2: return String(c[0..<2]) + " " + String(c[2..<4]) + " " + String(c[4...])
        case 3: return c.map(String.init).joined(separator: " ")
        default: return String(c[0..<3]) + " " + String(c[3...])
        }
    }

    /// A setup key, grouped as apps show it, with any separator and case.
    static let key = zip(
        Gen<Character?>.element(of: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")).map { $0! }.string(of: 16...16),
        Gen<Character?>.element(of: Array("234567")).map { $0! }, Gen.int(in: 0...4), Gen.bool
    ).map { k, digit, style, lower -> String in
        var chars = Array(k)
        chars[5] = digit  // keys have digits; an all-letter key in lower case reads as English
        let groups = stride(from: 0, to: 16, by: 4).map { String(chars[$0..<($0 + 4)]) }
        let text: String
        switch style {
        case 0: text = groups.joined(separator: " ")
        case 1: text = groups.joined(separator: "-")
        case 2: text = groups.joined(separator: "\u{3000}")
        case 3: text = groups.joined(separator: "  ")
        default: text = groups.joined()
        }
        return lower ? text.lowercased() : text
    }

    static let passwordFrames = [
        "パスワードは %@ です", "パスワード:%@", "パスワード：%@", "パスワード=%@", "パスワードは「%@」です", "パスワードは『%@』でした",
        "パスワード欄に %@ と入力しました", "パスワードとして %@ を設定", "新しいパスワード(確認)には %@ を入れました",
        "my password is %@ and it fails", "my pw was %@", "The password I used was %@", "pwd: %@", "password: “%@”",
        "password:\t%@", "パスワード\n%@\nでログインできません", "password = %@.", "PW #%@",
    ]
    static let codeFrames = [
        "確認コード %@ を入力しても進みません", "コード:%@", "認証コード：%@ が通らない", "code=%@", "the code %@ was rejected",
        "OTP #%@", "%@ と入れてもダメでした", "I entered %@ twice",
    ]
    static let keyFrames = [
        "セットアップキーは %@ です", "キー：%@", "setup key %@ is invalid", "%@ をコピーして貼り付けました", "key=%@",
    ]

    static func frame(_ f: String, _ secret: String) -> String { f.replacingOccurrences(of: "%@", with: secret) }

    /// Full-width forms of ASCII, as typed on a Japanese keyboard.
    static func fullWidth(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { (0x21...0x7E).contains($0.value) ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
    }

    /// Whether any part of `secret` that identifies it survives in `text`.
    static func survives(_ secret: String, in text: String) -> Bool {
        let core = secret.unicodeScalars.filter { !" -\u{3000}".unicodeScalars.contains($0) }
        let folded = String(String.UnicodeScalarView(core))
        let plain = text.unicodeScalars.filter { !" -\u{3000}".unicodeScalars.contains($0) }
        return String(String.UnicodeScalarView(plain)).contains(folded)
    }
}

@Suite struct RedactionPropertyTests {
    /// A ticket redacted once (as servers keep it) is redacted again on export: nothing
    /// changes, and the mark itself is never taken for a secret.
    @Test func redactingTwiceChangesNothing() async {
        await propertyCheck(count: 500, input: Secrets.password, Gen.int(in: 0...(Secrets.passwordFrames.count - 1))) { pw, f in
            let once = Redactor.redact(Secrets.frame(Secrets.passwordFrames[f], pw)).text
            #expect(Redactor.redact(once).text == once, "\(once) → \(Redactor.redact(once).text)")
            #expect(Redactor.redact(once).count == 0)
        }
    }

    @Test func passwordsAfterACueNeverSurvive() async {
        await propertyCheck(count: 1000, input: Secrets.password, Gen.int(in: 0...(Secrets.passwordFrames.count - 1)), Gen.bool) { pw, f, wide in
            // An English word that follows "password is" without being one ("and", "The"),
            // written as words are, reads as the sentence's word by design.
            guard !Redactor.isWord(pw.lowercased(), Array(pw.unicodeScalars)[...]) else { return }
            let secret = wide ? Secrets.fullWidth(pw) : pw
            let text = Secrets.frame(Secrets.passwordFrames[f], secret)
            #expect(!Secrets.survives(secret, in: Redactor.redact(text).text), "\(text) → \(Redactor.redact(text).text)")
        }
    }

    /// A cue on a line that follows another cue's line is read for itself: the line after
    /// "invalid key" reads as a remark ("pwd: Svebxndvdth, I forgot my password at the login"), and
    /// its password, the shape of no secret, leaked when the line was passed over whole.
    @Test func aCueOnTheLineAfterAnotherCueNeverLeaks() async {
        let before = ["invalid key \n", "Re: password\n", "コード\n", "the setup key\t"]
        await propertyCheck(count: 1000, input: Secrets.password, Gen.int(in: 0...(Secrets.passwordFrames.count - 1)), Gen.int(in: 0...3)) { pw, f, b in
            guard !Redactor.isWord(pw.lowercased(), Array(pw.unicodeScalars)[...]) else { return }
            let text = before[b] + Secrets.frame(Secrets.passwordFrames[f], pw) + "\tI forgot my password at the login"
            #expect(!Secrets.survives(pw, in: Redactor.redact(text).text), "\(text) → \(Redactor.redact(text).text)")
        }
        // A cue that begins a line is a label only before a space or a filler: "Password1!" is the value.
        #expect(Redactor.redact("パスワード\nPassword1!\nでログインできません").text == "パスワード\n[REDACTED]\nでログインできません")
        #expect(Redactor.redact("the setup key\tpassword:\tDofvhfxd\tI forgot").text == "the setup key\tpassword:\t[REDACTED]\tI forgot")
    }

    /// Cues as tickets write them (a compound, kana, a passphrase) and the marks between a label
    /// and its value (an arrow, emphasis, a bracket remark before the colon).
    @Test(arguments: [
        ("ログインパスワード\u{3000}Kirin+Lemon\u{3000}（半角英字＋記号）", "Kirin+Lemon"), ("ぱすわーどはkonbu8です。", "konbu8"),
        ("my passphrase: Xyzzy-Plover", "Xyzzy-Plover"), ("password => letmein2024 (that's what I wrote down)", "letmein2024"),
        ("**Password:** Cobalt_Blue", "Cobalt_Blue"), ("パスワード（大文字）：SAKANAYA", "SAKANAYA"), ("Password (case-sensitive): Nagoya", "Nagoya"),
        ("【パスワード】Tsubame7", "Tsubame7"),
    ])
    func cuesAndMarksAsTicketsWriteThem(_ text: String, _ secret: String) {
        #expect(!Redactor.redact(text).text.contains(secret), "\(Redactor.redact(text).text)")
    }

    /// A password told by what was done with it, with no cue right before it: typed, entered,
    /// tried or set, in a list of tries, before a verb of entry (frames of either language).
    @Test func aTypedPasswordNeverSurvives() async {
        let frames = [
            "When I enter %@ it says the password is incorrect", "I typed %@ and nothing happened", "%@って入れたんですが、エラーになります",
            "入力したのは%@です", "ほかにも %@ を試しました", "I set it to %@ yesterday", "I tried Sakura2024!, %@ and Momo#5",
            "The one I tried was %@.", "Something like %@ I think", "I typed 3141592653 as the new password, then %@ as the password",
            "大文字と小文字と数字を入れろと出る %@ にしたんだけど",
        ]
        let typed = zip(
            Gen<Character?>.element(of: Secrets.letters).map { $0! }.string(of: 4...8),
            Gen<Character?>.element(of: Secrets.digits).map { $0! }.string(of: 1...4),
            Gen<Character?>.element(of: Array("!#$%&*+=?_~¥")).map { $0! }.string(of: 0...1)
        ).map { $0 + $1 + $2 }
        await propertyCheck(count: 1000, input: typed, Gen.int(in: 0...(frames.count - 1)), Gen.bool) { pw, f, wide in
            // A word that begins as a device's name does ("ioSF9", as "iOS17") reads as the device by design.
            guard !Redactor.productPrefixes.contains(where: pw.lowercased().hasPrefix) else { return }
            let secret = wide ? Secrets.fullWidth(pw) : pw
            let text = Secrets.frame(frames[f], secret)
            #expect(!Secrets.survives(secret, in: Redactor.redact(text).text), "\(text) → \(Redactor.redact(text).text)")
        }
    }

    /// Values with words or marks between them and their cue, lists, tables, and codes and keys
    /// wrapped over lines or written with dots.
    @Test(arguments: [
        ("My password is all caps, GOLDFISH, in case that matters.", "GOLDFISH"), ("The password is literally just walrus, lowercase.", "walrus"),
        ("my password contains a yen sign: Tama¥2023. On my Mac it types a backslash", "Tama¥2023"),
        ("パスワードは飼い猫の名前でMikanです。", "Mikan"), ("パスワードは、たしか Hinageshi か何かだったと思います。", "Hinageshi"),
        ("すべて小文字のkikyouというパスワードです。", "kikyou"), ("My passphrase has spaces: \"green tea under pines\". Is that ok?", "green tea under pines"),
        ("I tried Mountain88, river_stone and Bluesky#1, none of them work.", "river_stone"),
        ("ほかにも 'Kyoto2025', 'KYOTO_2025' を試しました。", "KYOTO_2025"),
        ("OMUID\tPassword\tEmail\nsx23041k\tqwerty2023\tme@example.jp", "qwerty2023"),
        ("| OMUID | Password |\n|---|---|\n| ab12345 | hotaru |", "hotaru"), ("＜パスワード＞Kiji*3", "Kiji*3"),
        ("the code from the SMS, which was 294\n817, is invalid", "294\n817"), ("The code on two lines:\n\n    802\n    446\n", "802\n    446"),
        ("the one-time password field: 3 0 9 - 7 1 4.", "3 0 9 - 7 1 4"),
        ("it got split:\nahsnolul tbwmdv56\n4zs6ak7n jzurgqzr\nI joined it", "ahsnolul tbwmdv56\n4zs6ak7n jzurgqzr"),
        ("I saved the setup key as ZREY.CO5W.RT4V.SJOP with dots", "ZREY.CO5W.RT4V.SJOP"),
        ("パスワードに空白を入れて「Ao Umi 2025」と設定しました。", "Ao Umi 2025"), ("I typed 3141592653 as the new password", "3141592653"),
        // Letters or digits alone where the sentence tells how the value is spelt (`SpeltValue`).
        ("The rules wanted capitals and digits, so at first I set it to momijigari and it was refused.", "momijigari"),
        ("I entered it as hanabatake, all lowercase letters.", "hanabatake"), ("英字だけで yuugure と設定しようとしました。", "yuugure"),
        ("sakuranbo を入れてみたら、大文字と数字が必要と出ました。", "sakuranbo"), ("my password was only numbers — 55120987 — and it was refused", "55120987"),
        ("The temporary password on the page was 48201937, only digits.", "48201937"), ("全角の２００１１１２３で打っていたかもしれません。", "２００１１１２３"),
        ("数字だけの 19991231 にしていました。", "19991231"), ("There are no digits in mine at all: SilverLakeDawn.", "SilverLakeDawn"),
        // After a colon, quoted words with a particle; a value a dash or a full-width space ends.
        ("my password has spaces in it: 'kaze no oto 3'.", "kaze no oto 3"),
        ("I typed the at-sign in full width: Ｋｉｔｅ＠４ — maybe that's wrong for my password", "Ｋｉｔｅ＠４"),
        ("パスワードに記号が入っています：Hana¥2023　Macだと違う文字になります。", "Hana¥2023"),
        // An at-sign in a password; "as a new password"; Japanese verbs that set a value.
        ("I typed Sn@wfall-22 twice and got locked out", "Sn@wfall-22"), ("The page refused 90817264 as a new password.", "90817264"),
        ("When I entered riverstones as the new password it said it needs a digit", "riverstones"),
        ("パスワードは覚えやすいように yamabiko77 にしてました。", "yamabiko77"), ("スペース入りの kaze fuku oka 9 を新パスワードにしました。", "kaze fuku oka 9"), ("新しいパスワードを「さくら88」にしようとしたらエラーでした。", "さくら88"),
        // A passphrase's words; keys parted by «・» or slashes.
        ("My passphrase is cold winter Moon rising 7 (with spaces).", "cold winter Moon rising 7"),
        ("キーを JBSW・Y3DP・EHPK・3PXP と区切ってメモしました", "JBSW・Y3DP・EHPK・3PXP"), ("I noted it as JBSW/Y3DP/EHPK/3PXP in the app", "JBSW/Y3DP/EHPK/3PXP"),
        // Quoted words with a digit after a cue; Japanese with Latin letters before a verb that sets it;
        // a list with an item a line; digits in brackets or after "was just"; a value after the spelling.
        ("パスワードは「kumo no ue 5」です。", "kumo no ue 5"), ("パスワードを「夏祭りB2」にしようとしたらエラーでした。", "夏祭りB2"), ("パスワードを「ひまわり咲くA1」にしようとしました。", "ひまわり咲くA1"),
        ("試した候補です。\n1. Natsu2024!\n2. fuyu2023##\nどちらもだめ。", "fuyu2023##"), ("仮パスワードが数字だけ(40817263)でした。", "40817263"),
        ("The temporary password was just 61730285 — only numbers.", "61730285"),
        ("mine is all capitals, KOSHIEN1985, maybe it needs a lowercase letter", "KOSHIEN1985"),
        ("What I entered was tsuyuzora, and it was refused.", "tsuyuzora"), ("確認コード 58・20・93 です", "58・20・93"),
        ("Setup key (written in threes): AIA DAK YPY SOH 2PL", "AIA DAK YPY SOH 2PL"), ("G-384756 is your verification code.", "384756"),
        // Words with spaces set off before "as the password", or after a passphrase's cue and a comma (`WordedPassphrase`).
        ("I went with a sentence, lemon tree 7 garden, as the password and now it fails.", "lemon tree 7 garden"),
        ("I typed maple leaf 31 (single spaces) as my new password.", "maple leaf 31"),
        ("We set a pass phrase, Blue Heron 12 Lake, for the shared lab account.", "Blue Heron 12 Lake"),
        // Runs set off in a sentence that speaks of a phrase and a password, or before "is my password".
        ("My new password is four words with spaces, Silent Pines Hold Snow, and it worked once.", "Silent Pines Hold Snow"),
        ("'Tea After Seminars 5' — that's my passphrase, spaces included.", "Tea After Seminars 5"),
        ("パスワードにスペースを使いました。「hoshi no kawa 2」です。", "hoshi no kawa 2"), ("I think I set river stone 9 (with the spaces) last week.", "river stone 9"),
        ("Harbor Lights 7 is my password and it stopped working.", "Harbor Lights 7"), ("I changed my password to “Copper Fox 3” yesterday.", "Copper Fox 3"),
        ("Is Amber 4 Lantern allowed as a new password?", "Amber 4 Lantern"), ("I set it to kasa no hana 8 (romaji) as my OMU password.", "kasa no hana 8"),
        ("I used maple-fern-otter-19 for the new password.", "maple-fern-otter-19"),
        // Japanese with Latin or digits before a verb that sets it, or after «入れたのは»; digits named the password.
        ("パスワードをカタカナ混じりのヒバリ畑55にしたら、エラーでした。", "ヒバリ畑55"), ("入れたのは すずめ2024Ab です。", "すずめ2024Ab"),
        ("20010915 をパスワードにしたつもりです。", "20010915"), ("ｋａｓｕｍｉ７７ と全角で入力していました。", "ｋａｓｕｍｉ７７"),
        ("パスフレーズ「ゆき の はな」を使いたいです。", "ゆき の はな"), ("『Kaze Fuku Oka 2』（スペースあり）で設定しました。", "Kaze Fuku Oka 2"),
        // Spelt values: capitals after "is", digits or romaji after the spelling's comma, digits before a copula.
        ("The temp password on my letter is KWZPRMTQ — all capitals, no digits.", "KWZPRMTQ"), ("My password is only numbers, 40719283 — a date.", "40719283"),
        ("I picked my dog's name with no numbers, hanamizuki, is that why?", "hanamizuki"), ("パスワードは数字の　４０７１９２８３　です。", "４０７１９２８３"),
        ("I registered KOMOREBI42, all capitals.", "KOMOREBI42"), ("On a US keyboard Sora@Bay3 came out wrong.", "Sora@Bay3"),
        // A list's item after a remark that ends the line before; a key's group broken by a line's wrap.
        ("試したもの\n1. Hotaru2020!（最初のもの）\n2. tsubame#12（小文字）\nだめでした", "tsubame#12"),
        ("The key wrapped: JBSW Y3DP EH\nPK 3PXP in the mail", "JBSW Y3DP EH\nPK 3PXP"),
        // A typed value set off by commas in a cue's or an entry's sentence; words joined by capitals after a comma.
        ("The password has symbols, #!Qz@p^7x, and the login refuses it.", "#!Qz@p^7x"), ("I entered the one I use for Gmail, ivyleaf2019, which may be weak.", "ivyleaf2019"),
        ("I tried letters only first, SilentHarborDawn, and it was refused.", "SilentHarborDawn"), ("Caps Lock was on, so instead of mapleleaf7 I set something else.", "mapleleaf7"),
        ("I used the word 'marmalade' as my password, all lowercase.", "marmalade"), ("I tried 'silver moon 8' with the spaces and it was refused.", "silver moon 8"),
        ("It rejects \"Maple Sky 3\" — because of the spaces?", "Maple Sky 3"), ("My passphrase is three tall paper cranes and it is rejected.", "three tall paper cranes"),
        // Letters beyond ASCII and symbols in a password's shape.
        ("My password has Danish letters, Kærlighed9x, and it is refused.", "Kærlighed9x"), ("I set Grüße2024! as the new one.", "Grüße2024!"),
        ("my pass looks like this: Moon★Rise7 (with a star)", "Moon★Rise7"),
        // Japanese verbs of entry after a value: half-width kana with digits, «にしてしまい», «になってい», «とだけ入れ», «だけをパスワードに», «というパスワード».
        ("パスワード変更のとき半角カナになっていて、ﾂﾊﾞﾒ77 と登録されたかもしれません。", "ﾂﾊﾞﾒ77"), ("パスワードを数字だけの 58203917 にしてしまいました。", "58203917"),
        ("日本語入力のままで ｋａｅｄｅ３ になっていたかもしれません。", "ｋａｅｄｅ３"), ("パスワードはローマ字で tanpopo とだけ入れています。", "tanpopo"),
        ("うっかり誕生日の19991201だけをパスワードにしようとしました。", "19991201"), ("「すみれ88」というパスワードにしました。", "すみれ88"),
        // A code read out digit by digit; a key read out in pairs; a password under a comma-separated header.
        ("My screen reader reads the code as 4,0,9,1,7,3 and I typed that.", "4,0,9,1,7,3"),
        ("セットアップキー ab cd 5e 4f gh 2j kl 3m no pq を貼りました", "ab cd 5e 4f gh 2j kl 3m no pq"),
        ("service,omuid,password\nportal,ab12345,kestrelrain\n", "kestrelrain"),
        // A thin space inside a code; digits after a cue's comma; a list with "then"; Japanese verbs of entry after kana with digits.
        ("Copying the code gave me 518\u{2009}204 with a thin space inside.", "518\u{2009}204"),
        ("She used my birthday as the password, 20031108. It is not accepted.", "20031108"),
        ("I tried Tulip2020 then heron77, then HERON77 in case caps lock was on.", "HERON77"),
        ("パスワードをカタカナで「ツバメ2023」にしてしまったかもしれません。", "ツバメ2023"), ("パスワードを ﾂﾊﾞﾒｺ2023 と半角カナで入れてしまったかもしれません。", "ﾂﾊﾞﾒｺ2023"),
        ("パスワードに半角カナの ﾂﾊﾞｷ5ab を入れたら、ログインできません。", "ﾂﾊﾞｷ5ab"), ("My password has spaces. It's 'Plum wine at dusk 4' (without the quotes).", "Plum wine at dusk 4"),
        ("「sakura fubuki」というフレーズ（空白あり）をパスワードにしていました。", "sakura fubuki"),
        // Japanese with digits in quotes before any verb of entry; keys parted by underscores or in groups of five capitals.
        ("パスワード変更で『すずらん畑42』と入れたらエラーが出ました。", "すずらん畑42"),
        ("I saved the key in a file as JBSW_Y3DP_EHPK_3PXP (underscores are mine).", "JBSW_Y3DP_EHPK_3PXP"),
        ("The setup key I copied is 7KQW2 M4XPL R5TZA B6YNE.", "7KQW2 M4XPL R5TZA B6YNE"),
        // A value alone in the sentence after one that names a password (`NextSentenceValue`).
        ("パスワードに英単語を並べました。maple cedar fog 6 です。", "maple cedar fog 6"),
        ("Can the password be digits only? Mine is 60221407 (an old phone number).", "60221407"),
        ("I can't recall the capitals in my password. I believe it is harborlight5.", "harborlight5"),
        ("パスワードに漢字を混ぜたかもしれません。Ｋｏｂｕｎｅ港2031 です。", "Ｋｏｂｕｎｅ港2031"),
        // A remark on the spelling right after the value; one word asked about as a password.
        ("It's the letters-only one, nightjarmeadow, all lower case.", "nightjarmeadow"),
        ("パスワードは hoshizoranomichi（全部小文字）です。", "hoshizoranomichi"),
        ("I changed it to quietbluefinch with no numbers, is that the problem?", "quietbluefinch"),
        ("Is lanternfish allowed as a password?", "lanternfish"),
        // A key's quoted name before a colon; a romaji particle before a quote or a typed value; "either … or".
        ("{\"user\":\"ab12345\",\"password\":\"Tr0ut&Toast\"}", "Tr0ut&Toast"), ("password wa 'tsukimisoba' desu", "tsukimisoba"),
        ("My password is either Plum Rain 88 or PlumRain88, I forget which.", "Plum Rain 88"),
        // A bracket then は after a cue; digits set as they stood; half-width kana with one digit; a try's label.
        ("暗証番号（ログインのパスワードのことです）は58031974にしています。", "58031974"), ("生年月日の20020718をそのままパスワードにしています。", "20020718"),
        ("半角カナで ﾂｸｼ7 とパスワードに入れたかもしれません。", "ﾂｸｼ7"), ("試した結果\n・1回目：Kestrel#44 → 失敗\n・2回目：heron5plum! → 失敗", "heron5plum!"),
        // Quoted values before «を入れ», in 《》; keys in small letters; codes parted by a slash or a middle dot.
        ("新しいパスワードに「すずかけ9」を入れたらエラーでした。", "すずかけ9"), ("パスワード欄に《みかん畑2026》と入れました。", "みかん畑2026"),
        ("the key was 3kq7a m2xpl qwert 6hz4u from the page", "3kq7a m2xpl qwert 6hz4u"), ("同じキー mzxwqpvtrsnkjhgf で登録しました", "mzxwqpvtrsnkjhgf"),
        ("the app showed 582/913 and I typed it", "582/913"), ("digits from the app (582·913) were refused", "582·913"),
        // A value after a cue sentence's comma; a value of letters joined by capitals typed; a run set off by "go with".
        ("My password has no symbols, but I tried, PELICAN2031, with caps lock on.", "PELICAN2031"),
        ("I might have registered NorthStarHarbor when I changed it.", "NorthStarHarbor"),
        ("For the password I go with Moss Lantern4 (with the space).", "Moss Lantern4"),
        ("I tried Wren#2020, and then 'finch%33' with caps off.", "finch%33"),
        // A code after a log's time; digits set "as the new one"; a remark in brackets before the verb or
        // the copula; kana that ends in ら or り before digits.
        ("入力の記録\n2026/05/02 07:41:09 582 913 → 失敗", "582 913"), ("I set 60417283 as the new one, is that allowed?", "60417283"),
        ("数字だけの５８０３１９７４（全角）で設定したかもしれません。", "５８０３１９７４"), ("パスワードは花の名前 'sumireiro'（ベトナム語）です。", "sumireiro"),
        ("パスワードを打ったら、ひまわり2031 と入っていたようです。", "ひまわり2031"),
        // Letters joined by one capital, twelve or more; a form's leader of dots; cells of a quoted export
        // with a prefixed header; a password's cue before words with a remark on their spaces.
        ("First I set MarigoldHarbor and then saw the rule about digits.", "MarigoldHarbor"),
        ("New password ............ Amber Tide 7!", "Amber Tide 7!"),
        ("\"Title\",\"login_password\"\n\"OMU\",\"Lark;Moss;51\"", "Lark;Moss;51"),
        ("Using the password Copper Kettle Song 6 (yes, with spaces) fails.", "Copper Kettle Song 6"),
        // Characters read out one by one; a key wrapped over two lines.
        ("Spelling it out: capital W, r, e, n, 4, 2.", "W, r, e, n, 4, 2"), ("一文字ずつ：K、Q、7、M、X、B、2、R、L、4、P、W、Z、T、Z、C", "K、Q、7、M、X、B、2、R、L、4、P、W、Z、T、Z、C"),
        ("念のため一桁ずつ：５、８、２、９、１、３ です。", "５、８、２、９、１、３"), ("letters: s-o-r-a-m-i-c-h-i 2", "s-o-r-a-m-i-c-h-i"),
        ("The key on two lines:\nKQ7MXB2RL4\nPWZTZCQ6\nthanks", "KQ7MXB2RL4\nPWZTZCQ6"),
        // A typed value before a remark on its spelling; after the spelling and a colon; digits before a remark in brackets.
        ("Autocorrect changed it, it's pel1can4ever, no capitals.", "pel1can4ever"), ("All in capitals: NAGAREBOSHI4. Still refused.", "NAGAREBOSHI4"),
        ("The password on my slip is 60193847 (all numbers).", "60193847"),
        // Keys parted by «、», in groups of six or seven capitals, or read out in capital pairs; «と入っ»
        // after a quoted value; «にしました», «を本パスワードに», "picked"; characters with spaces between.
        ("キーは Q6CX、55OB、6ZB6、SUYJ、4I7Y と書きました", "Q6CX、55OB、6ZB6、SUYJ、4I7Y"), ("Key blocks: VOQ4O23 JBXECGA LFDJGY6 WMWDBDL.", "VOQ4O23 JBXECGA LFDJGY6"),
        ("メモ: DH TZ AE Q5 47 KG ME NW です", "DH TZ AE Q5 47 KG ME NW"), ("パスワード欄に「ぱんだ７」と入っていました。", "ぱんだ７"),
        ("全部小文字で hoshizukiyo にしました。", "hoshizukiyo"), ("前の大学の itsumo_genki をそのまま本パスワードにしました。", "itsumo_genki"),
        ("then I picked walnut_on_ice_42 and it failed", "walnut_on_ice_42"), ("読み上げたもの(M o r i 7 K u m o)です。", "M o r i 7 K u m o"),
        ("I used NAGAREBOSHI in capitals only.", "NAGAREBOSHI"),
        // Read out in kana, letters' and digits' names parted by marks; digits alone after a password's
        // cue and words, entered; a code in words or in kanji numerals; a value that goes on after a
        // line's hyphen; a value after a cue's sentence and a colon; one judged too short.
        ("綴りは、大文字のジェー、オー、ユー、ハイフン、4、4です。", "大文字のジェー、オー、ユー、ハイフン、4、4"),
        ("暗証は「なな・さん・ぜろ・はち」です", "なな・さん・ぜろ・はち"),
        ("学籍番号確認システムのパスワード、封筒の紙にある 60417293 を入れても進みません", "60417293"),
        ("The code was two, eight, oh, five, one, seven. Rejected.", "two, eight, oh, five, one, seven"),
        ("It read double six, three-nine, double one on the app.", "double six, three-nine, double one"),
        ("メモには「四〇七二九一」とありました", "四〇七二九一"),
        ("my new password: Kirin-Hana-\n2031 (the mail broke the line)", "2031"), ("Password:\nTsubame#\n73Qx\n(one string)", "73Qx"),
        ("Password (capitals only, I know): MARIGOLDKITE. Is that why?", "MARIGOLDKITE"),
        ("小文字だけのパスワードに変えた:tanpopowataame\n英大文字が要るそうです。", "tanpopowataame"),
        ("Is Qa9#k too short?", "Qa9#k"), ("Fuku7は短すぎますか?", "Fuku7"),
        ("パスワード: すずらん畑31\nで通りません", "すずらん畑31"), ("PW＝ﾂﾊﾞｷ3Qa です", "ﾂﾊﾞｷ3Qa"),
        ("I keyed in Maple-Tram-Dusk at the login page.", "Maple-Tram-Dusk"), ("I typed T@kase.Yama4 twice.", "T@kase.Yama4"),
        ("The new password, which I entered twice, is Kumo_Hashi_Road. Still refused.", "Kumo_Hashi_Road"),
        ("I changed it into Sazanka!Fox later.", "Sazanka!Fox"),
        // Kana typed into the password before a quotative verb; kana and Latin after an English verb
        // of entry, or quoted in the sentence after a password's; a typed value used in a password's
        // sentence; a verb of setting before commas; words joined by hyphens, three or more.
        ("パスワードを「すきやきなべ」と打ったかもしれません", "すきやきなべ"), ("新しいパスワードに たぬきそば と入れたら", "たぬきそば"),
        ("I tried すずめ2031Ko and it was refused.", "すずめ2031Ko"), ("パスワードに記号を入れ忘れました。「ひばり77」です。", "ひばり77"),
        ("パスワードに台湾語で tainan2031 を使っています", "tainan2031"), ("I set it to a word in romaji, kawasemi2031, so that I remember.", "kawasemi2031"),
        ("I entered plum-tea-at-dusk twice.", "plum-tea-at-dusk"), ("I changed my password to Umi#Kaze on Monday.", "Umi#Kaze"),
        // Small letters and digits in full width; a code parted by bars or a long dash; a key by middle
        // dots; a birthday set as the password; a value made so; kana before digits a cue names.
        ("the page refused ｓｕｚｕｍｅ３１ today", "ｓｕｚｕｍｅ３１"), ("コードを ４｜１｜８｜０｜２｜６ と入れました", "４｜１｜８｜０｜２｜６"),
        ("画面で 517―239 と入れた", "517―239"), ("I copied the key as Q4MZ · TA7K · LW2B · 3XEP — dots too?", "Q4MZ · TA7K · LW2B"),
        ("パスワードは誕生日の8桁で 19880214 にしていました。", "19880214"), ("星の名前に記号を足して subaru+2031 としました。", "subaru+2031"),
        ("うさぎ77というパスワードにしたら", "うさぎ77"),
    ])
    func secretsWithoutACueBeforeThem(_ text: String, _ secret: String) {
        #expect(!Secrets.survives(secret, in: Redactor.redact(text).text), "\(Redactor.redact(text).text)")
    }

    @Test func codesNeverSurvive() async {
        await propertyCheck(count: 1000, input: Secrets.code, Gen.int(in: 0...(Secrets.codeFrames.count - 1)), Gen.bool) { code, f, wide in
            let secret = wide ? Secrets.fullWidth(code) : code
            let text = Secrets.frame(Secrets.codeFrames[f], secret)
            #expect(!Secrets.survives(secret, in: Redactor.redact(text).text), "\(text) → \(Redactor.redact(text).text)")
        }
    }

    @Test func setupKeysNeverSurvive() async {
        await propertyCheck(count: 1000, input: Secrets.key, Gen.int(in: 0...(Secrets.keyFrames.count - 1)), Gen.bool) { key, f, wide in
            let secret = wide ? Secrets.fullWidth(key) : key
            let text = Secrets.frame(Secrets.keyFrames[f], secret)
            #expect(!Secrets.survives(secret, in: Redactor.redact(text).text), "\(text) → \(Redactor.redact(text).text)")
        }
    }

    /// False positives: ordinary ticket text with dates, student numbers, OMUIDs, phone numbers
    /// and times keeps every word.
    @Test(arguments: [
        "2025年4月1日 10:15 に届いたメールの件です", "学籍番号 2412345678 でログインしようとしました", "OMUIDは ab12345 です",
        "電話番号は 06-6605-1234 です", "内線 1234 までお願いします", "2024-04-01 から使えません", "パスワードを忘れました",
        "パスワードが一致しないと出ます", "the password reset page does not open", "my password is wrong and my account is locked",
        "I changed my password yesterday", "Google Authenticator shows 3 entries", "5分前に届いた確認コードです",
        "コードが届きません", "the code expired after 10 minutes", "please reset my password", "OMUNET-1X に接続しています",
        // Words after a cue that say what the code did, an on-screen message quoted, a note.
        "Code is come to my gmail", "it said the code is already expired", "the code was refused", "the new password I set five minutes ago",
        "paste key -> \"Invalid key\". Then", "password (done), authenticator (done)",
        // Names, ids and addresses where a typed value could stand.
        "解除までお待ちします。OMUID:a24ke207(教員)です。", "ニダンカイのテスト、学内Wi-Fiです", "アカウント名は「OMU」にしました。",
        "Which email should I register as the password recovery address?", "New postal code is 599-8531, Sakai.",
        "できますか？iPadで設定したらスマホのほうは使えなくなりますか？", "I entered my OMUID sx23041k and it failed",
        "Chromeにしたほうがええ?", "after entering ID+password there's no prompt", "pasuwaado dake dame desu. 3kai kurai tameshimashita.",
        "登録したアドレス間違えたかも?gmai.comって打った気がする", "入れたのはdocomoのキャリアメールで", "学籍番号(２４Ａ１０３８)を入れてます",
        "everything I typed was garbage", "ＯＭＵＮＥＴ－１Ｘで試してるけど画面がでない", "新しいほうはeSIMにしました",
        // Numbers of six digits that another label names, versions, files, links, a chat's times.
        "Any update on ticket #240611? I wrote last week.", "受付番号 240611 の件です。", "My staff number is 104233 and the page says it is not valid.",
        "職員番号 104233 を入力するとエラーになります。", "order no. 604117 has arrived", "Outlook version 4.2420.0 on my phone",
        "Bitwarden 2024.5.0 fills in the OMUID", "I attached it as scan_240611.pdf", "[09:01] Me: they said to reissue the QR code\n[09:04] Me: ok",
        "I searched the App Store for GOOGLEAUTHENTICATOR and got many apps.", "the SMS said to click bit.ly/3xK9pQz to verify",
        // Words after verbs of entry, "as the password" and "is" that are no value.
        "is it ok to use my student number as the password for now?", "my credentials may have been compromised, as the password I use no longer works",
        "I had trouble with the password rules (it needed an uppercase letter) but that part is sorted.",
        "When I type quickly I miss the capital letters in my password", "my address is short, like xy@gmail, for the recovery mail",
        "Password change step: clicking Change shows red text about uppercase letters.", "red letters under the field: input format is not correct",
        "the start page shows 未変更・反映待ち for like 10 min now", "my tablet which I use for the one time code was stolen",
        "every saved password was wiped when the laptop was reimaged",
        // Models, tags, course and card numbers, an address's path; remarks of time; "2FA" among words.
        "Laptop: Dell XPS 13 9315, Windows 11.", "The PC (asset tag OMU-PC-004812) shows no login.", "職員証の番号(E-204417)と職員番号は同じですか。",
        "Lecture ID 240315, room C-201, nobody could log in.", "科目コード 21A0345 の授業でログインが求められます。", "アカウント名を「OMU大学」にしました。",
        "Error 403 on https://auth.omu.ac.jp/idp/profile/SAML2/Redirect/SSO?execution=e1s2 from home.",
        "My new password (set 5 minutes earlier) is rejected.", "Error when resetting my password (account active for 2 years).",
        "I'm setting up 2FA for our new lab member.", "認証アプリは Google Authenticator を入れました。", "ブラウザは Brave 1 で試しました。",
        // Words around "as the password" and a passphrase that tell its length or who typed it.
        "My passphrase is 14 characters long, is that enough?", "Activation password change: I put it in twice as the new password.",
        "I tried Windows 11 and Chrome 120, as the password page suggested.", "I tried it 3 times, as the password field kept clearing.",
        // What was done to a code, a time zone, a receipt, a name's label, an address, a share, a wait.
        "My QR code was reissued by mistake on the shared PC.", "Time zone is set to UTC+09:00.", "Receipt no. 000482 from the IT counter.",
        "the code is typed within 30 seconds, still rejected", "ＯＭＵＩＤ：ｓｂ２４３１０　と全角で入力していました。", "再発行用アドレスを新しいGmailに変更しました。",
        "My password has spaces. I typed the same thing twice, 99% sure.", "確認コードを入力したのは受信から10分後です。",
        "My password was a long phrase of lowercase words, which is much stronger than the rules ask.",
        // A card's number, a log's line, a budget's code, a person's name in romaji, a tool's version, prices, two-letter words.
        "My lab door card (No. 004512) still works.", "Log:\n09:01 opened portal\n09:02 entered ID and password\n09:02 OTP screen\n09:03 error",
        "科研費の予算コード 24K0123 で購入したタブレットです。", "氏名をローマ字(Suzuki Haruto)で入力する欄がありました。",
        "I use Bitwarden 2024.9.0 as a password manager.", "Prices went from 120,000 to 150,000 yen.", "is it ok to go to an ok bar at 23 or 24 if we go by 25",
        // Error codes, a network's name, a password manager, a ticket's fields, a numbered PC, a reference number, a code's mail.
        "Printer error code 0x8007000D appears.", "The message says 'Your session has expired (code: E1024).'", "I'm on my home Wi-Fi (SSID: Kestrel-G-7A3E).",
        "Can I use 1Password or Bitwarden as an authenticator?", "Ticket: 230915-0042\nCategory: OMUID/password\nStatus: waiting",
        "図書館のPC（PC-No.23）でログインできません。", "整理番号は502117です。", "At that step a confirmation code was e-mailed to my private address.",
        "Step 3: typed what I was 90% sure was my password. Rejected.",
        "THE QUICK BROWN FOXES JUMPS OVER 2 LAZY DOGS", "画面に「エラー 404」と出ました。",
        // A grade after a password's sentence; a count after "wa"; symbols and a domain's part quoted;
        // an e-mail address spelt; groups of four words after a key; a date with slashes; kinds asked about.
        "件名:本パスワードを忘れました\n理学研究科M1です。", "setup key wa 2kai touroku shimashita.", "記号の「&」を入れています。",
        "「.ne.jp」を「.ne.ip」にしていたかもしれません。", "my e-mail address, all lower case, is on file",
        "copying the key each time with ctrl+c", "It happened on 24/04/15 at noon.", "Is kanji allowed as a password?",
        "Can't log in with 2-step verification.", "I sign in with OneDrive too.",
        "The log says 2026/05/02 07:41:09 and nothing else.", "それを試したら2031年に変わっていました。",
        // Masks a form shows; a product's name with a digit before a cue; a short error code; an ellipsis;
        // a list of six options; a numbered list after longer numbers; two lines of capitals without digits.
        "Current password : ●●●●●●●●", "Can I use 1Password's built-in authenticator?", "It shows (code 4013) on the page.",
        "I forgot my password... help me", "Choose one of a, b, c or d.", "Rooms 12,3,4,5,6,7,8 are closed.", "IMPORTANT NOTICE\nPLEASE READ\n",
        "I registered GoogleAuthenticator on my phone.",
        // A cue inside an address; a list of trials joined by a slash; spaced letters without a digit.
        "The QR page at https://otp.example.ac.jp keeps loading.", "click link -> login -> enter ID/password -> nothing", "I a m s o r r y",
        // Sizes and steps in kana; the rule quoted after a cue's colon; a number named in the sentence;
        // a date; a count in words; a phone number read out; a title's compound; an address with digits.
        "サイズはエス、エム、エル、エックスエル", "いち、に、さん、で押しました", "パスワード：英数字8文字以上", "パスワード: OMUIDと同じ",
        "パスワードの件で、学籍番号 24120593 を入れても進みません", "パスワードの有効期限は 20250331 です。", "I tried one, two, three times.",
        "call me back at zero nine zero, one two three four, five six seven eight", "I re-entered Two-Factor settings",
        "My password is fine, my number is 090-xxxx.", "His private address for the password mail is wl@163.com.",
        // Kinds of characters quoted; a device used; a user name used; a domain typed with commas; an
        // address mistyped or cut short.
        "パスワードに「カタカナ」と入れてもいいですか", "Chrome120を使っています", "ログイン名「omu-pc01」を使っています",
        "I think I wrote gmail,com with a comma.", "I wrote nguyen.van.a@@gmail.com by mistake", "アドレスは短いやつ（ab@～）を使ってます",
        // An OMUID and a student number masked, in full width.
        "OMUIDは ｓｂ２３０４５ です", "学籍番号は ２２１ｘｘｘｘｘ です",
    ])
    func ordinaryTextIsLeftAlone(_ text: String) {
        #expect(Redactor.redact(text).text == text)
    }

    /// Every piece of these tickets cut at either end is redacted without a trap: the rules look
    /// before and after a word, and a piece that starts with a space before Japanese once read
    /// before the text's start (« すずめ2031Ko and it failed»).
    @Test func everyPieceOfATicketIsRedacted() {
        let tickets = [
            " I tried すずめ2031Ko and it failed", "ねこやなぎ123というパスワードにしたら", "パスワード: すずらん畑31\nで通りません",
            "綴りは、大文字のジェー、オー、ユー、ハイフン、4、4です。", "It read double six, three-nine, double one.", "メモには「四〇七二九一」",
            "my new password: Kirin-Hana-\n2031 (wrapped)", "新しいパスワードに たぬきそば と入れたら", "パスワード、封筒の紙にある 60417293 を入れても",
            "The new password, which I entered twice, is Kumo_Hashi_Road.", "Is Qa9#k too short?", "I copied the key as Q4MZ · TA7K · LW2B · 3XEP",
        ]
        for ticket in tickets {
            let scalars = Array(ticket.unicodeScalars)
            for k in scalars.indices {
                // The rest from each place, after a space; the start up to each place, before a colon.
                let rest = " " + String(String.UnicodeScalarView(scalars[k...]))
                let start = String(String.UnicodeScalarView(scalars[...k])) + ":"
                for piece in [rest, start] { #expect(!Redactor.redact(piece).text.isEmpty) }
            }
        }
    }

    /// The time is linear in the text's length: twice the text, about twice the time.
    @Test func redactionIsLinear() {
        let unit = String(repeating: "パスワードは Abc12345 です。 code 123 456 key JBSW Y3DP EHPK 3PXP abcd efgh ijkl mnop ", count: 200)
        func time(_ copies: Int) -> Double {
            let text = String(repeating: unit, count: copies)
            let start = Date()
            _ = Redactor.redact(text)
            return Date().timeIntervalSince(start)
        }
        _ = time(1)
        let small = time(4), large = time(16)
        #expect(large < small * 8, "4 copies: \(small) s, 16 copies: \(large) s")
    }
}

@Suite struct TriageTimeTests {
    /// Every stage is linear in the ticket's length: eight times the text takes at most about
    /// eight times as long (a quadratic stage would take sixty-four).
    /// The second ticket is one long sentence of the words the recovery-address and forgetting
    /// readers look at (a request for the address, a forgetting supposed), taken back at its end.
    /// The third is many sentences that each hold one group of a sentence cue (the code), the
    /// other group (expired) only at the end. The fourth repeats what `PasswordExpiry` and
    /// `LostPaper` read; the fifth the errors `ForgottenPassword.ofLogin` reads.
    @Test(arguments: [
        ("パスワードを忘れました。コード 123 456 を入れても JBSW Y3DP EHPK 3PXP abcd efgh 「無効なキー」 OMUNET-1X 5分前 OMUIDはわかる the password is wrong. ", 400, ""),
        ("再発行用アドレスを入れてくださいと出て、パスワード忘れたかもと思って、", 200, "思い出しました"),
        ("the code. ", 3_000, "expired"),
        // Setup keys and passwords told as expired, and papers lost, again and again.
        ("the setup key expired. パスワードの期限切れ、紙をなくしました。", 400, ""),
        // A forgetting, a login named, and an error after each try, each asking whether it is the login's.
        ("I forgot my password at the login. typed it -> error. ", 400, ""),
    ])
    func aLongerTicketTakesProportionallyLonger(_ unit: String, _ copies: Int, _ end: String) {
        let triager = Bundled.triager
        // The best of a few runs: the tests run side by side, and one slow run is noise.
        func time(_ copies: Int, runs: Int) -> Double {
            let text = String(repeating: unit, count: copies) + end
            return (0..<runs).map { _ in
                let start = Date()
                _ = triager.triage(text)
                return Date().timeIntervalSince(start)
            }.min()!
        }
        _ = time(copies / 8, runs: 1)
        // Linear is about 8; with the other suites running beside it on two cores, 13.5 was seen.
        // A quadratic stage takes about 64 times as long.
        let small = time(copies, runs: 3), large = time(copies * 8, runs: 3)
        #expect(large < small * 16, "×1: \(small) s, ×8: \(large) s")
    }
}

/// Strings made from Unicode scalars (tokens, redacted spans) are the same as the standard
/// library makes them, for scalars of every UTF-8 length.
@Suite struct ScalarStringTests {
    /// A scalar of 1, 2, 3 or 4 UTF-8 bytes, equally often.
    static let scalar = zip(Gen.int(in: 0...4), Gen<UInt32>.uint32(in: 0...0x10FFFF)).map { width, raw -> Unicode.Scalar in
        let range: ClosedRange<UInt32> = [0x00...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF][width]
        return Unicode.Scalar(range.lowerBound + raw % UInt32(range.count))!
    }

    @Test func aStringOfScalarsIsTheStandardLibrarysString() async {
        await propertyCheck(count: 500, input: Self.scalar.array(of: 0...40)) { scalars in
            var expected = ""
            expected.unicodeScalars.append(contentsOf: scalars)
            #expect(String(scalars: scalars) == expected)
            #expect(String(scalars: scalars).utf8.count == expected.utf8.count)
            #expect(Array(String(scalars: scalars[...]).unicodeScalars) == scalars)
        }
    }

    /// Scalars from where Japanese text lives and around it: kana and their marks, the
    /// half-width and full-width forms, punctuation, compatibility ideographs, ASCII.
    static let japaneseScalar = zip(Gen.int(in: 0...5), Gen<UInt32>.uint32(in: 0...0xFFFF)).map { block, raw -> Unicode.Scalar in
        let range: ClosedRange<UInt32> = [0x20...0x7E, 0x3000...0x30FF, 0xFF00...0xFFEF, 0x4E00...0x4E80, 0xF900...0xF920, 0x2000...0x206F][block]
        return Unicode.Scalar(range.lowerBound + raw % UInt32(range.count))!
    }

    /// Foundation's NFKC composed canonically afterwards: its mapping leaves a half-width voiced
    /// mark apart from its kana (ｶﾞ → カ + U+3099) and marks out of canonical order (U+302A before
    /// U+3099), where NFKC composes and orders them.
    @Test func nfkcIsFoundationsNFKC() async {
        await propertyCheck(count: 1000, input: Self.japaneseScalar.array(of: 0...12)) { scalars in
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let foundation = text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
            #expect(Array(text.nfkc.unicodeScalars) == Array(foundation.unicodeScalars), "\(scalars)")
        }
    }
}


/// A password told as expired («パスワードの有効期限が切れたのだと思います», "I guess my password
/// expired"), or a setup key ("my guess is the key expired"): a writer's guess at why a login or
/// a registration fails. Neither page says a password or a key expires; the only expiry they
/// tell is the confirmation code's (P000 L25, P001 L192: 「確認コードの有効期限は5分間程度」). So
/// the words of expiry there are no evidence of an expired code: their clause is set aside, as
/// the forgetting it often hides («自分で何に設定したかを覚えておらず») tells the ticket's entry.
/// And when the ticket names no code at all, every word of expiry in it is of the same guess
/// («…有効期限が切れたせいかもしれません。期限切れなら延長してもらえませんか»).
enum PasswordExpiry {
    /// A password and its expiry, told together.
    static let phrases = [
        "パスワードの有効期限", "パスワードの期限", "パスワードが期限切れ", "パスワードが失効", "パスワード期限切れ", "パスワードの有効期間",
        "password expired", "password has expired", "password had expired", "password is expired", "password might have expired",
        "password may have expired", "password must have expired", "password has probably expired", "password probably expired",
        "password expiry", "password expiration",
        // Asked of passwords in general: "Do OMU passwords expire every 6 months or something?".
        "passwords expire", "password expire", "password expires", "passwords expired", "password could have expired", "password just expired",
        "password got expired", "パスワードって期限", "パスワードに期限", "パスワードに有効期限", "パスワードって有効期限",
    ]
    /// The setup key, or its QR code, and its expiry told together (the pages say nothing of a
    /// key's validity: 「無効なキー」 is a key mistyped or reissued, P001). Only their words of
    /// expiry are set aside: the key named is the ticket's evidence.
    static let keyPhrases = [
        "キーの有効期限", "キーの期限", "キーが期限切れ", "キーが失効", "キー期限切れ", "qrコードの有効期限", "qrコードの期限", "qrコードが期限切れ",
        "key expire", "key has expired", "key had expired", "key might have expired", "key may have expired", "key must have expired",
        "key probably expired", "key is expired", "string expire", "string has expired", "qr code expire", "qr code has expired",
    ]
    /// The phrases, found in one pass (anywhere, as `DeniedTrouble`'s): true for a password's.
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in phrases { matcher.add(phrase, true) }
        for phrase in keyPhrases { matcher.add(phrase, false) }
        return matcher
    }()
    /// A code named just before: the password's code ("the verification code for resetting my
    /// password has expired") or the one-time password («ワンタイムパスワードの期限»).
    static let codes = TriageText.words(["code", "コード", "ワンタイム", "one-time ", "one time ", "otp "])

    /// A code named anywhere: the confirmation code's or the one-time password's («確認コード»,
    /// «認証コード», "the code", «番号»), whose expiry the words may then tell.
    static let anyCode = TriageText.words(["code", "コード", "こーど", "ワンタイム", "one-time", "one time", "otp", "番号", "ばんごう", "number", "koodo", "kodo"])
    /// The words of expiry, wherever they stand.
    static let expiry: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in ["期限切れ", "期限が切れ", "有効期限", "期限", "失効", "expire", "expiry", "expiration", "kigengire", "kigen"] { matcher.add(phrase, true) }
        return matcher
    }()

    /// The ranges of the phrases the ticket tells of its password or key, in order and apart;
    /// with every word of expiry when the ticket names no code.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        let told = matcher.matches(in: text).filter { !text.containsAny(codes, in: ($0.range.lowerBound - 32)..<$0.range.lowerBound) }
        guard !told.isEmpty else { return [] }
        let words = expiry.matches(in: text).map(\.range)
        var found: [Range<Int>] = []
        // Both in the text's order: the words of expiry inside each key's phrase are found by
        // walking the two lists together (linear in the ticket, however many phrases it repeats).
        var w = 0
        for match in told {
            if match.payload {
                found.append(match.range)
                continue
            }
            while w < words.count, words[w].lowerBound < match.range.lowerBound { w += 1 }
            var inside = w
            while inside < words.count, match.range.contains(words[inside].lowerBound) {
                found.append(words[inside])
                inside += 1
            }
        }
        if !text.containsAny(anyCode, in: 0..<text.scalars.count) { found += words }
        return SettledClauses.merged([], found)
    }
}

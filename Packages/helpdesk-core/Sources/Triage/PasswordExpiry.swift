/// A password told as expired («パスワードの有効期限が切れたのだと思います», "I guess my password
/// expired"): a writer's guess at why a login fails. Neither page says a password expires; the
/// expiry they tell is the confirmation code's (P001 L192). So the words of expiry there are
/// no evidence of an expired code: their clause is set aside, as the forgetting it often hides
/// («自分で何に設定したかを覚えておらず») tells the ticket's entry.
enum PasswordExpiry {
    /// A password and its expiry, told together.
    static let phrases = [
        "パスワードの有効期限", "パスワードの期限", "パスワードが期限切れ", "パスワードが失効", "パスワード期限切れ", "パスワードの有効期間",
        "password expired", "password has expired", "password had expired", "password is expired", "password might have expired",
        "password may have expired", "password must have expired", "password has probably expired", "password probably expired",
        "password expiry", "password expiration",
    ]
    /// The phrases, found in one pass (anywhere, as `DeniedTrouble`'s).
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in phrases { matcher.add(phrase, true) }
        return matcher
    }()
    /// A code named just before: the password's code ("the verification code for resetting my
    /// password has expired") or the one-time password («ワンタイムパスワードの期限»).
    static let codes = TriageText.words(["code", "コード", "ワンタイム", "one-time ", "one time ", "otp "])

    /// The ranges of the phrases the ticket tells of its password, in order and apart.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        let found = matcher.matches(in: text).map(\.range).filter { !text.containsAny(codes, in: ($0.lowerBound - 32)..<$0.lowerBound) }
        return SettledClauses.merged([], found)
    }
}

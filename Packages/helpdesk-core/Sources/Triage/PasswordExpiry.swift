/// A password told as expired («パスワードの有効期限が切れたのだと思います», "I guess my password
/// expired"): a writer's guess at why a login fails. Neither page says a password expires; the
/// expiry they tell is the confirmation code's (P001 L192). So the words of expiry there are
/// no evidence of an expired code: their clause is set aside, as the forgetting it often hides
/// («自分で何に設定したかを覚えておらず») tells the ticket's entry.
enum PasswordExpiry {
    /// A password and its expiry, told together.
    static let phrases = TriageText.words([
        "パスワードの有効期限", "パスワードの期限", "パスワードが期限切れ", "パスワードが失効", "パスワード期限切れ", "パスワードの有効期間",
        "password expired", "password has expired", "password had expired", "password is expired", "password might have expired",
        "password may have expired", "password must have expired", "password has probably expired", "password probably expired",
        "password expiry", "password expiration",
    ])
    /// The expiry words every phrase holds.
    static let expiries = TriageText.words(["期限", "失効", "expir"])
    /// A code named just before: the password's code ("the verification code for resetting my
    /// password has expired") or the one-time password («ワンタイムパスワードの期限»).
    static let codes = TriageText.words(["code", "コード", "ワンタイム", "one-time ", "one time ", "otp "])

    /// The ranges of the phrases the ticket tells of its password, in order and apart.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        // Most tickets tell no expiry at all: two scans rule them out.
        guard text.containsAny(expiries) else { return [] }
        var found: [Range<Int>] = []
        for phrase in phrases {
            var from = 0
            while let range = text.find(phrase, in: from..<text.scalars.count) {
                if !text.containsAny(codes, in: (range.lowerBound - 32)..<range.lowerBound) { found.append(range) }
                from = range.upperBound
            }
        }
        return SettledClauses.merged([], found)
    }
}

/// The sentences of a ticket that tell its recovery address as a thing done — «再発行用メールアドレ
/// スの欄には大学のメールを入れています», «I believe I registered my Gmail as the recovery
/// address»: an aside to another trouble (a forgotten password, a reset error, a mail that does
/// not come), not the question of which address to register or what to do without one. Their
/// words are then no evidence of what the ticket is about, as `SettledClauses`' are.
///
/// A sentence counts when it names the recovery address, tells it was entered, registered or set,
/// and neither asks (a question mark, «…か», which, what, should …), denies («登録していない»,
/// "I never registered one": having none is a trouble of its own) nor tells a trouble with it
/// (an error, a mail that does not come, a change wanted). A ticket that is mostly such
/// sentences is about them, and one whose mail does not come is about where it goes: then none
/// counts.
enum ToldRecoveryAddress {
    static let recoveryWords = TriageText.words(["再発行用", "予備のメール", "予備のアドレス", "recovery", "backup email", "backup address", "backup e-mail"])
    static let doneWords = TriageText.words([
        "を入れ", "に入れ", "を入力", "にして", "にした", "にしま", "で登録", "を登録", "に登録", "を設定", "に設定", "を使っ", "を使い",
        "registered", " set ", "set my", "set it", "i used", "i put", "i entered", "i chose", "i gave", "is set to", "was set to",
    ])
    static let askingWords = TriageText.words([
        "どの", "どんな", "どれ", "何を", "なにを", "べき", "いいでしょう", "いいですか", "でしょうか", "ですか", "ますか", "かな",
        "which", "what", "should", "does it", "does that", "is it ok", "is that ok", "can i", "do i", "how ",
    ])
    static let denyingWords = TriageText.words([
        "ていない", "てない", "ていません", "てません", "なかった", "しておらず", "not ", "n't", "never", "no ",
    ])

    /// A sentence that tells a trouble with the address too («…を入れたらエラー», "I want to
    /// change the recovery email I registered") is about it, not aside. (A mail that does not
    /// come, anywhere in the ticket, is `deliveryWords`' and settles nothing at all.)
    static let troubleWords = TriageText.words([
        "エラー", "赤字", "変え", "変更", "ロック", "できな", "できませ", "出来な", "進めな", "せい",
        "error", "change", "update", "lock", "can't", "cannot", "fail", "wrong",
        // The forgotten password itself, told in the same sentence, is the trouble.
        "忘れ", "forgot", "forget",
        // The code sent there told expired: "the confirmation code sent to my recovery address had already
        // expired by the time I entered it" (not the address's telling).
        "期限", "expired", "expiry", "timed out",
    ])

    /// A mail that does not come goes to the recovery address: told beside it, the address is
    /// evidence, not an aside.
    static let deliveryWords = TriageText.words(["届", "来な", "来ませ", "こない", "来てい", "arriv", "receiv", "never came", "not come", "didn't come"])

    /// The first scalars of each list's words.
    static let recoveryFirsts = ScalarBits(recoveryWords.compactMap(\.first))
    static let deliveryFirsts = ScalarBits(deliveryWords.compactMap(\.first))

    /// Whether a word of `list` (whose first scalars are `firsts`) stands anywhere in `s`.
    static func anywhere(_ list: [[Unicode.Scalar]], firsts: ScalarBits, in s: [Unicode.Scalar]) -> Bool {
        s.indices.contains { i in firsts.mayContain(s[i]) && list.contains { TriageText.matches(s, i, $0) } }
    }

    /// The told sentences of `text`, in order and apart (each with its closing mark).
    static func ranges(in text: TriageText) -> [Range<Int>] {
        let s = text.scalars
        // Most tickets name no recovery address: one look at each scalar for its words' first
        // scalars tells.
        guard anywhere(recoveryWords, firsts: recoveryFirsts, in: s), !anywhere(deliveryWords, firsts: deliveryFirsts, in: s) else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        for i in 0...s.count {
            guard i == s.count || endsSentence(s, at: i) else { continue }
            while start < i, s[start] == " " { start += 1 }
            let sentence = start..<i
            if !sentence.isEmpty, i == s.count || s[i] != "?", tells(text, sentence) { found.append(start..<min(i + 1, s.count)) }
            start = min(i + 1, s.count)
        }
        // A ticket that is nothing but the aside is about it.
        let told = found.reduce(0) { $0 + $1.count }
        return told * 4 > s.count * 3 ? [] : found
    }

    /// 「。」, "!" and "?", and "." before a space or the end (not the dots of an address).
    static func endsSentence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        switch s[i] {
        case "。", "!", "?": return true
        case ".": return i + 1 == s.count || s[i + 1] == " "
        default: return false
        }
    }

    /// After a done word, a request, not a thing done: «…を入れてください» is the page asking.
    static let requestWords = TriageText.words(["てくださ", "て下さ", "るよう", "ろと", "ろって"])
    /// Right after a done word that ends in its verb's stem, a doing still to come: «…メールアドレスを
    /// 入れるところで», «…を入力しようとして», «…を入れれば» (not «…にしてる», which is done).
    static let toComeWords = TriageText.words(["る", "よう", "れば", "する", "しよう", "すれば"])
    static let stemEnds: Set<Unicode.Scalar> = ["れ", "力", "録", "定"]

    static func tells(_ text: TriageText, _ sentence: Range<Int>) -> Bool {
        func has(_ list: [[Unicode.Scalar]]) -> Bool { text.containsAny(list, in: sentence) }
        guard has(recoveryWords), done(text, sentence), !has(askingWords), !has(denyingWords), !has(troubleWords) else { return false }
        // «…入れていますか», «…登録したか»: a question without its mark.
        return text.scalars[sentence.upperBound - 1] != "か"
    }

    /// Whether a done word in `sentence` tells a thing done, not one asked for.
    static func done(_ text: TriageText, _ sentence: Range<Int>) -> Bool {
        let s = text.scalars
        for i in sentence {
            for word in doneWords where i + word.count <= sentence.upperBound && TriageText.matches(s, i, word) {
                let after = (i + word.count)..<min(i + word.count + 4, sentence.upperBound)
                if !text.containsAny(requestWords, in: after), !(stemEnds.contains(word[word.count - 1]) && text.startsWithAny(toComeWords, at: i + word.count)) { return true }
            }
        }
        return false
    }
}

/// An on-screen message named only to say it did not appear: «「以前に中断した手順から再開しますか?」
/// じゃなくて普通にスタート画面が出ました», «「無効なキー」とは出ません», "「…」 never showed up",
/// "instead of 「…」". Such a message neither decides the entry nor is the ticket's message.
enum DeniedMessage {
    /// Whether the message ending at `end` (a scalar offset of `text`) is denied right after it:
    /// past its closing quote and spaces, a denial.
    static func after(_ end: Int, in text: TriageText) -> Bool {
        followed(by: denials, end, in: text)
    }

    /// Whether one of `words` follows the quote ending at `end`, past its closing quote and spaces.
    static func followed(by words: [[Unicode.Scalar]], _ end: Int, in text: TriageText) -> Bool {
        let s = text.scalars
        var i = end
        while i < min(s.count, end + 3), closers.contains(s[i]) { i += 1 }
        return text.startsWithAny(words, at: i)
    }

    /// Whether the message starting at `start` is named as what did not come, just before it.
    static func before(_ start: Int, in text: TriageText) -> Bool {
        let s = text.scalars
        var i = start
        while i > max(0, start - 3), closers.contains(s[i - 1]) || openers.contains(s[i - 1]) { i -= 1 }
        return insteadOf.contains { i >= $0.count && TriageText.matches(s, i - $0.count, $0) }
    }

    /// The few scalars that follow the quote closing at `close` (an index of `raw`), and those ahead
    /// of the one opening at `open`, normalised once for `after`, `before` and `QuotedControl`.
    static func following(close: String.UnicodeScalarView.Index, in raw: String) -> TriageText {
        TriageText(String(String.UnicodeScalarView(raw.unicodeScalars[close...].prefix(16))))
    }
    static func ahead(open: String.UnicodeScalarView.Index, in raw: String) -> TriageText {
        TriageText(String(String.UnicodeScalarView(raw.unicodeScalars[..<open].suffix(16))))
    }

    static let closers: Set<Unicode.Scalar> = ["」", "』", "\"", "”", "'", "’", " "]
    static let openers: Set<Unicode.Scalar> = ["「", "『", "“", "‘"]
    static let denials = TriageText.words([
        // «…じゃなくて», «…ではなく», «…ではありませんでした».
        "じゃなく", "じゃなか", "じゃあり", "ではなく", "ではなか", "ではあり",
        // «…とは出ません», «…と出ず», «…が表示されない», «…は出てこなかった».
        "とは出な", "とは出ず", "とは出ませ", "とは出てこ", "とは出てき", "とは表示されな", "とは表示されず", "とは表示されませ",
        "と出な", "と出ず", "と出ませ", "と表示されな", "と表示されず", "と表示されませ",
        "は出な", "は出ず", "は出ませ", "は出てこな", "は出てきませ", "は表示されな", "は表示されず", "は表示されませ",
        "が出な", "が出ず", "が出ませ", "が出てこな", "が出てきませ", "が表示されな", "が表示されず", "が表示されませ",
        "never show", "never appear", "never came up", "never pop", "didn't show", "did not show", "didn't appear", "did not appear",
        "doesn't show", "does not show", "doesn't appear", "does not appear", "isn't shown", "is not shown", "wasn't shown",
        "was not shown", "isn't displayed", "is not displayed", "wasn't displayed", "was not displayed",
    ])
    // (The spaces before the quote are passed over: the words end at it.)
    static let insteadOf = TriageText.words(["instead of", "rather than"])
}

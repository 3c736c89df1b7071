/// A button or a menu's option named in quotes — «「ログイン」押しても弾かれる», «「パスワード変更を
/// 始める」をクリックしたら», «「アカウントがロックされてしまった」を選んで», `clicked "Next"` — is a
/// thing the writer did, not a message the screen showed: it is not the ticket's error message
/// (which, unknown, the reply still asks for).
enum QuotedControl {
    /// Whether the quote closing at `close` (an index of `raw`) names a control: pressed,
    /// clicked, tapped or chosen right after it, or called a button.
    static func after(close: String.UnicodeScalarView.Index, in raw: String) -> Bool {
        let following = TriageText(String(String.UnicodeScalarView(raw.unicodeScalars[close...].prefix(16))))
        let s = following.scalars
        var i = 0
        while i < min(s.count, 3), DeniedMessage.closers.contains(s[i]) { i += 1 }
        return following.startsWithAny(actedOn, at: i)
    }

    /// Whether the quote opening at `open` names a control: "click", "pressed", "tap" just before it.
    static func before(open: String.UnicodeScalarView.Index, in raw: String) -> Bool {
        let ahead = TriageText(String(String.UnicodeScalarView(raw.unicodeScalars[..<open].suffix(16))))
        var end = ahead.scalars.count
        while end > 0, ahead.scalars[end - 1] == " " { end -= 1 }
        return ahead.endsWithAny(acting, at: end)
    }

    static let actedOn = TriageText.words([
        "押", "をおし", "をおす", "おして", "をクリック", "クリック", "をタップ", "タップ", "を選", "をえら", "ボタン", "のボタン",
        "button", "link", "option",
    ])
    static let acting = TriageText.words(["click", "clicked", "clicking", "press", "pressed", "pressing", "tap", "tapped", "tapping", "hit", "select",
                                          "selected", "choose", "chose"])
}

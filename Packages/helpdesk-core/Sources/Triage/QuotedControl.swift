/// A button or a menu's option named in quotes — «「ログイン」押しても弾かれる», «「パスワード変更を
/// 始める」をクリックしたら», «「アカウントがロックされてしまった」を選んで», `clicked "Next"` — is a
/// thing the writer did, not a message the screen showed: it is not the ticket's error message
/// (which, unknown, the reply still asks for).
enum QuotedControl {
    /// Whether the quote ending at `end` of `following` (`DeniedMessage.following`) names a
    /// control: pressed, clicked, tapped or chosen right after it, or called a button.
    static func after(_ end: Int, in following: TriageText) -> Bool {
        DeniedMessage.followed(by: actedOn, end, in: following)
    }

    /// Whether the quote starting at `start` of `ahead` (`DeniedMessage.ahead`) names a control:
    /// "click", "pressed", "tap" just before it.
    static func before(_ start: Int, in ahead: TriageText) -> Bool {
        var end = start
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

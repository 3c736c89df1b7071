/// The vocabulary the generated knowledge is made of: helpdesk topics, symptoms and sentence
/// parts in Japanese and English, so that text has the byte mix of the real knowledge (mostly
/// three-byte UTF-8 Japanese, some ASCII English). Most Japanese parts follow the topic's name; elsewhere `%@` stands for the topic.
enum Phrases {
    /// Something a user has trouble with: Japanese, English, and an id-friendly slug.
    struct Topic {
        var ja: String
        var en: String
        var slug: String
    }

    /// A Japanese phrase and its English counterpart.
    struct Pair {
        var ja: String
        var en: String
        var slug: String = ""

        func ja(topic: Topic) -> String { ja.replacingOccurrences(of: "%@", with: topic.ja) }
        func en(topic: Topic) -> String { en.replacingOccurrences(of: "%@", with: topic.en) }
    }

    static let topics: [Topic] = [
        .init(ja: "OMUID", en: "OMUID", slug: "omuid"),
        .init(ja: "パスワード", en: "password", slug: "password"),
        .init(ja: "仮パスワード", en: "temporary password", slug: "temporary_password"),
        .init(ja: "2要素認証", en: "two-factor authentication", slug: "two_factor"),
        .init(ja: "確認コード", en: "confirmation code", slug: "confirmation_code"),
        .init(ja: "セットアップキー", en: "setup key", slug: "setup_key"),
        .init(ja: "Google Authenticator", en: "Google Authenticator", slug: "authenticator"),
        .init(ja: "OMUポータル", en: "OMU portal", slug: "portal"),
        .init(ja: "学籍番号確認システム", en: "student number system", slug: "student_number"),
        .init(ja: "パスワード再発行用メールアドレス", en: "password-recovery address", slug: "recovery_address"),
        .init(ja: "OMUNET-1X", en: "OMUNET-1X", slug: "omunet"),
        .init(ja: "学内Wi-Fi", en: "campus Wi-Fi", slug: "wifi"),
        .init(ja: "大学のメール", en: "university mail", slug: "mail"),
        .init(ja: "Microsoft 365", en: "Microsoft 365", slug: "m365"),
        .init(ja: "Teams", en: "Teams", slug: "teams"),
        .init(ja: "Moodle", en: "Moodle", slug: "moodle"),
        .init(ja: "VPN", en: "VPN", slug: "vpn"),
        .init(ja: "利用者管理システム", en: "user management system", slug: "user_admin"),
        .init(ja: "QRコード", en: "QR code", slug: "qr_code"),
        .init(ja: "ブラウザ", en: "browser", slug: "browser"),
        .init(ja: "スマートフォン", en: "smartphone", slug: "smartphone"),
        .init(ja: "利用開始手続き", en: "activation procedure", slug: "activation"),
        .init(ja: "ワンタイムパスワード", en: "one-time password", slug: "otp"),
        .init(ja: "学内プリンタ", en: "campus printer", slug: "printer"),
        .init(ja: "図書館システム", en: "library system", slug: "library"),
        .init(ja: "履修登録システム", en: "course registration system", slug: "registration"),
    ]

    /// What goes wrong: a Japanese predicate after the topic, an English title.
    static let symptoms: [Pair] = [
        .init(ja: "でログインできない", en: "Cannot sign in with the %@", slug: "cannot-sign-in"),
        .init(ja: "が表示されない", en: "The %@ does not appear", slug: "not-shown"),
        .init(ja: "を忘れた", en: "Forgot the %@", slug: "forgotten"),
        .init(ja: "が正しくないと表示される", en: "The %@ is reported as wrong", slug: "reported-wrong"),
        .init(ja: "の設定が終わらない", en: "The %@ setup does not finish", slug: "setup-unfinished"),
        .init(ja: "の変更が反映されない", en: "A change of the %@ does not take effect", slug: "change-pending"),
        .init(ja: "に接続できない", en: "Cannot connect to the %@", slug: "cannot-connect"),
        .init(ja: "の画面が真っ白になる", en: "The %@ screen stays blank", slug: "blank-screen"),
        .init(ja: "でエラーが表示される", en: "The %@ shows an error", slug: "error-shown"),
        .init(ja: "のメールが届かない", en: "The %@ mail does not arrive", slug: "mail-missing"),
        .init(ja: "がロックされた", en: "The %@ is locked", slug: "locked"),
    ]

    /// Yes/no questions about a topic: the generated bool facts are topic × condition.
    static let conditions: [Pair] = [
        .init(ja: "を使って手続きしましたか?", en: "Did you use the %@ for the procedure?", slug: "used"),
        .init(ja: "の画面にエラーメッセージが表示されていますか?", en: "Does the %@ screen show an error message?", slug: "error_shown"),
        .init(ja: "を最近変更しましたか?", en: "Did you change the %@ recently?", slug: "changed_recently"),
        .init(ja: "を別の端末でも試しましたか?", en: "Did you try the %@ on another device?", slug: "tried_other_device"),
        .init(ja: "に関する案内メールを受け取りましたか?", en: "Did you receive the mail about the %@?", slug: "mail_received"),
        .init(ja: "を学内ネットワークから利用していますか?", en: "Are you using the %@ from the campus network?", slug: "on_campus"),
    ]

    /// Multiple-choice questions: a question and its possible answers (ids are the slugs).
    struct Choice {
        var question: Pair
        var values: [Pair]
    }

    static let choices: [Choice] = [
        .init(question: .init(ja: "をどの端末で使っていますか?", en: "On which device do you use the %@?", slug: "device"), values: [
            .init(ja: "Windowsパソコン", en: "Windows PC", slug: "windows"),
            .init(ja: "Mac", en: "Mac", slug: "macos"),
            .init(ja: "iPhone・iPad", en: "iPhone or iPad", slug: "ios"),
            .init(ja: "Androidスマートフォン", en: "Android phone", slug: "android"),
            .init(ja: "Chromebook", en: "Chromebook", slug: "chromebook"),
        ]),
        .init(question: .init(ja: "をどのブラウザで開いていますか?", en: "In which browser do you open the %@?", slug: "browser"), values: [
            .init(ja: "Google Chrome", en: "Google Chrome", slug: "chrome"),
            .init(ja: "Microsoft Edge", en: "Microsoft Edge", slug: "edge"),
            .init(ja: "Safari", en: "Safari", slug: "safari"),
            .init(ja: "Firefox", en: "Firefox", slug: "firefox"),
            .init(ja: "その他", en: "Other", slug: "other"),
        ]),
        .init(question: .init(ja: "でどの画面が表示されていますか?", en: "Which screen of the %@ do you see?", slug: "screen"), values: [
            .init(ja: "ログイン画面", en: "Sign-in screen", slug: "login"),
            .init(ja: "パスワード変更画面", en: "Password change screen", slug: "password_change"),
            .init(ja: "2要素認証設定画面", en: "Two-factor setup screen", slug: "two_factor"),
            .init(ja: "エラー画面", en: "An error screen", slug: "error"),
        ]),
        .init(question: .init(ja: "の問題はいつから起きていますか?", en: "Since when has the %@ problem happened?", slug: "since"), values: [
            .init(ja: "今日から", en: "Since today", slug: "today"),
            .init(ja: "今週から", en: "Since this week", slug: "this_week"),
            .init(ja: "それより前から", en: "For longer", slug: "earlier"),
        ]),
        .init(question: .init(ja: "について、あなたの身分を選んでください。", en: "For the %@, which of these are you?", slug: "affiliation"), values: [
            .init(ja: "学生", en: "Student", slug: "student"),
            .init(ja: "教員", en: "Faculty", slug: "faculty"),
            .init(ja: "職員", en: "Staff", slug: "staff"),
            .init(ja: "個別発行IDを発行された方", en: "Holder of an individually issued ID", slug: "individual_id"),
            .init(ja: "委託業者など学外の方", en: "Someone from an outside organisation", slug: "contractor"),
            .init(ja: "教員・職員の両方の雇用がある", en: "Employed both as faculty and as staff", slug: "faculty_and_staff"),
        ]),
    ]

    /// Sentence openers, then what to do with the topic, then how to go on.
    static let openers: [Pair] = [
        .init(ja: "", en: ""),
        .init(ja: "まず、", en: "First, "),
        .init(ja: "次に、", en: "Next, "),
        .init(ja: "念のため、", en: "To be sure, "),
        .init(ja: "それでも解決しない場合は、", en: "If that does not help, "),
        .init(ja: "スマートフォンをお使いの場合は、", en: "On a smartphone, "),
        .init(ja: "パソコンをお使いの場合は、", en: "On a PC, "),
        .init(ja: "手続きを中断した場合は、", en: "If you interrupted the procedure, "),
    ]
    static let middles: [Pair] = [
        .init(ja: "の入力内容を確認してから", en: "check what you entered for the %@, then"),
        .init(ja: "の画面を一度閉じて", en: "close the %@ screen, then"),
        .init(ja: "の設定を見直してから", en: "review the %@ settings, then"),
        .init(ja: "について表示された案内をよく読み", en: "read the guidance shown for the %@, then"),
        .init(ja: "の利用案内ページを開いて", en: "open the %@ guide page, then"),
    ]
    static let actions: [Pair] = [
        .init(ja: "、もう一度ログインしてください。", en: " sign in again."),
        .init(ja: "、ブラウザのキャッシュとCookieを削除してください。", en: " clear the browser's cache and cookies."),
        .init(ja: "、別のブラウザ(Chrome、Edge、Safari)で試してください。", en: " try another browser (Chrome, Edge, Safari)."),
        .init(ja: "、5分ほど待ってから再度お試しください。", en: " wait about five minutes and try again."),
        .init(ja: "、画面の指示に従って操作してください。", en: " follow the instructions on the screen."),
        .init(ja: "、端末の日付と時刻が正しいか確認してください。", en: " make sure the device's date and time are right."),
        .init(ja: "、全角文字や前後の空白が含まれていないか確認してください。", en: " make sure it has no full-width characters and no spaces around it."),
        .init(ja: "、シークレットウィンドウで開き直してください。", en: " reopen it in a private window."),
    ]

    /// Sentences that show a text fact: `{}` is replaced by the fact's `{id}` placeholder.
    static let placeholderSentences: [Pair] = [
        .init(ja: "入力された値「{}」に誤りがないか確認してください。", en: "Check that the value you entered, {}, is right."),
        .init(ja: "表示された内容({})をメモしておいてください。", en: "Write down what was shown ({})."),
        .init(ja: "お問い合わせの際は「{}」をお知らせください。", en: "When you contact us, tell us {}."),
    ]

    /// Why a check matters, for `why:` of decide nodes.
    static let reasons: [Pair] = [
        .init(ja: "この確認で、原因が%@の設定か入力かを切り分けます。", en: "This tells whether the cause is the %@ settings or what was entered."),
        .init(ja: "%@の状態によって、必要な手順が異なります。", en: "The steps differ with the state of the %@."),
        .init(ja: "%@の問題は、端末によって対処方法が違います。", en: "How to fix a problem with the %@ depends on the device."),
    ]

    /// Messages as the screens show them, for `messages:`.
    static let messages = [
        "ユーザー名またはパスワードが正しくありません。",
        "確認コードの有効期限が切れています。",
        "このアカウントはロックされています。しばらくしてから再度お試しください。",
        "入力されたOMUIDは存在しません。",
        "セッションの有効期限が切れました。もう一度やり直してください。",
        "Sorry, but we're having trouble signing you in.",
        "The code you entered is incorrect. Please try again.",
        "AADSTS50126: Error validating credentials due to invalid username or password.",
        "エラーが発生しました: 不正なリクエストです。",
    ]

    /// Words users write in tickets, beside the topics' names, for `keywords:`.
    static let keywords = [
        "ログイン", "login", "エラー", "error", "サインイン", "sign in", "ロック", "locked", "期限切れ", "expired",
        "再設定", "reset", "届かない", "not received", "真っ白", "blank", "接続", "connect", "設定", "setup",
    ]
}

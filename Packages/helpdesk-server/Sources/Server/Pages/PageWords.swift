import KnowledgeBase

/// The pages' own words, in both languages.
enum PageWords {
    static let title = LocalizedText(ja: "OMUアカウントのトラブル診断", en: "OMU account troubleshooting")
    static let intro = LocalizedText(
        ja: "OMUID・パスワード・2要素認証・利用開始手続きのトラブルを、質問に答えながら解決します。パスワードやワンタイムパスワードは入力しないでください。",
        en: "Answer a few questions to solve trouble with your OMUID, password, two-factor authentication or account activation. Never type a password or a one-time code here.")
    static let describe = LocalizedText(ja: "困っていることを書いてください", en: "Describe your trouble")
    static let describeButton = LocalizedText(ja: "この内容で診断する", en: "Diagnose this")
    static let navigator = LocalizedText(ja: "質問に答えて探す", en: "Find it by answering questions")
    static let navigatorButton = LocalizedText(ja: "診断を始める", en: "Start")
    static let entries = LocalizedText(ja: "よくある質問から選ぶ", en: "Or pick a question")
    static let otherLanguage = LocalizedText(ja: "English", en: "日本語")
    static let answer = LocalizedText(ja: "回答する", en: "Answer")
    static let back = LocalizedText(ja: "ひとつ前に戻る", en: "Back")
    static let why = LocalizedText(ja: "なぜこれを聞くのですか?", en: "Why do we ask?")
    static let helped = LocalizedText(ja: "この手順で解決しましたか?", en: "Did this solve it?")
    static let startOver = LocalizedText(ja: "最初からやり直す", en: "Start over")
    static let resume = LocalizedText(
        ja: "このページのアドレスを保存すると、あとで続きから再開できます。", en: "Bookmark this page's address to come back to it later.")
    static let form = LocalizedText(ja: "お問い合わせフォームで選ぶ項目", en: "What to choose in the inquiry form")
    static let category = LocalizedText(ja: "7.お問い合わせの種類", en: "7. Category")
    static let question = LocalizedText(ja: "8.質問内容", en: "8. Question")
    static let error = LocalizedText(ja: "エラー", en: "Error")
    static let noMatch = LocalizedText(
        ja: "内容から該当する質問を見つけられませんでした。質問に答えて探してください。", en: "We could not tell the topic from that text; please find it by answering questions.")
    static let notFound = LocalizedText(
        ja: "この診断は見つかりませんでした。アドレスを確かめるか、最初からやり直してください。", en: "This diagnosis was not found. Check the address, or start over.")
    static let outdated = LocalizedText(
        ja: "よくある質問の内容が更新されたため、この診断は続けられません。お手数ですが最初からやり直してください。",
        en: "The FAQ has been updated since this diagnosis began, so it cannot go on. Please start over.")
    static let crossSite = LocalizedText(
        ja: "このフォームは受け付けられませんでした。このサイトのページから送ってください。", en: "This form was not accepted: please send it from this site's own pages.")
    static let tooLarge = LocalizedText(ja: "送られた内容が長すぎます。", en: "What was sent is too long.")
    static let tooMany = LocalizedText(ja: "短い時間に操作が集中しました。少し待ってからお試しください。", en: "Too many requests in a short time. Please wait a moment and try again.")
    static let badAnswer = LocalizedText(ja: "その回答は読み取れませんでした。もう一度入力してください。", en: "That answer could not be read. Please try again.")
    static let emptyAnswer = LocalizedText(ja: "回答を入力するか、「わからない」を選んでください。", en: "Type an answer, or choose “I don't know”.")

    static func stage(_ stage: Stage) -> LocalizedText {
        switch stage {
        case .general: return LocalizedText(ja: "全般", en: "General")
        case .resume: return LocalizedText(ja: "利用開始手続きの再開", en: "Resuming the activation")
        case .start: return LocalizedText(ja: "利用開始手続き: スタート", en: "Activation: start")
        case .omuid_check: return LocalizedText(ja: "利用開始手続き: OMUID・仮パスワード確認", en: "Activation: OMUID and temporary password")
        case .password_change: return LocalizedText(ja: "利用開始手続き: パスワード変更", en: "Activation: password change")
        case .two_factor_setup: return LocalizedText(ja: "利用開始手続き: 2要素認証設定", en: "Activation: two-factor setup")
        case .after_activation: return LocalizedText(ja: "利用開始手続きの後", en: "After activation")
        }
    }
}

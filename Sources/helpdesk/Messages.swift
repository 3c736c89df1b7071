import KnowledgeBase

/// The tool's own words for people, in both languages. The knowledge's words live in YAML.
enum Messages {
    /// A fact's value for people: a choice's label, yes or no, else the value as it is.
    static func label(_ value: String, of fact: Fact?, in language: Language) -> String {
        if let choice = fact?.values.first(where: { $0.id == value }) { return choice.label.text(language) }
        if fact == nil || fact?.type == .bool {
            if value == "true" { return yes.text(language) }
            if value == "false" { return no.text(language) }
        }
        return value
    }

    static let yes = LocalizedText(ja: "はい", en: "Yes")
    static let no = LocalizedText(ja: "いいえ", en: "No")
    static let didItHelp = LocalizedText(ja: "この手順で解決しましたか?", en: "Did this solve the problem?")
    static let resolved = LocalizedText(ja: "解決しました。", en: "Solved.")
    static let resume = LocalizedText(
        ja: "以前に中断した診断から再開しますか?", en: "Resume the diagnosis you interrupted earlier?")
    static let answerHint = LocalizedText(
        ja: "番号か答えを入力してください(? 理由 / back 戻る / help ヘルプ / quit 中断)",
        en: "Type a number or an answer (? why / back / help / quit)")
    static let help = LocalizedText(
        ja: """
            使えるコマンド:
              ? または why   この質問をする理由と、答えごとの行き先
              back           一つ前の質問に戻る
              back N         N番目の質問に戻る(history で番号を確認)
              history        これまでの質問と答え
              help           このヘルプ
              quit           中断する(次回 helpdesk で再開できます)
            """,
        en: """
            Commands:
              ? or why       why this is asked, and where each answer leads
              back           go back one question
              back N         go back to question N (see history)
              history        the questions and answers so far
              help           this help
              quit           stop for now (the next helpdesk offers to resume)
            """)
    static let quitSaved = LocalizedText(
        ja: "中断しました。次に helpdesk を起動すると、続きから再開できます。",
        en: "Stopped. The next time you run helpdesk you can resume where you left off.")
    static let endOfInput = LocalizedText(
        ja: "入力が終わりました。診断は保存されています。", en: "End of input. The diagnosis is saved.")
    static let nothingToUndo = LocalizedText(ja: "戻る質問はありません。", en: "There is no earlier question.")
    static let secretNote = LocalizedText(
        ja: "(入力は表示されず、どこにも保存されません)", en: "(not shown, and never saved)")
    static let afterConclusion = LocalizedText(
        ja: "how: 結論に至った経緯 / save: 問い合わせ用の記録(Markdown)を保存 / Enter: 終了",
        en: "how: how this was reached / save: save a Markdown transcript for a ticket / Enter: finish")
    static let savePath = LocalizedText(ja: "保存先のファイル名", en: "File to save to")
    static let contactForm = LocalizedText(ja: "お問い合わせフォーム", en: "Inquiry form")
    static let category = LocalizedText(ja: "「7.お問い合わせの種類」", en: "Question 7 (category)")
    static let question8 = LocalizedText(ja: "「8.質問内容」", en: "Question 8")
}

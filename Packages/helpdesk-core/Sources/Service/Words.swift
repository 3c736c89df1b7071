import Inference
import KnowledgeBase

/// The tool's own words for people, in both languages, in one place. The knowledge's words live
/// in YAML; these are the surfaces' prompts, labels and messages.
public enum Words {
    // MARK: Values

    /// A fact's value for people: a choice's label, yes or no, else the value as it is.
    public static func label(_ value: String, of fact: Fact?, in language: Language) -> String {
        if let choice = fact?.values.first(where: { $0.id == value }) { return choice.label.text(language) }
        if fact == nil || fact?.type == .bool {
            if value == "true" { return yes.text(language) }
            if value == "false" { return no.text(language) }
        }
        return value
    }

    public static let yes = LocalizedText(ja: "はい", en: "Yes")
    public static let no = LocalizedText(ja: "いいえ", en: "No")
    public static let otherwise = LocalizedText(ja: "その他", en: "otherwise")
    public static let solved = LocalizedText(ja: "解決", en: "solved")
    public static let notSolved = LocalizedText(ja: "未解決", en: "not solved")
    public static let then = LocalizedText(ja: "戻った後", en: "then")
    public static let stepSolved = LocalizedText(ja: "解決した", en: "solved")
    public static let stepNotSolved = LocalizedText(ja: "解決しなかった", en: "not solved")

    /// What a kind of ending is called.
    public static func kind(_ kind: Ending.Kind) -> LocalizedText {
        switch kind {
        case .remedy: return LocalizedText(ja: "対処方法", en: "remedy")
        case .answer: return LocalizedText(ja: "回答", en: "answer")
        case .escalation: return LocalizedText(ja: "問い合わせ", en: "contact the helpdesk")
        case .resolved: return LocalizedText(ja: "解決", en: "solved")
        }
    }

    /// Where a fact came from, for people.
    public static func source(_ source: Provenance) -> LocalizedText {
        switch source {
        case .given: return LocalizedText(ja: "指定", en: "given")
        case .asked: return LocalizedText(ja: "回答", en: "your answer")
        case .derived: return LocalizedText(ja: "判定", en: "worked out")
        case .probed: return LocalizedText(ja: "自動確認", en: "checked on this computer")
        case .extracted: return LocalizedText(ja: "チケットから", en: "from the ticket")
        case .implied: return LocalizedText(ja: "この項目から", en: "follows from the entry")
        }
    }

    /// The "I don't know" answer, offered at every fact question.
    public static let unknown = Explanation.unknownLabel
    public static let unknownWords: Set<String> = [
        "わからない", "分からない", "判らない", "解らない", "わかりません", "分かりません", "不明", "しらない", "知らない",
        "don't know", "dont know", "i don't know", "i dont know", "not sure", "unknown", "??", "?？", "idk",
    ]
    public static let unknownNote = LocalizedText(
        ja: "(わからない場合は「わからない」と入力してください)", en: "(if you do not know, type \"don't know\")")
    public static let secretUnknownNote = LocalizedText(
        ja: "(入力したくない場合やわからない場合は「わからない」と入力してください)",
        en: "(if you would rather not say, or do not know, type \"don't know\")")
    public static let takenAsUnknown = LocalizedText(ja: "「わからない」として進めます。", en: "Going on without it.")
    public static let hint = LocalizedText(ja: "確認方法: ", en: "How to find out: ")

    // MARK: The diagnosis

    public static let didItHelp = LocalizedText(ja: "この手順で解決しましたか?", en: "Did this solve the problem?")
    public static let resolved = LocalizedText(ja: "解決しました。", en: "Solved.")
    public static let pleaseTry = LocalizedText(ja: "次の手順を試してください:", en: "Please try this:")
    public static let resume = LocalizedText(
        ja: "以前に中断した診断から再開しますか?", en: "Resume the diagnosis you interrupted earlier?")
    public static func resumeDetail(title: String, answers: Int) -> LocalizedText {
        LocalizedText(ja: "  (\(title)、回答 \(answers) 件)", en: "  (\(title), \(answers) answers)")
    }
    public static let answerHint = LocalizedText(
        ja: "番号か答えを入力してください(? 理由 / back 戻る / help ヘルプ / quit 中断)",
        en: "Type a number or an answer (? why / back / help / quit)")
    public static let help = LocalizedText(
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
    public static let quitSaved = LocalizedText(
        ja: "中断しました。次に helpdesk を起動すると、続きから再開できます。",
        en: "Stopped. The next time you run helpdesk you can resume where you left off.")
    public static let quitNotSaved = LocalizedText(
        ja: "中断しました。診断を保存できなかったため、次回は最初からになります。",
        en: "Stopped. The diagnosis could not be saved, so the next run starts afresh.")
    public static let endOfInput = LocalizedText(
        ja: "入力が終わりました。診断は保存されています。", en: "End of input. The diagnosis is saved.")
    public static let endOfInputNotSaved = LocalizedText(
        ja: "入力が終わりました。診断は保存できませんでした。", en: "End of input. The diagnosis could not be saved.")
    public static func saveFailed(_ reason: String) -> LocalizedText {
        LocalizedText(ja: "診断を保存できませんでした(\(reason))。", en: "Could not save the diagnosis (\(reason)).")
    }
    public static func setAside(_ reason: String, _ path: String) -> LocalizedText {
        LocalizedText(
            ja: "保存されていた診断は使えないため、別の場所に移しました(\(reason)): \(path)",
            en: "A saved diagnosis could not be used (\(reason)); it was moved to \(path)")
    }
    public static let nothingToUndo = LocalizedText(ja: "戻る質問はありません。", en: "There is no earlier question.")
    public static func backRange(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "1から\(count)の番号を指定してください。", en: "Give a number from 1 to \(count).")
    }
    public static let secretNote = LocalizedText(
        ja: "(入力は表示されず、どこにも保存されません)", en: "(not shown, and never saved)")
    public static let afterConclusion = LocalizedText(
        ja: "how: 結論に至った経緯 / save: 問い合わせ用の記録(Markdown)を保存 / back: 前の質問に戻る / Enter: 終了",
        en: "how: how this was reached / save: save a Markdown transcript for a ticket / back: go back a question / Enter: finish")
    public static let savePath = LocalizedText(ja: "保存先のファイル名", en: "File to save to")
    public static func saved(_ path: String) -> LocalizedText { LocalizedText(ja: "保存しました: \(path)", en: "Saved: \(path)") }
    public static func notSaved(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(ja: "保存できませんでした: \(path)(\(reason))", en: "Could not save to \(path) (\(reason))")
    }
    public static func checked(_ how: String) -> LocalizedText { LocalizedText(ja: "確認しました: \(how)", en: "Checked: \(how)") }
    public static let howReached = LocalizedText(ja: "結論に至った経緯:", en: "How this was reached:")
    public static func usedFor(_ fact: String) -> LocalizedText {
        LocalizedText(ja: "この答えは「\(fact)」の判定に使います。", en: "Your answer is used to work out '\(fact)'.")
    }
    public static func checkedAt(_ place: String) -> LocalizedText {
        LocalizedText(ja: "  確認している項目: \(place)", en: "  Part of: \(place)")
    }
    public static func stepNamed(_ text: String) -> LocalizedText { LocalizedText(ja: "手順「\(text)」", en: "Step \"\(text)\"") }

    // MARK: Reading answers

    public static let emptyAnswer = LocalizedText(ja: "入力が空です。", en: "The answer is empty.")
    public static func readAsHalfWidth(_ text: String) -> LocalizedText {
        LocalizedText(ja: "(全角文字を半角にして「\(text)」と読みました)", en: "(read full-width characters as \"\(text)\")")
    }
    public static func numberRange(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "1から\(count)の番号で答えてください。", en: "Answer with a number from 1 to \(count).")
    }
    public static let answerNumber = LocalizedText(
        ja: "0以上の数字で答えてください(例: 10)。", en: "Answer with a number, 0 or more (for example 10).")
    public static let answerYesNo = LocalizedText(ja: "1(はい)か2(いいえ)で答えてください。", en: "Answer 1 (yes) or 2 (no).")
    public static let answerChoice = LocalizedText(ja: "番号で答えてください。", en: "Answer with one of the numbers.")

    // MARK: Describing where answers lead

    public static let returnsToHelpdesk = LocalizedText(
        ja: "ITヘルプデスクへの問い合わせ(または前の診断に戻る)",
        en: "contacting the IT helpdesk (or back to the previous diagnosis)")
    public static let check = LocalizedText(ja: "確認: ", en: "check: ")
    public static let furtherCheck = LocalizedText(ja: "さらに確認します", en: "a further check")
    public static let tryStep = LocalizedText(ja: "手順: ", en: "try: ")
    public static let goTo = LocalizedText(ja: "次へ: ", en: "go to: ")

    // MARK: Conclusions and the inquiry form

    public static let contactForm = LocalizedText(ja: "お問い合わせフォーム", en: "Inquiry form")
    public static let category = LocalizedText(ja: "「7.お問い合わせの種類」", en: "Question 7 (category)")
    public static let question8 = LocalizedText(ja: "「8.質問内容」", en: "Question 8")

    // MARK: Checks

    public static let noProblems = LocalizedText(ja: "問題は見つかりませんでした。", en: "No problems found.")
    public static func problems(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件の問題が見つかりました。", en: "Found \(count) problem\(count == 1 ? "" : "s").")
    }
    public static let onCampus = LocalizedText(ja: "学内ネットワークに接続しています。", en: "On the campus network.")
    public static let offCampus = LocalizedText(ja: "学内ネットワークには接続していません。", en: "Not on the campus network.")
    public static let campusUnknown = LocalizedText(
        ja: "学内ネットワークかどうか判断できません。", en: "Cannot tell whether this is the campus network.")

    // MARK: Triage

    public static let ticket = LocalizedText(ja: "チケット", en: "Ticket")
    public static func redacted(_ count: Int) -> LocalizedText {
        LocalizedText(
            ja: "  (秘密情報らしきもの \(count) 件を [REDACTED] に置き換えました)",
            en: "  (\(count) secret-looking value(s) replaced by [REDACTED])")
    }
    public static let readAs = LocalizedText(ja: "綴りの読み替え: ", en: "Read as: ")
    public static let matchingEntries = LocalizedText(ja: "該当しそうなよくある質問", en: "Matching FAQ entries")
    public static let noneFound = LocalizedText(ja: "  見つかりませんでした。", en: "  None found.")
    public static let matched = LocalizedText(ja: "一致: ", en: "matched: ")
    public static let close = LocalizedText(ja: "上位2件が拮抗しています。分ける質問: ", en: "The top two are close. The question that tells them apart: ")
    public static let ticketTells = LocalizedText(ja: "チケットから分かること", en: "What the ticket tells")
    public static let nothing = LocalizedText(ja: "  (なし)", en: "  (nothing)")
    public static let stillToAsk = LocalizedText(ja: "次に確認すること", en: "Still to ask")
    public static let whetherStepHelped = LocalizedText(ja: "手順を試したか: ", en: "whether this step helped: ")
    public static let conclusion = LocalizedText(ja: "結論", en: "Conclusion")
    public static let replyDraft = LocalizedText(ja: "返信案", en: "Reply draft")

    // MARK: Transcripts

    public static let transcriptTitle = LocalizedText(ja: "# helpdesk 診断記録", en: "# helpdesk diagnosis")
    public static let date = LocalizedText(ja: "日時", en: "Date")
    public static let startedAt = LocalizedText(ja: "開始", en: "Started at")
    public static let whatWasChecked = LocalizedText(ja: "## 確認した内容", en: "## What was checked")
    public static let item = LocalizedText(ja: "項目", en: "Item")
    public static let answer = LocalizedText(ja: "答え", en: "Answer")
    public static let origin = LocalizedText(ja: "出どころ", en: "Source")
    public static let conclusionHeading = LocalizedText(ja: "## 結論", en: "## Conclusion")
    public static let stepPrefix = LocalizedText(ja: "手順: ", en: "Step: ")

    // MARK: Outlines

    public static let derivedFrom = LocalizedText(ja: "判定: ", en: "derived from ")
}

import Foundation
import Testing

/// `helpdesk diagnose` driven as a script drives it: answers one per line on standard input.
@Suite struct DiagnoseTerminalTests {
    static func run(_ arguments: [String], _ lines: [String], state: URL) throws -> CLI.Result {
        try CLI.run(arguments, input: lines.map { $0 + "\n" }.joined(), environment: ["XDG_STATE_HOME": state.path])
    }

    @Test func aWholeSessionInEnglish() throws {
        let state = try CLI.temporaryDirectory()
        let r = try Self.run(["--tree", "password-change-pending", "--lang", "en"], ["8", "1", ""], state: state)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("How many minutes have you waited"))
        #expect(r.stdout.contains("click the refresh button"))
        #expect(r.stdout.contains("Solved."))
        #expect(CLI.savedSessions(state).isEmpty)
    }

    @Test func badAnswersAreAskedAgainWithAReason() throws {
        let state = try CLI.temporaryDirectory()
        let r = try Self.run(["--tree", "password-change-pending"], ["ten", "-", "8"], state: state)
        #expect(r.stdout.contains("数字で答えてください"))
        #expect(r.stdout.contains("更新ボタンをクリック"))
        let choice = try Self.run(["--tree", "contact-helpdesk"], ["7", "1"], state: state)
        #expect(choice.stdout.contains("  3)  わからない"))
        #expect(choice.stdout.contains("1から3の番号で答えてください"))
        #expect(choice.stdout.contains("利用者ID(OMUID)・パスワードについて"))
    }

    @Test func fullWidthAnswersAreNormalisedAndSaid() throws {
        let state = try CLI.temporaryDirectory()
        let r = try Self.run(["--tree", "password-change-pending"], ["１０"], state: state)
        #expect(r.stdout.contains("「10」と読みました"))
        #expect(r.stdout.contains("更新ボタンをクリック"))
    }

    @Test func whyHelpBackAndHistory() throws {
        let state = try CLI.temporaryDirectory()
        let r = try Self.run([], ["?", "help", "2", "history", "back", "1", "quit"], state: state)
        #expect(r.status == 0)
        // People see the entry's title, never its internal ids.
        #expect(r.stdout.contains("確認している項目: 困っている内容から診断を始める"))
        #expect(!r.stdout.contains("start/activation-done"))
        #expect(r.stdout.contains("back N"))
        #expect(r.stdout.contains("1. 利用開始手続きは完了していますか? → いいえ"))
        // After going back and answering yes, the after-activation symptoms are offered.
        #expect(r.stdout.contains("OMU認証システムへのログイン"))
        #expect(r.stdout.contains("中断しました"))
    }

    @Test func quitThenResume() throws {
        let state = try CLI.temporaryDirectory()
        let first = try Self.run([], ["2", "quit"], state: state)
        #expect(first.status == 0)
        #expect(CLI.savedSessions(state).count == 1)
        let second = try Self.run([], ["1", "4", "4"], state: state)
        #expect(second.stdout.contains("以前に中断した診断から再開しますか?"))
        // Resumed at the step question, not at the first one.
        #expect(second.stdout.contains("[2] 利用開始手続きのどの手順"))
        #expect(second.stdout.contains("2要素認証セットアップキー登録時"))
        let fresh = try Self.run(["--new"], ["quit"], state: state)
        #expect(!fresh.stdout.contains("再開しますか"))
    }

    @Test func endOfInputKeepsTheSession() throws {
        let state = try CLI.temporaryDirectory()
        let r = try Self.run([], ["2"], state: state)
        #expect(r.status == 0)
        #expect(r.stdout.contains("入力が終わりました"))
        #expect(CLI.savedSessions(state).count == 1)
    }

    @Test func corruptSessionIsSetAside() throws {
        let state = try CLI.temporaryDirectory()
        let dir = state.appendingPathComponent("helpdesk")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "{\"version\": 1, \"tree\": \"no-such-tree\"}".write(to: dir.appendingPathComponent("session.json"), atomically: true, encoding: .utf8)
        let r = try Self.run([], ["quit"], state: state)
        #expect(r.status == 0)
        #expect(r.stderr.contains("保存されていた診断は使えない"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.contains { $0.hasPrefix("session.unusable-") })
        try "garbage".write(to: dir.appendingPathComponent("session.json"), atomically: true, encoding: .utf8)
        let again = try Self.run(["--lang", "en"], ["quit"], state: state)
        #expect(again.stderr.contains("could not be used (it is not a saved session)"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("session.unusable-") }
        #expect(kept.count == 2, "both unusable files are kept: \(kept)")
    }

    @Test func howAndTranscript() throws {
        let state = try CLI.temporaryDirectory()
        let transcript = state.appendingPathComponent("ticket.md")
        let r = try Self.run(["--tree", "password-change-pending", "--lang", "en"], ["8", "1", "how", "save", transcript.path, ""], state: state)
        #expect(r.stdout.contains("How this was reached:"))
        #expect(r.stdout.contains("→ 8 [your answer]"))
        #expect(!r.stdout.contains("omu."))
        let md = try String(contentsOf: transcript, encoding: .utf8)
        #expect(md.hasPrefix("# helpdesk diagnosis"))
        #expect(md.contains("| How many minutes have you waited"))
        #expect(md.contains("## Conclusion"))
    }
}

/// The dialogue's judgment: "I don't know", commands at a secret prompt, back at the end, and resuming.
@Suite struct DiagnoseDialogueTests {
    static func run(_ arguments: [String], _ lines: [String], state: URL) throws -> CLI.Result {
        try CLI.run(arguments, input: lines.map { $0 + "\n" }.joined(), environment: ["XDG_STATE_HOME": state.path])
    }

    @Test func iDontKnowIsANumberedChoiceAndAWord() throws {
        let state = try CLI.temporaryDirectory()
        let numbered = try Self.run(["--tree", "contact-helpdesk"], ["3"], state: state)
        #expect(numbered.stdout.contains("  3)  わからない"))
        #expect(numbered.stdout.contains("完了された方は"))
        let typed = try Self.run(["--tree", "password-change-pending", "--new"], ["分からない", "1"], state: state)
        #expect(typed.stdout.contains("「わからない」として進めます"))
        #expect(typed.stdout.contains("更新ボタン"))
    }

    @Test func commandsWorkAtASecretPrompt() throws {
        let state = try CLI.temporaryDirectory()
        // At the new password (a secret prompt): "?" explains instead of being taken as the password.
        let r = try Self.run(["--tree", "password-change-error", "--lang", "en"], ["don't know", "2", "?", "quit"], state: state)
        #expect(r.stdout.contains("Checking the new password you typed tells which error it is"))
        #expect(r.stdout.contains("Stopped."))
        #expect(!r.stdout.contains("Going on without it.\n\n[4]"))
    }

    @Test func backAtTheEnd() throws {
        let state = try CLI.temporaryDirectory()
        let r = try Self.run(["--tree", "contact-helpdesk", "--lang", "en"], ["1", "back", "2", ""], state: state)
        // First the account category, then back, then the activation category.
        #expect(r.stdout.contains("利用者ID(OMUID)・パスワードについて"))
        #expect(r.stdout.contains("back: go back a question"))
        #expect(r.stdout.contains("「利用開始手続きについて(新入生・新規採用者向け)」 (the activation procedure"))
    }

    @Test func aSessionResumesInItsLanguageAndOneWithoutAnswersIsNotOffered() throws {
        let state = try CLI.temporaryDirectory()
        let empty = try Self.run(["--lang", "en"], ["quit"], state: state)
        #expect(empty.status == 0)
        let second = try Self.run([], ["quit"], state: state)
        #expect(!second.stdout.contains("再開しますか"), "a session with no answers is not offered")
        _ = try Self.run(["--lang", "en"], ["2", "quit"], state: state)
        let resumed = try Self.run([], ["1", "quit"], state: state)
        #expect(resumed.stdout.contains("以前に中断した診断から再開しますか?"))
        #expect(resumed.stdout.contains("At which step (screen) of the activation procedure"), "resumed in English, as it was started")
    }
}

import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Service

/// A console driven by a script of lines, as a pipe drives `helpdesk`: each answer is echoed
/// after its prompt, secrets are not, and everything said is kept as one text.
final class ScriptedConsole: DialogueConsole {
    var lines: [String]
    private(set) var output = ""
    private(set) var warnings: [String] = []
    private(set) var interruptMessage: String?

    init(_ lines: [String]) { self.lines = lines }

    func say(_ text: String) { output += text + "\n" }
    func warn(_ text: String) { warnings.append(text) }

    func ask(_ prompt: String) -> String? {
        guard !lines.isEmpty else { return nil }
        let line = lines.removeFirst()
        output += prompt + line + "\n"
        return line
    }

    func askSecret(_ prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }

    func onInterrupt(say text: String) { interruptMessage = text }
}

@Suite struct DialogueTextTests {
    static func text(_ language: Language, columns: Int = 80, colour: Bool = false) -> DialogueText {
        DialogueText(knowledge: Fixture.compiled, language: language, style: Styler(colour: colour), columns: columns)
    }

    /// The ending `tree` reaches with `answers` typed at its questions.
    static func ending(_ tree: String, _ answers: [String] = []) throws -> Ending {
        var driver = DiagnosisDriver(knowledge: Fixture.knowledge, session: Session(tree: tree), allowProbes: false)
        var answers = answers
        while true {
            switch driver.next().result.status {
            case .conclusion(let ending): return ending
            case .question(let q) where !answers.isEmpty: driver.answer(answers.removeFirst(), to: q)
            default: throw Fixture.FixtureError("\(tree) did not conclude")
            }
        }
    }

    @Test func aNumberQuestionWrapsUnderItsNumberAndShowsTheCommandsFirst() throws {
        let q = try Fixture.question("password-change-pending")
        #expect(Self.text(.en).question(q, number: 1) == """

            [1] How many minutes have you waited since 「未変更・反映待ち」 (not changed,
                pending) appeared?
                (if you do not know, type "don't know")
            Type a number or an answer (? why / back / help / quit)
            """)
        #expect(!Self.text(.en).question(q, number: 2).contains("? why"))
    }

    @Test func aChoiceQuestionNumbersItsChoicesWithIDontKnowLast() throws {
        let q = try Fixture.question("contact-helpdesk")
        #expect(Self.text(.ja).question(q, number: 2) == """

            [2] 利用開始手続きは完了していますか?
              1)  はい
              2)  いいえ
              3)  わからない
            """)
    }

    @Test func colourOnlyWhenAsked() throws {
        let q = try Fixture.question("contact-helpdesk")
        #expect(Self.text(.ja, colour: true).question(q, number: 2).contains("\u{1B}[36;1m[2]\u{1B}[0m 利用開始手続き"))
        #expect(!Self.text(.ja).question(q, number: 2).contains("\u{1B}"))
    }

    @Test func aRemedyWithNumberedStepsWrappedUnderTheirNumbers() throws {
        #expect(Self.text(.en).conclusion(try Self.ending("code-expired")) == """

            ━━ remedy ━━
            Have the password reset notice mail sent again, as follows.
              1. On the confirmation code screen, click 「キャンセル」 (Cancel).
              2. You are back on the password change (or password reset) screen. Enter each
                 field again and click 「次へ」 (Next). The password reset notice mail is
                 sent again to the recovery address you entered.
            """)
    }

    @Test func anEscalationNamesTheFormsCategory() throws {
        #expect(Self.text(.ja).conclusion(try Self.ending("contact-helpdesk", ["1"])) == """

            ━━ 問い合わせ ━━
            下記該当する方のお問い合わせフォームより問い合わせてください。フォームの「7.お問
            い合わせの種類」では「利用者ID(OMUID)・パスワードについて」をご選択ください。
                → ITヘルプデスク お問い合わせフォーム
            「7.お問い合わせの種類」: 利用者ID(OMUID)・パスワードについて
            """)
    }

    @Test func wrappingHangsUnderTheLeadAndDropsControlCharacters() {
        let text = Self.text(.en, columns: 30)
        #expect(text.wrapped("one two three four five six seven", first: "  1. ") == "  1. one two three four five\n     six seven")
        #expect(text.wrapped("one two three four five six seven eight", indent: "    ") == "    one two three four five\n    six seven eight")
        #expect(text.wrapped("a\u{1B}[2Jb") == "ab")
    }

    @Test func historyIsNumberedAsBackTakesIt() throws {
        #expect(Self.text(.en).history([]) == "There is no earlier question.")
        let q = try Fixture.question("contact-helpdesk")
        let entry = Session.Entry(key: q.key, value: .bool(false), source: .asked, how: nil)
        #expect(Self.text(.ja).history([entry]) == "  1. 利用開始手続きは完了していますか? → いいえ")
    }
}

@Suite struct DialogueCommandTests {
    @Test(arguments: [
        ("?", DialogueCommand.why), ("why", .why), ("なぜ", .why), ("? really", .why), ("help", .help), ("ヘルプ", .help),
        ("quit", .quit), ("exit", .quit), ("q", .quit), ("中断", .quit), (" QUIT ", .quit), ("history", .history), ("履歴", .history),
        ("back", .back(to: nil)), ("戻る", .back(to: nil)), ("back 2", .back(to: 2)), ("ＢＡＣＫ　２", .back(to: 2)),
        ("back two", .back(to: nil)), ("back 1 2", .back(to: nil)), ("8", .other), ("", .other), ("how", .other), ("終了", .other),
    ])
    func atAQuestion(_ line: String, _ command: DialogueCommand) {
        #expect(DialogueCommand.atQuestion(line) == command)
    }

    @Test(arguments: [
        ("", DialogueCommand.quit), ("quit", .quit), ("q", .quit), ("exit", .quit), ("終了", .quit), ("how", .how), ("経緯", .how),
        ("save", .save), ("保存", .save), ("back", .back(to: nil)), ("戻る", .back(to: nil)), ("help", .help), ("ヘルプ", .help),
        ("?", .help), ("back 2", .other), ("中断", .other), ("xyz", .other),
    ])
    func afterAConclusion(_ line: String, _ command: DialogueCommand) {
        #expect(DialogueCommand.afterConclusion(line) == command)
    }
}

@Suite struct DiagnosisDialogueTests {
    static func dialogue(_ tree: String, _ language: Language, _ console: ScriptedConsole, store: FileSessionStore) -> DiagnosisDialogue {
        DiagnosisDialogue(
            knowledge: Fixture.knowledge, language: language, store: store, session: Session(tree: tree), allowProbes: false,
            console: console)
    }

    @Test func aWholeSessionWithHowAndTheSessionRemovedAtTheEnd() throws {
        let store = FileSessionStore(directory: try Fixture.temporaryDirectory())
        let console = ScriptedConsole(["1", "1", "how", ""])
        var dialogue = Self.dialogue("password-change-pending", .en, console, store: store)
        #expect(dialogue.run() == 0)
        #expect(console.output.hasPrefix("The password check shows 「未変更・反映待ち」 (not changed, pending)\n\n[1] How many minutes"))
        #expect(console.output.contains("> 1\n\n[2] Please try this:\n"))
        #expect(console.output.contains("━━ solved ━━\nSolved.\n\nhow: how this was reached"))
        #expect(console.output.contains("How this was reached:\n  • How many minutes have you waited"))
        #expect(console.interruptMessage == Words.quitSaved.en)
        #expect(store.list().sessions.isEmpty)
    }

    @Test func whyHelpHistoryBackAndQuit() throws {
        let store = FileSessionStore(directory: try Fixture.temporaryDirectory())
        let console = ScriptedConsole(["?", "help", "2", "history", "back", "back 5", "1", "quit"])
        do {
            var dialogue = Self.dialogue("start", .ja, console, store: store)
            #expect(dialogue.run() == 0)
        }
        #expect(console.output.contains("確認している項目: 困っている内容から診断を始める"))
        #expect(console.output.contains("back N"))
        #expect(console.output.contains("  1. 利用開始手続きは完了していますか? → いいえ"))
        #expect(console.output.contains("> back 5\n1から0の番号を指定してください。"))
        #expect(console.output.hasSuffix("> quit\n中断しました。次に helpdesk を起動すると、続きから再開できます。\n"), "warnings: \(console.warnings)")
        #expect(store.list().sessions.count == 1)
    }

    @Test func aQuitSessionIsOfferedAgainAndResumesWhereItStopped() throws {
        let store = FileSessionStore(directory: try Fixture.temporaryDirectory())
        // The first run ends (as its process would), letting go of its session.
        let firstID: String
        do {
            var first = Self.dialogue("start", .ja, ScriptedConsole(["2", "quit"]), store: store)
            #expect(first.run() == 0)
            firstID = first.id
        }
        let console = ScriptedConsole(["1"])
        var second = Self.dialogue("start", .en, console, store: store)
        second.offerResume(given: [], automatically: false, startTree: "start", languageGiven: false)
        #expect(second.id == firstID)
        #expect(second.language == .ja)
        #expect(second.run() == 0)
        // Offered in this run's language; once taken, the session goes on in its own.
        #expect(console.output.hasPrefix("Resume the diagnosis you interrupted earlier?\n  (Start a diagnosis from what is wrong, 1 answers)\n  1) Yes\n  2) No\n> 1\n困っている内容から診断を始める\n"))
        #expect(console.output.contains("[2] 利用開始手続きのどの手順"))
        #expect(console.output.contains("入力が終わりました。診断は保存されています。"))
    }

    @Test func secretsAreReadWithoutEchoAndNeverKept() throws {
        let directory = try Fixture.temporaryDirectory()
        let store = FileSessionStore(directory: directory)
        let console = ScriptedConsole(["2", "2", "Pw9SecretXq!", "Pw9SecretXq?", "quit"])
        var dialogue = Self.dialogue("password-change-error", .en, console, store: store)
        #expect(dialogue.run() == 0)
        #expect(console.output.contains("(not shown, and never saved)"))
        #expect(!console.output.contains("Pw9SecretXq"))
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            #expect(data.range(of: Data("Pw9SecretXq".utf8)) == nil)
        }
    }
}

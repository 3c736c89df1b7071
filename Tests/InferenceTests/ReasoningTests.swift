import Foundation
import Testing
import KnowledgeBase
@testable import Inference

/// Knowledge for the expert's judgment: "I don't know", what an entry implies, what an
/// on-screen message tells, and secrets that are never required.
enum Reasoning {
    static let files: [String: String] = [
        "facts.yaml": """
            facts:
              done: {type: bool, prompt: {ja: 完了?, en: Done?}, hint: {ja: 画面を見て, en: Look at the screen}}
              color: {type: choice, prompt: {ja: 色?, en: Colour?}, values: {red: {ja: 赤, en: Red}, blue: {ja: 青, en: Blue}}}
              minutes: {type: number, prompt: {ja: 何分?, en: Minutes?}}
              late: {type: bool, derive: test.late, from: [minutes], ask: inputs}
              key: {type: secret, prompt: {ja: キー, en: Key}}
              key_bad: {type: bool, derive: test.key_bad, from: [key], ask: inputs}
              message: {type: text, prompt: {ja: メッセージ?, en: Message?}}
              error: {type: choice, derive: messages, from: [message], ask: inputs, values: {short: {ja: 短い, en: Too short}, bad: {ja: 不正, en: Bad}}}
              field: {type: choice, derive: messages, from: [message], prompt: {ja: 欄?, en: Field?}, values: {mail: {ja: メール, en: Mail}, pass: {ja: パスワード, en: Password}}}
            """,
        "site.yaml": """
            omuid_patterns: []
            fallback_tree: help
            links: {form: {title: {ja: フォーム, en: Form}}}
            contact: {form: form, categories: {account: {label: {ja: アカウント, en: Account}}}}
            """,
        "trees/help.yaml": """
            id: help
            title: {ja: 問い合わせ, en: Contact}
            keywords: [help]
            start: done
            nodes:
              done:
                decide: done
                cases: {true: after, false: before}
                unknown: either
              after: {conclude: escalation, contact: account, text: {ja: 後, en: After}}
              before: {conclude: escalation, contact: account, text: {ja: 前, en: Before}}
              either: {conclude: escalation, contact: account, text: {ja: どちらも, en: Either}}
            """,
        "trees/entry.yaml": """
            id: entry
            title: {ja: 項目, en: Entry}
            keywords: [entry]
            implies: {done: false, color: blue}
            messages:
              - text: 3文字以上、30文字以内で入力してください。
                implies: {error: short, field: mail}
              - text: 使用不可文字が含まれています。
                implies: {error: bad, field: pass}
            start: by-error
            nodes:
              by-error:
                decide: error
                cases: {short: short, bad: bad}
                unknown: by-field
              by-field:
                decide: field
                cases: {mail: short, pass: secret}
                unknown: all
              secret:
                decide: key_bad
                cases: {true: bad, false: all}
                unknown: all
              short: {conclude: remedy, text: {ja: 長さ, en: Length}}
              bad: {conclude: remedy, text: {ja: 文字, en: Characters}}
              all:
                step: {ja: 全部, en: Everything}
            """,
        "trees/told.yaml": """
            id: told
            title: {ja: 申告, en: Told}
            keywords: [told]
            start: locked
            nodes:
              locked:
                decide: done
                only_if_told: true
                cases: {true: form, false: try}
                unknown: try
              form: {conclude: escalation, contact: account, text: {ja: フォームへ, en: To the form}}
              try:
                step: {ja: 変更, en: Change it}
                unresolved: form
            """,
        "trees/late.yaml": """
            id: late
            title: {ja: 遅い, en: Late}
            keywords: [late]
            start: late
            nodes:
              late:
                decide: late
                cases: {true: yes, false: no}
                default: no
              yes: {conclude: answer, text: {ja: 期限切れ, en: Expired}}
              no: {conclude: answer, text: {ja: まだ, en: Not yet}}
            """,
    ]

    static func registry() -> DerivationRegistry {
        var r = DerivationRegistry()
        r.register(derivation: "test.late") { facts in facts["minutes"]?.numberValue.map { .bool($0 >= 5) } }
        r.register(derivation: "test.key_bad") { facts in facts["key"]?.textValue.map { .bool($0.hasPrefix(" ")) } }
        return r
    }

    static let knowledge: CompiledKnowledge = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reasoning-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! text.write(to: url, atomically: true, encoding: .utf8)
        }
        do {
            return try Compiler.compile(KnowledgeLoader().load(root.path), registered: registry().names)
        } catch {
            fatalError("reasoning knowledge does not compile: \(error)")
        }
    }()

    static func engine(secretsUnknown: Bool = false) -> Engine {
        Engine(knowledge: knowledge, derivations: registry(), secretsUnknown: secretsUnknown)
    }

    static func session(_ tree: String, _ entries: [(String, FactValue, Provenance)] = []) -> Session {
        Session(tree: tree, entries: entries.map { Session.Entry(key: $0.0, value: $0.1, source: $0.2) })
    }
}

@Suite struct ReasoningTests {
    let engine = Reasoning.engine()

    // MARK: Checks only for those who tell

    @Test func anUntoldFactTakesTheUnknownBranchWithoutBeingAsked() throws {
        let r = engine.step(Reasoning.session("told"))
        let q = try #require(r.question)
        #expect(q.kind == .outcome && q.key == "told/try")
        #expect(r.trace.first?.fact == "done" && r.trace.first?.value == .unknown && r.trace.first?.how == "not told")
        #expect(r.known["done"] == nil)
    }

    @Test func aToldFactDecides() throws {
        let told = engine.step(Reasoning.session("told", [("done", .bool(true), .extracted)]))
        #expect(told.ending?.node == "form")
        #expect(told.trace.first?.source == .extracted)
        let not = engine.step(Reasoning.session("told", [("done", .bool(false), .given)]))
        #expect(not.question?.key == "told/try")
    }

    @Test func onlyIfToldNeedsAnUnknownBranch() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("told-\(UUID().uuidString)")
        var files = Reasoning.files
        files["trees/told.yaml"] = files["trees/told.yaml"]!.replacingOccurrences(of: "    unknown: try\n", with: "")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let load = KnowledgeLoader().load(root.path)
        #expect(load.diagnostics.contains { $0.message.contains("'only_if_told' and needs an 'unknown:' branch") })
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: "I don't know"

    @Test func anUnknownAnswerTakesTheUnknownBranchAndIsNeverAskedAgain() throws {
        let r = engine.step(Reasoning.session("help", [("done", .unknown, .asked)]))
        #expect(r.ending?.node == "either")
        #expect(r.known["done"]?.value == .unknown && r.known["done"]?.source == .asked)
        #expect(r.trace.first?.value == .unknown)
    }

    @Test func withoutAnUnknownBranchTheDefaultIsTaken() throws {
        // `late` is derived from `minutes`; an unknown input makes it unknown, and its node has a default.
        let r = engine.step(Reasoning.session("late", [("minutes", .unknown, .asked)]))
        #expect(r.ending?.node == "no")
        #expect(r.known["late"]?.value == .unknown && r.known["late"]?.source == .derived)
    }

    @Test func everyFactQuestionAcceptsUnknownAndCarriesItsHint() throws {
        let q = try #require(engine.step(Reasoning.session("help")).question)
        #expect(q.acceptsUnknown)
        #expect(q.hint?.ja == "画面を見て")
        let why = try #require(Explanation.why(engine.step(Reasoning.session("help")), knowledge: Reasoning.knowledge))
        #expect(why.branches.map(\.value) == ["true", "false", "unknown"])
    }

    // MARK: What the entry implies

    @Test func whatTheEntryImpliesIsKnownWithItsProvenanceAndNeverAsked() throws {
        // `entry` implies done = false; its fallback is `help`, which decides on `done`.
        let r = engine.step(Reasoning.session("entry", [("message", .unknown, .asked), ("field", .unknown, .asked), ("entry/all", .bool(false), .asked)]))
        #expect(r.ending?.tree == "help" && r.ending?.node == "before")
        #expect(r.known["done"]?.source == .implied && r.known["done"]?.how == "entry")
        let how = Explanation.how(r, knowledge: Reasoning.knowledge)
        #expect(how.facts.contains { $0.key == "done" && $0.source == .implied })
    }

    @Test func anImpliedFactNeverOverridesWhatIsKnown() throws {
        let r = engine.step(Reasoning.session("entry", [("done", .bool(true), .given), ("message", .unknown, .asked), ("field", .unknown, .asked), ("entry/all", .bool(false), .asked)]))
        #expect(r.ending?.node == "after")
        #expect(r.known["done"]?.source == .given)
    }

    // MARK: The screen's message

    @Test func aQuotedMessageDecidesWithoutAskingAnything() throws {
        let r = engine.step(Reasoning.session("entry", [("message", .text("3文字以上、30文字以内で入力してください。"), .given)]))
        #expect(r.ending?.node == "short")
        #expect(r.known["error"]?.source == .derived)
        #expect(r.known["error"]?.how?.contains("「3文字以上、30文字以内で入力してください。」") == true)
    }

    @Test(arguments: [
        "３文字以上、３０文字以内で入力してください",  // width and punctuation
        "「3文字以上30文字以内で入力してください」と表示されました",  // quotes, a comma, and words around it
        "使用できない文字が含まれています",  // misremembered
    ])
    func messagesMatchTheWayPeopleCopyAndRememberThem(_ typed: String) throws {
        let r = engine.step(Reasoning.session("entry", [("message", .text(typed), .given)]))
        #expect(r.ending != nil, "\(typed) did not settle the error")
        #expect(r.question == nil)
    }

    @Test func aMessageTheEntriesDoNotQuoteTellsNothing() throws {
        let r = engine.step(Reasoning.session("entry", [("message", .text("予期しないエラーが発生しました"), .given)]))
        #expect(r.known["error"]?.value == .unknown)
        #expect(r.question?.key == "field")
    }

    @Test func withoutTheMessageTheMessageIsAskedFirst() throws {
        #expect(engine.step(Reasoning.session("entry")).question?.key == "message")
    }

    // MARK: Secrets last, never required

    @Test func aSecretIsAskedOnlyWhenNothingElseSettlesTheBranch() throws {
        let r = engine.step(Reasoning.session("entry", [("message", .unknown, .asked), ("field", .text("pass"), .asked)]))
        #expect(r.question?.key == "key")
        #expect(r.question?.acceptsUnknown == true)
    }

    @Test func anUnknownSecretStillReachesTheRemedies() throws {
        let r = engine.step(Reasoning.session("entry", [("message", .unknown, .asked), ("field", .text("pass"), .asked), ("key", .unknown, .asked)]))
        #expect(r.question?.key == "entry/all")
    }

    @Test func aSurfaceThatKeepsNoSecretsRunsWithEverySecretUnknown() throws {
        let r = Reasoning.engine(secretsUnknown: true)
            .step(Reasoning.session("entry", [("message", .unknown, .asked), ("field", .text("pass"), .asked)]))
        #expect(r.question?.key == "entry/all")
        #expect(r.known["key"]?.value == .unknown)
    }
}

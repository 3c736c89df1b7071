import Domain
import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Triage

/// Replies an agent can send: for a ticket that tells the deciding fact, the reply gives the
/// remedy and never asks for that fact; what is still open is asked as a person writes, two
/// questions at most, with the reason; the frame is the knowledge's template.
@Suite struct ReplyTests {
    /// A ticket, the entry and node the reply must give, and the facts it tells (never asked).
    struct Case: CustomStringConvertible {
        var ticket: String
        var tree: String
        var node: String
        var told: [String]
        var description: String { ticket }
    }

    static let cases: [Case] = [
        Case(ticket: "The user management system (利用者管理システム) says my account is locked after I failed to log in several times.",
             tree: "password-change-howto", node: "locked", told: ["user_admin_locked"]),
        Case(ticket: "OMUIDに ＡＢ１２３４５ と入力してもログインできません。", tree: "login-fails", node: "fullwidth", told: ["omuid"]),
        Case(ticket: "I typed my OMUID as ＡＢ１２３４５ and the login page rejects it.", tree: "login-fails", node: "fullwidth", told: ["omuid"]),
        Case(ticket: "パスワード変更で「使用不可文字が含まれています。」と表示されて先に進めません。",
             tree: "password-change-error", node: "allowed-characters", told: ["error_message", "error_stage", "error_field"]),
        Case(ticket: "When I change my password it says \"使用不可文字が含まれています。\" and I can't go on.",
             tree: "password-change-error", node: "allowed-characters", told: ["error_message", "error_stage", "error_field"]),
        Case(ticket: "I lost my phone, so I can't see the one-time password for two-factor authentication.",
             tree: "two-factor-device-lost", node: "reissue", told: ["device_lost"]),
        // The ID's form asked after an internal progression: the page's forms, and its check page.
        Case(ticket: "院に内部進学しました。ログインIDって学部のときと同じ形でいいんでしょうか？ログインできません。手続きはもう終わってます。",
             tree: "login-fails", node: "check-omuid-page", told: ["omuid_forgotten", "activation_done"]),
        Case(ticket: "login fails on the portal. I'm a grad student who did undergrad here too, which ID should I use, old or new?",
             tree: "login-fails", node: "check-omuid-page", told: ["omuid_forgotten"]),
        // One device of two lost, the other at hand: the loss (P000 L33).
        Case(ticket: "タブレットとスマホの両方に2段階認証を入れてたんですが、スマホのほうだけなくしました。タブレットは手元にあります。この場合どうしたらいいでしょう？",
             tree: "two-factor-device-lost", node: "reissue", told: ["device_lost"]),
        Case(ticket: "確認コードのメールが届いてから20分後に入力したら、有効期限切れと出ました。", tree: "code-expired", node: "resend", told: ["code_age_minutes"]),
        Case(ticket: "The confirmation code mail came 20 minutes ago and now the code is expired.", tree: "code-expired", node: "resend", told: ["code_age_minutes"]),
    ]

    /// The text the reply must carry for a node: a conclusion's text, or a step's instruction.
    static func text(_ tree: String, _ node: String, _ language: Language) throws -> String {
        let t = try #require(Bundled.knowledge.tree(tree))
        let n = try #require(t.nodeIndex[node].map { t.nodes[$0].node })
        switch n.kind {
        case .conclude(let c): return c.text.text(language)
        case .step(let s): return s.text.text(language)
        default: throw TestFailure("\(tree)/\(node) is not a conclusion or a step")
        }
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    @Test(arguments: cases)
    func aToldFactIsUsedNotAsked(_ c: Case) throws {
        let r = Bundled.triager.triage(c.ticket)
        #expect(r.results.first?.tree.id == c.tree)
        let reply = try #require(r.reply)
        let remedy = try Self.text(c.tree, c.node, r.language)
        // The remedy's first sentence, with any value filled in from the ticket.
        let head = String(remedy.prefix { $0 != "。" && $0 != "." }.prefix(20))
        #expect(reply.contains(head.contains("{") ? String(head.prefix { $0 != "{" }) : head), "\(reply)")
        for key in c.told {
            let fact = try #require(Bundled.knowledge.fact(key))
            for text in [fact.reply, fact.prompt].compactMap({ $0?.text(r.language) }) {
                #expect(!reply.contains(text), "asks for \(key), which the ticket tells")
            }
        }
    }

    @Test func aQuestionIsAskedAsAPersonWritesWithItsReason() throws {
        let r = Bundled.triager.triage("2要素認証でログインできません。コードを入れてもはじかれます。")
        let reply = try #require(r.reply)
        let fact = try #require(Bundled.knowledge.fact("otp_entries_multiple"))
        #expect(reply.contains(fact.reply!.text(.ja)))
        #expect(!reply.contains(fact.prompt!.text(.ja)))
        #expect(reply.contains("※同じ端末で複数回"))
        #expect(reply.hasPrefix("お問い合わせいただきありがとうございます。"))
        #expect(reply.hasSuffix("よろしくお願いいたします。"))
    }

    @Test func noReplyAsksMoreThanTwoQuestions() {
        let tickets = ["OMUIDでログインできません", "2要素認証がうまくいきません", "パスワードのことで困っています", "help, I can't log in", "新しい端末を使いたい"]
        for ticket in tickets {
            let reply = Bundled.triager.triage(ticket).reply ?? ""
            let asked = reply.split(separator: "\n").filter { $0.hasPrefix("・") || $0.hasPrefix("- ") }
                .filter { line in Bundled.knowledge.facts.contains { f in f.reply.map { line.contains($0.text(.ja)) || line.contains($0.text(.en)) } ?? false } }
            #expect(asked.count <= ReplyDraft.maxQuestions, "\(ticket): \(asked)")
        }
    }

    @Test func checkFindingsAreToldInWordsWhenTheRemedyDoesNot() throws {
        // The engine uses the finding (login-fails branches on it): told once, in the remedy.
        let used = Bundled.triager.triage("OMUIDに ＡＢ１２３４５ と入力してもログインできません。")
        #expect(used.reply?.components(separatedBy: "全角").count == 2)
        // A ticket whose entry does not branch on the OMUID: the finding is told beside the remedy.
        let findings = Bundled.triager.findings(
            [ExtractedFact(key: "omuid", value: .text("ＡＢ１２３４５"), evidence: "ＡＢ１２３４５")], next: used.next!, language: .ja)
        #expect(findings.isEmpty)
        let told = Bundled.triager.findings(
            [ExtractedFact(key: "omuid", value: .text("ＡＢ１２３４５"), evidence: "ＡＢ１２３４５")],
            next: Engine(knowledge: Bundled.knowledge, derivations: DomainRegistry.make(site: Bundled.knowledge.site)).step(Session(tree: "code-resend")),
            language: .ja)
        #expect(told.contains { $0.contains("全角") })
    }

    /// Staff edit the frame in the knowledge; no rebuild: a changed template changes the reply.
    @Test func theFrameIsTheKnowledgesTemplate() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reply-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(atPath: Bundled.root, toPath: root.path)
        let template = root.appendingPathComponent("templates/reply.en.mustache")
        try """
            {{% CONTENT_TYPE: TEXT}}
            Dear student,
            {{#remedy}}
            {{text}}
            {{/remedy}}
            {{#questions}}
            Q: {{text}}
            {{/questions}}
            Yours, the desk
            """.write(to: template, atomically: true, encoding: .utf8)
        let knowledge = try Compiler.compile(KnowledgeLoader().load(root.path), registered: DomainNames.registered)
        let triager = Triager(knowledge: knowledge, derivations: DomainRegistry.make(site: knowledge.site))
        let reply = try #require(triager.triage("I lost my phone, so I can't see the one-time password for two-factor authentication.").reply)
        #expect(reply.hasPrefix("Dear student,\n"))
        #expect(reply.hasSuffix("Yours, the desk"))
        #expect(!reply.contains("Thank you for contacting"))
        // Without any template: the sections alone, no greeting.
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates"))
        let bare = try Compiler.compile(KnowledgeLoader().load(root.path), registered: DomainNames.registered)
        let plain = Triager(knowledge: bare, derivations: DomainRegistry.make(site: bare.site))
            .triage("I lost my phone, so I can't see the one-time password for two-factor authentication.").reply ?? ""
        #expect(plain.hasPrefix("I lost the device"))
        #expect(!plain.contains("Best regards"))
        // Nor, without a frame, anything to say when no entry matches.
        #expect(Triager(knowledge: bare, derivations: DomainRegistry.make(site: bare.site)).triage("zzzz qqqq").reply == nil)
    }

    @Test func aTemplateThatDoesNotParseIsALintError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reply-lint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(atPath: Bundled.root, toPath: root.path)
        try "{{#remedy}}\n{{text}}\n{{/remed}}\n".write(to: root.appendingPathComponent("templates/reply.ja.mustache"), atomically: true, encoding: .utf8)
        try "x".write(to: root.appendingPathComponent("templates/replies.mustache"), atomically: true, encoding: .utf8)
        let load = KnowledgeLoader().load(root.path)
        let found = Linter(rules: [ReplyTemplateRule()]).lint(load, registered: DomainNames.registered)
        #expect(found.count == 2)
        #expect(found.contains { $0.message.contains("'reply.ja' does not parse") && $0.mark?.line == 3 })
        #expect(found.contains { $0.message.contains("no template is named 'replies'") })
        #expect(Linter(rules: [ReplyTemplateRule()]).lint(KnowledgeLoader().load(Bundled.root), registered: DomainNames.registered).isEmpty)
    }

    /// Replies are rendered once per content: a second ticket with the same content gets the
    /// same text from the cache, another content its own text, and the cache stays bounded.
    @Test func aReplyRenderedAgainIsTheSameAndTheCacheIsBounded() throws {
        let templates = ReplyTemplates(knowledge: Bundled.knowledge)
        let draft = ReplyDraft(knowledge: Bundled.knowledge, language: .ja, templates: templates)
        let engine = Engine(knowledge: Bundled.knowledge, derivations: DomainRegistry.make(site: Bundled.knowledge.site))
        let tree = try #require(Bundled.knowledge.tree("code-expired")?.tree)
        let next = engine.step(Session(tree: "code-expired"))
        let first = draft.text(tree: tree, next: next)
        #expect(templates.rendered.count == 1)
        // Straight from the template, bypassing the cache.
        var fresh = templates.template(for: .ja).render(draft.content(tree: tree, next: next, separating: nil, findings: []))
        while fresh.last?.isWhitespace == true { fresh.removeLast() }
        #expect(first == fresh)
        #expect(draft.text(tree: tree, next: next) == first)
        #expect(templates.rendered.count == 1)
        let withFinding = draft.text(tree: tree, next: next, findings: ["全角文字が含まれています。"])
        #expect(withFinding != first && withFinding.contains("全角文字が含まれています。"))
        #expect(templates.rendered.count == 2)
        for i in 0..<(RenderCache.capacity + 10) { _ = draft.text(tree: tree, next: next, findings: ["\(i)"]) }
        #expect(templates.rendered.count <= RenderCache.capacity)
    }

    /// The cache's key tells every part of a content apart: changing any one field, or moving
    /// text from one field to the next, changes the bytes.
    @Test func theCacheKeyTellsEveryFieldApart() {
        let link = ReplyContent.Link(title: "リンク", url: "https://example.jp")
        var full = ReplyContent(title: "題", findings: ["所見"])
        full.remedy = .init(text: "手順", steps: ["1", "2"], links: [link])
        full.form = .init(category: "種類", categoryEn: "Kind", question: "質問", questionEn: "Question")
        full.tryStep = .init(text: "試す", links: [link])
        full.questions = [.init(text: "問", reason: "理由", separates: ["甲", "乙"])]
        let changes: [(String, (inout ReplyContent) -> Void)] = [
            ("title", { $0.title = "題2" }), ("findings", { $0.findings = [] }), ("finding moved", { $0.findings = ["所", "見"] }),
            ("remedy", { $0.remedy = nil }), ("remedy text", { $0.remedy?.text = "手" }), ("steps", { $0.remedy?.steps = ["12"] }),
            ("url", { $0.remedy?.links = [.init(title: "リンク", url: nil)] }), ("form", { $0.form = nil }),
            ("form question", { $0.form?.question = nil }), ("form en", { $0.form?.questionEn = "Q" }), ("try", { $0.tryStep = nil }),
            ("try links", { $0.tryStep?.links = [] }), ("questions", { $0.questions = [] }), ("reason", { $0.questions[0].reason = nil }),
            ("separates", { $0.questions[0].separates = nil }), ("pair", { $0.questions[0].separates = ["甲乙", ""] }),
            ("unmatched", { $0.unmatched = true }),
        ]
        var seen: Set<[UInt8]> = [full.bytes]
        for (what, change) in changes {
            var changed = full
            change(&changed)
            #expect(changed != full, "\(what)")
            #expect(seen.insert(changed.bytes).inserted, "\(what) gives bytes another content has")
        }
    }
}

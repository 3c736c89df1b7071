import Foundation
import KnowledgeBase

/// A small, valid knowledge folder in a temporary directory, whose files a test can replace.
struct Fixture {
    let root: String

    static let facts = """
        facts:
          ok:
            type: bool
            prompt: {ja: 大丈夫ですか?, en: Is it fine?}
            reply: {ja: 問題ありませんか。, en: Is everything fine?}
          color:
            type: choice
            prompt: {ja: 色は?, en: Which colour?}
            reply: {ja: 何色でしたか。, en: What colour was it?}
            values:
              red: {ja: 赤, en: Red}
              blue: {ja: 青, en: Blue}
          code:
            type: secret
            prompt: {ja: コード, en: Code}
          age:
            type: number
            prompt: {ja: 何分?, en: How many minutes?}
            reply: {ja: 何分経っていましたか。, en: How many minutes had passed?}
          expired:
            type: bool
            derive: omu.code_expired
            from: [age]
            ask: inputs

        """

    static let site = """
        omuid_patterns:
          - regex: '^[a-z]{2}[0-9]{5}$'
            label: {ja: 学生, en: Students}
        fallback_tree: help
        links:
          form: {title: {ja: フォーム, en: Form}}
        contact:
          form: form
          categories:
            account: {label: {ja: アカウント, en: Account}}
        sources:
          faq: {title: {ja: よくある質問, en: FAQ}}

        """

    static let help = """
        id: help
        title: {ja: 問い合わせ, en: Contact}
        keywords: [help]
        start: ask
        nodes:
          ask:
            conclude: escalation
            contact: account
            links: [form]
            text: {ja: 問い合わせてください, en: Contact us}

        """

    static let a = """
        id: a
        title: {ja: エー, en: A}
        source: {page: faq, entry: A}
        keywords: [a]
        start: d
        nodes:
          d:
            decide: ok
            cases: {true: s, false: c}
            unknown: s
          s:
            step: {ja: してください, en: Do it}
            unresolved: done
          done:
            conclude: remedy
            text: {ja: 済み, en: Done}
          c:
            decide: color
            cases: {red: g, blue: e}
            unknown: g
          e:
            decide: expired
            cases: {true: done, false: g}
            unknown: g
          g:
            goto: help

        """

    /// Writes the valid fixture, then the given files over it (path relative to the root).
    init(_ files: [String: String] = [:], removing: [String] = []) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("helpdesk-fixture-\(UUID().uuidString)").path
        var all = ["facts.yaml": Self.facts, "site.yaml": Self.site, "trees/help.yaml": Self.help, "trees/a.yaml": Self.a]
        for path in removing { all[path] = nil }
        for (path, text) in files { all[path] = text }
        for (path, text) in all { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    var registered: RegisteredNames { RegisteredNames(derivations: ["omu.code_expired"], probes: ["network"]) }

    func load() -> LoadResult { KnowledgeLoader().load(root) }

    func lint() -> [Diagnostic] { Linter().lint(load(), registered: registered) }

    /// The diagnostics of one rule.
    func lint(_ rule: String) -> [Diagnostic] { lint().filter { $0.rule == rule } }
}

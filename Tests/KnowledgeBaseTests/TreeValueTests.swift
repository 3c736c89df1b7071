import Testing
@testable import KnowledgeBase

/// A tree keeps its parts in a shared box: it must still behave as a value.
@Suite struct TreeValueTests {
    static func tree() -> Tree {
        Tree(
            id: "t", title: LocalizedText(ja: "題", en: "Title"), keywords: ["a"], start: Reference("n"),
            nodes: [TreeNode(id: "n", kind: .goto(Goto(tree: Reference("other"))))], file: "t.yaml")
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Self.tree()
        var copy = original
        copy.id = "u"
        copy.keywords.append("b")
        copy.nodes.append(TreeNode(id: "m", kind: .goto(Goto(tree: Reference("third")))))
        copy.title.en = "Other"
        #expect(original.id == "t" && original.keywords == ["a"] && original.nodes.count == 1 && original.title.en == "Title")
        #expect(copy.id == "u" && copy.keywords == ["a", "b"] && copy.nodes.map(\.id) == ["n", "m"] && copy.title.en == "Other")
        // A tree no other shares is changed in place, and stays changed.
        var only = Self.tree()
        only.stage = .after_activation
        only.file = "u.yaml"
        #expect(only.stage == .after_activation && only.file == "u.yaml" && only.id == "t")
    }
}

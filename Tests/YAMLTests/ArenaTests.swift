import Testing
@testable import YAML

/// The arena behind `Node`: views that keep their document alive, text made on demand, aliases
/// that share their anchor's content, and what the old node tree kept (styles, tags, marks).
@Suite struct ArenaTests {
    private func parse(_ text: String) throws -> Node {
        try #require(try YAMLParser.parse(text, file: "arena.yaml"))
    }

    @Test func aNodeKeepsItsDocumentAlive() throws {
        // Only a child is kept: the root view and the parser are gone.
        let child = try #require(try parse("a:\n  b: [x, 'y z']\n").mapping?[0].value.mapping?[0].value)
        #expect(child.sequence?.map(\.scalar) == ["x", "y z"])
        #expect(child.mark == Mark(file: "arena.yaml", line: 2, column: 6))
    }

    @Test func stylesAndTagsAreKept() throws {
        let root = try parse("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  literal\ne: >\n  folded\nf: !custom tagged\ng: !!str 12\n")
        let values = try #require(root.mapping).map(\.value)
        #expect(values.map(\.style) == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain, .plain])
        #expect(values.map(\.scalar) == ["plain", "single", "double", "literal\n", "folded\n", "tagged", "12"])
        #expect(values[5].tag == "!custom")
        #expect(values[6].tag == "tag:yaml.org,2002:str")
        #expect(values[0].tag == nil)
        #expect(root.style == nil)
        if case .scalar(let text, .doubleQuoted) = values[2].kind { #expect(text == "double") } else { Issue.record("not a double-quoted scalar") }
    }

    @Test func aliasesShareTheirAnchorsContentWithTheirOwnMark() throws {
        let root = try parse("base: &b {k: v, list: [1, 2]}\ncopy: *b\nword: &w hello\nagain: *w\n")
        let pairs = try #require(root.mapping)
        #expect(pairs[1].value.canonicalForm == pairs[0].value.canonicalForm)
        #expect(pairs[1].value.mapping?[1].value.sequence?.map(\.scalar) == ["1", "2"])
        #expect(pairs[1].value.mark.line == 2)
        #expect(pairs[3].value.scalar == "hello" && pairs[3].value.mark.line == 4)
        // An alias is one record, however large its anchor.
        #expect(root.document.nodeCount == 15)
    }

    @Test func scalarsCompareWithoutMakingStrings() throws {
        let root = try parse("ja: 日本語\nnull1: ~\nnull2:\nnull3: 'null'\n")
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.isScalar("ja") && !pairs[0].key.isScalar("j") && !pairs[0].key.isScalar("jaa"))
        #expect(pairs[0].value.isScalar("日本語"))
        #expect(!root.isScalar("ja"))
        #expect(pairs.map(\.value.isNull) == [false, true, true, false])
        #expect(pairs.map(\.value.kindName) == ["a scalar", "null", "null", "a scalar"])
    }

    @Test func canonicallyEquivalentKeysAreDuplicates() throws {
        // "é" precomposed and decomposed are the same text, as they are the same String.
        #expect(throws: YAMLError.self) { try YAMLParser.parse("caf\u{E9}: 1\ncafe\u{301}: 2\n", file: "k.yaml") }
        // Different non-ASCII keys are not.
        #expect(throws: Never.self) { try YAMLParser.parse("caf\u{E9}: 1\ncaf\u{E8}: 2\n", file: "k.yaml") }
        // Nor is a key and the same key with a mark added (the bytes differ where one ends).
        #expect(throws: Never.self) { try YAMLParser.parse("cafe: 1\ncafe\u{301}: 2\ncaf: 3\n", file: "k.yaml") }
        // The same in a mapping large enough to be indexed.
        var text = (0..<20).map { "k\($0): v\n" }.joined()
        text += "caf\u{E9}: 1\ncafe\u{301}: 2\n"
        #expect(throws: YAMLError.self) { try YAMLParser.parse(text, file: "k.yaml") }
    }

    @Test func sameContentIgnoresStylesMarksAndTags() throws {
        let root = try parse("a: [x, {k: 'v'}]\nb: [\"x\", {k: v}]\nc: [x, {k: w}]\nd: [x]\n")
        let v = try #require(root.mapping).map(\.value)
        #expect(v[0].sameContent(as: v[1]))
        #expect(!v[0].sameContent(as: v[2]))
        #expect(!v[0].sameContent(as: v[3]))
        // Scalars carry their length, so text cannot pose as structure.
        #expect(try parse("['a]']").canonicalForm != parse("[a]").canonicalForm)
    }

    @Test func marksAreSmallValuesWithTheirFileName() {
        #expect(MemoryLayout<Mark>.size <= 12)
        let a = Mark(file: "/k/trees/one.yaml", line: 3, column: 7)
        #expect(a == Mark(file: "/k/trees/one.yaml", line: 3, column: 7))
        #expect(a != Mark(file: "/k/trees/two.yaml", line: 3, column: 7))
        #expect(a.file == "/k/trees/one.yaml" && a.description == "/k/trees/one.yaml:3:7")
        var b = a
        b.line = 9
        #expect(b.line == 9 && b.file == a.file)
    }
}

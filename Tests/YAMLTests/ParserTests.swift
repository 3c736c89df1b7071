import Foundation
import Testing
@testable import YAML

private func parse(_ text: String, limits: Limits = .default) throws(YAMLError) -> Node? {
    try YAMLParser.parse(text, file: "t.yaml", limits: limits)
}

private func error(_ text: String, limits: Limits = .default) -> YAMLError? {
    do {
        _ = try parse(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

private func error(bytes: [UInt8]) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(bytes, file: "t.yaml")
        return nil
    } catch {
        return error
    }
}

@Suite struct ParserTests {
    @Test func buildsNodesWithMarks() throws {
        let root = try #require(try parse("id: x\nnodes:\n  a: [1, two]\n"))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar } == ["id", "nodes"])
        #expect(pairs[0].value.scalar == "x")
        #expect(pairs[0].value.mark == Mark(file: "t.yaml", line: 1, column: 5))
        let inner = try #require(pairs[1].value.mapping)
        #expect(inner[0].key.mark.line == 3 && inner[0].key.mark.column == 3)
        #expect(inner[0].value.sequence?.map(\.scalar) == ["1", "two"])
    }

    @Test func noImplicitTypingOfKeysOrValues() throws {
        let root = try #require(try parse("yes: no\non: off\n'true': 1.0\n"))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar } == ["yes", "on", "true"])
        #expect(pairs.map { $0.value.scalar } == ["no", "off", "1.0"])
        if case .scalar(_, let style) = pairs[2].key.kind { #expect(style == .singleQuoted) }
    }

    @Test func emptyStreamHasNoDocument() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# only a comment\n") == nil)
    }

    @Test func nullScalars() throws {
        let root = try #require(try parse("a:\nb: ~\nc: null\nd: ''\n"))
        let values = try #require(root.mapping).map(\.value)
        #expect(values.map(\.isNull) == [true, true, true, false])
    }

    @Test func aliasesAreResolved() throws {
        let root = try #require(try parse("a: &x [1, 2]\nb: *x\n"))
        let pairs = try #require(root.mapping)
        #expect(pairs[1].value.sequence?.map(\.scalar) == ["1", "2"])
        #expect(pairs[1].value.mark.line == 2)
    }

    @Test func undefinedAliasIsAnError() throws {
        let e = try #require(error("a: *nothing\n"))
        #expect(e.description.hasPrefix("t.yaml:1:4: error:"))
    }

    @Test func syntaxErrorsHaveFileLineColumn() throws {
        let e = try #require(error("a: [1, 2\nb: 3\n"))
        #expect(e.description.hasPrefix("t.yaml:"))
        #expect(e.description.contains(": error: "))
        #expect(e.mark.line >= 2)
    }

    @Test func truncatedFile() throws {
        let e = try #require(error("id: x\nnodes:\n  a: {decide: f, cases: {true: b\n"))
        #expect(e.mark.file == "t.yaml")
        #expect(e.message.contains("flow mapping"))
    }

    @Test func tabIndentationIsExplained() throws {
        let e = try #require(error("a:\n\tb: 1\n"))
        #expect(e.mark.line == 2)
        #expect(e.message.contains("tab"))
    }

    @Test func duplicateKeysNameBothPlaces() throws {
        let e = try #require(error("id: a\nstart: x\nid: b\n"))
        #expect(e.mark == Mark(file: "t.yaml", line: 3, column: 1))
        #expect(e.message.contains("duplicate key 'id'"))
        #expect(e.related?.mark == Mark(file: "t.yaml", line: 1, column: 1))
        #expect(e.description.contains("t.yaml:1:1: note:"))
    }

    @Test func duplicateKeysInLargeMappings() throws {
        var text = ""
        for i in 0..<40 { text += "k\(i): \(i)\n" }
        text += "k17: again\n"
        let e = try #require(error(text))
        #expect(e.mark.line == 41)
        #expect(e.related?.mark.line == 18)
    }

    @Test func duplicateKeysDifferingOnlyInQuotingAreDuplicates() throws {
        #expect(error("yes: 1\n'yes': 2\n") != nil)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let clock = ContinuousClock()
        var e: YAMLError?
        let elapsed = clock.measure { e = error(text) }
        let found = try #require(e)
        #expect(found.message.contains("alias"))
        #expect(elapsed < .seconds(1))
    }

    @Test func deepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let e = try #require(error(text))
        #expect(e.message.contains("deeper than"))
        let blocks = (0..<200).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(error(blocks)?.message.contains("deeper than") == true)
    }

    @Test func sizeLimit() throws {
        let e = try #require(error("a: 1234567890\n", limits: Limits(maxBytes: 8)))
        #expect(e.message.contains("over the limit"))
    }

    @Test func invalidUTF8IsRefused() throws {
        let e = try #require(error(bytes: Array("a: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)))
        #expect(e.message.contains("UTF-8"))
        #expect(e.mark.line == 1)
    }

    @Test func binaryFileIsRefused() throws {
        let e = try #require(error(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0xFF]))
        #expect(e.message.contains("binary"))
    }

    @Test func secondDocumentIsRefused() throws {
        let e = try #require(error("a: 1\n---\nb: 2\n"))
        #expect(e.mark.line == 2)
    }

    @Test func countsEvents() throws {
        // stream start, document start, mapping start, 2 scalars, mapping end, document end, stream end
        #expect(try YAMLParser.countEvents(Array("a: b\n".utf8), file: "t") == 8)
    }

    @Test func japaneseColumnsCountCharacters() throws {
        let root = try #require(try parse("ja: 日本語\nen: x\n"))
        #expect(root.mapping?[0].value.mark.column == 5)
    }
}

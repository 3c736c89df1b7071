import Foundation
import YAML

/// Decodes a knowledge tests file: `tests:` a list of tests.
public enum TestsDecoder {
    static let testKeys = ["name", "tree", "given", "answers", "expect"]
    static let expectKeys = ["conclusion", "question", "shown", "asked", "not_asked", "entered"]

    /// Reads every `*.yaml` file of a tests folder, in name order.
    public static func load(folder: String, limits: Limits = .default) -> (tests: [KnowledgeTest], diagnostics: [Diagnostic], files: [String]) {
        let files = Files.list(folder, suffixes: [".yaml", ".yml"])
        var tests: [KnowledgeTest] = []
        var diagnostics: [Diagnostic] = []
        let loader = KnowledgeLoader(limits: limits)
        for file in files {
            let sink = DiagnosticSink()
            if let root = loader.parse(file, sink: sink) { tests += decode(root, sink: sink) }
            diagnostics += sink.list
        }
        return (tests, diagnostics, files)
    }

    static func decode(_ root: Node, sink: DiagnosticSink) -> [KnowledgeTest] {
        guard let file = MappingReader(root, known: ["tests"], what: "a tests file", sink: sink),
            let list = file.value("tests", required: true)
        else { return [] }
        guard let items = list.sequence else {
            sink.error("'tests' must be a list, found \(list.kindName)", at: list.mark, rule: "type")
            return []
        }
        return items.compactMap { item in
            guard let r = MappingReader(item, known: testKeys, what: "a test", sink: sink),
                let name = r.string("name", required: true), let tree = r.reference("tree", required: true),
                let expectNode = r.value("expect", required: true),
                let e = MappingReader(expectNode, known: expectKeys, what: "'expect'", sink: sink)
            else { return nil }
            let expect = KnowledgeTest.Expectation(
                conclusion: e.string("conclusion"), question: e.string("question"),
                shown: e.has("shown") ? e.strings("shown") : nil, asked: e.strings("asked"), notAsked: e.strings("not_asked"),
                entered: e.has("entered") ? e.strings("entered") : nil)
            if expect.conclusion != nil && expect.question != nil {
                sink.error("a test expects either a 'conclusion' or a 'question', not both", at: expectNode.mark, rule: "type")
            }
            return KnowledgeTest(
                name: name, tree: tree, given: values(r, "given", sink), answers: values(r, "answers", sink), expect: expect,
                mark: item.mark)
        }
    }

    private static func values(_ r: MappingReader, _ key: String, _ sink: DiagnosticSink) -> [KnowledgeTest.Value] {
        r.entries(key).compactMap { entry in
            if entry.value.isNull { return KnowledgeTest.Value(key: entry.name, text: "", unknown: true, mark: entry.value.mark) }
            return MappingReader.string(entry.value, key: entry.name, sink: sink).map {
                KnowledgeTest.Value(key: entry.name, text: $0, mark: entry.value.mark)
            }
        }
    }
}

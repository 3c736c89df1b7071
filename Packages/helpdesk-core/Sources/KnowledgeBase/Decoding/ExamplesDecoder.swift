import Foundation
import YAML

/// Decodes `examples/<tree>.yaml` and `tickets/<tree>.yaml`: `examples:` a list of `{lang, text}`.
enum ExamplesDecoder {
    static func decode(_ root: Node, file: String, tickets: Bool = false, sink: DiagnosticSink) -> ExampleSet? {
        guard let r = MappingReader(root, known: ["examples"], what: "an examples file", sink: sink),
            let list = r.value("examples", required: true)
        else { return nil }
        guard let items = list.sequence else {
            sink.error("'examples' must be a list of {lang, text}", at: list.mark, rule: "type")
            return nil
        }
        let examples = items.compactMap { item -> ExampleSet.Example? in
            guard let e = MappingReader(item, known: ["lang", "text"], what: "an example", sink: sink),
                let lang = e.string("lang", required: true), let text = e.string("text", required: true)
            else { return nil }
            guard let language = Language(rawValue: lang) else {
                sink.error("'lang' must be ja or en, found '\(lang)'", at: e.value("lang")?.mark, rule: "type")
                return nil
            }
            return ExampleSet.Example(language: language, text: text, mark: item.mark)
        }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return ExampleSet(tree: Reference(name, mark: Mark(file: file, line: 1, column: 1)), examples: examples, tickets: tickets)
    }
}

import KnowledgeBase
import Mustache
import YAML

/// A template of the knowledge that would not frame a reply: a name triage does not use, or
/// Mustache that does not parse (reported at its line and column).
public struct ReplyTemplateRule: LintRule {
    public static let name = "reply-template"
    public static let summary = "a template that is not reply.ja or reply.en, or whose Mustache does not parse"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.templates.compactMap { file in
            guard ReplyTemplates.names.contains(file.name) else {
                return diagnose(
                    "no template is named '\(file.name)'; the reply frames are \(ReplyTemplates.names.map { "'\($0).mustache'" }.joined(separator: " and "))",
                    at: file.mark)
            }
            do {
                _ = try MustacheTemplate(string: file.text)
                return nil
            } catch let error as MustacheTemplate.ParserError {
                let mark = file.mark.map { Mark(file: $0.file, line: error.context.lineNumber, column: error.context.columnNumber + 1) }
                return diagnose("the template '\(file.name)' does not parse: \(error.error)", at: mark)
            } catch {
                return diagnose("the template '\(file.name)' does not parse: \(error)", at: file.mark)
            }
        }
    }
}

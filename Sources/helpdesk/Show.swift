import ArgumentParser
import CommandLineSupport
import Service

extension Helpdesk {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show one tree as an indented outline a person can read.")

        @OptionGroup var options: KnowledgeOptions

        @Argument(help: "The tree id (helpdesk list shows them).", completion: .custom(completeTreeIDs))
        var tree: String

        func run() throws {
            let knowledge = try options.load(triage: false)
            let compiled = try knowledge.tree(tree)
            Output.out(TerminalText.safe(Outline(knowledge: knowledge.compiled, language: options.language).render(compiled.tree)))
        }
    }
}

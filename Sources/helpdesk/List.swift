import ArgumentParser
import CommandLineSupport
import Service

extension Helpdesk {
    struct List: ParsableCommand, SpeaksJSON {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List every FAQ entry (tree) with its id, stage and title.")

        @OptionGroup var options: KnowledgeOptions

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        var speaksJSON: Bool { json }

        func run() throws {
            Output.report(TreeList(try options.load(triage: false), language: options.language), json: json)
        }
    }
}

import ArgumentParser
import CommandLineSupport
import Foundation
import Server
import Service

extension ServerTool {
    struct Examples: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "examples",
            abstract: ServerCommandNames.examples,
            subcommands: [Export.self]
        )
    }
}

extension ServerTool.Examples {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the tickets agents confirmed (redacted) in the knowledge's example format, for editors to review and add.",
            discussion: """
                A ticket is confirmed when an agent recorded which entry was right for it (in the workbench or \\
                with POST /v1/feedback); its latest feedback names the entry. Only the redacted text is kept by \\
                the server, and it is redacted once more here. Texts already among the knowledge's examples are \\
                left out. Without --output, the files are printed one after the other, each headed by its name; \\
                with --output DIR, each entry's examples are written to DIR/<tree>.yaml (an existing file is \\
                never overwritten).
                """
        )

        @OptionGroup var server: ServerDataOptions

        @Option(name: .long, help: ArgumentHelp("The knowledge folder (its examples are not exported again).", valueName: "path"), completion: .directory)
        var knowledge: String?

        @Option(name: [.short, .long], help: ArgumentHelp("Write one file per entry into this folder.", valueName: "dir"), completion: .directory)
        var output: String?

        func run() async throws {
            let loaded: LoadedKnowledge
            do {
                loaded = try LoadedKnowledge.load(KnowledgeLocator.locate(explicit: knowledge), language: .ja, triage: true)
            } catch {
                throw CommandError("\(error)")
            }
            let confirmed = try await server.run { stores in try await stores.feedback.confirmedTickets() }
            let export = ExampleExport(confirmed, knowledge: loaded.compiled)
            if export.files.isEmpty {
                Output.err("no confirmed tickets to export")
                return
            }
            guard let output else {
                for (index, file) in export.files.enumerated() {
                    if index > 0 { Output.out("") }
                    Output.out("# examples/\(file.tree).yaml")
                    Output.out(String(file.text.dropLast()))
                }
                return
            }
            let folder = URL(fileURLWithPath: output)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CommandError("cannot create \(output): \(error.localizedDescription)")
            }
            var written = 0
            for file in export.files {
                let path = folder.appendingPathComponent("\(file.tree).yaml").path
                if FileManager.default.fileExists(atPath: path) {
                    Output.err("helpdesk: \(path) exists; not overwritten")
                    continue
                }
                guard FileManager.default.createFile(atPath: path, contents: Data(file.text.utf8), attributes: [.posixPermissions: 0o644]) else {
                    throw CommandError("cannot write \(path)")
                }
                written += 1
                Output.out("\(path): \(file.count) example\(file.count == 1 ? "" : "s")")
            }
            if written < export.files.count { throw ExitCode(1) }
        }
    }
}

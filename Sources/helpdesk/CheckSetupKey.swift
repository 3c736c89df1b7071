import ArgumentParser
import CommandLineSupport
import KnowledgeBase
import Service

extension Helpdesk.Check {
    /// `helpdesk check setup-key` (the key is read, never given as an argument)
    struct SetupKey: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "setup-key",
            abstract: "Check a two-factor setup key as pasted (for the 「無効なキー」 error).",
            discussion: """
                On a terminal the key is asked without echo; otherwise it is the first line of standard input, \
                spaces kept. The key never appears in the output.
                """
        )

        // Collected only to refuse them without repeating them in an error message.
        @Argument(parsing: .allUnrecognized, help: .hidden)
        var stray: [String] = []

        @OptionGroup var options: CheckOptions

        func run() throws {
            guard stray.isEmpty else {
                throw CommandError("the setup key is not taken from the command line: paste it at the prompt or give it on standard input")
            }
            let site = try options.site()
            let input = SecretInput.read(prompts: [LocalizedText(ja: "セットアップキー: ", en: "Setup key: ")], language: options.language)
            guard let key = input[0], !key.isEmpty else {
                throw CommandError("no setup key given: paste it at the prompt or give it as the first line of standard input")
            }
            try options.emit(Checks.setupKey(key, site: site, language: options.language))
        }
    }
}

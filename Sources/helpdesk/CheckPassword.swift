import ArgumentParser
import CommandLineSupport
import KnowledgeBase
import Service

extension Helpdesk.Check {
    /// `helpdesk check password` (the password and its confirmation are read, never given as arguments)
    struct Password: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: "Check a new password against the password rule, and against its confirmation.",
            discussion: """
                On a terminal the password and its confirmation are asked without echo (press Enter at the \
                confirmation to skip it). Otherwise they are the first two lines of standard input; a missing \
                or empty second line skips the comparison. The password never appears in the output.
                """
        )

        // Collected only to refuse them without repeating them in an error message.
        @Argument(parsing: .allUnrecognized, help: .hidden)
        var stray: [String] = []

        @OptionGroup var options: CheckOptions

        func run() throws {
            guard stray.isEmpty else {
                throw CommandError("the password is not taken from the command line: type it at the prompt or give it on standard input")
            }
            let site = try options.site()
            let input = SecretInput.read(
                prompts: [
                    LocalizedText(ja: "新しいパスワード: ", en: "New password: "),
                    LocalizedText(ja: "新しいパスワード(確認)(省略はEnter): ", en: "New password again (Enter to skip): "),
                ],
                language: options.language)
            guard let password = input[0], !password.isEmpty else {
                throw CommandError("no password given: type it at the prompt or give it as the first line of standard input")
            }
            let confirmation = input[1].flatMap { $0.isEmpty ? nil : $0 }
            try options.emit(Checks.password(password, confirmation: confirmation, site: site, language: options.language))
        }
    }
}

import ArgumentParser
import Domain
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
            let report = PasswordCheck.check(password, confirmation: confirmation, site: site)
            var result = CheckResult(check: "password", findings: report.findings, language: options.language)
            result.confirmationChecked = confirmation != nil
            try options.emit(result)
        }
    }

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
            let report = SetupKeyCheck.check(key, site: site)
            try options.emit(CheckResult(check: "setup-key", findings: report.findings, language: options.language))
        }
    }
}

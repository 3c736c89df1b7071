import ArgumentParser
import CommandLineSupport
import Service

extension Helpdesk.Check {
    /// `helpdesk check recovery-email VALUE`
    struct RecoveryEmail: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "recovery-email",
            abstract: "Check a password-recovery address (パスワード再発行用メールアドレス): form, length before @, and not an OMU address."
        )

        @Argument(help: "The address as typed.")
        var value: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            guard let value, !value.isEmpty else { throw CommandError("give the address to check: helpdesk check recovery-email VALUE") }
            try options.emit(Checks.recoveryEmail(value, site: try options.site(), language: options.language))
        }
    }
}

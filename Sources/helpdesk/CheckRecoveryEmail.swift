import ArgumentParser
import Domain
import KnowledgeBase

/// `helpdesk check recovery-email VALUE`
struct CheckRecoveryEmail: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recovery-email",
        abstract: "Check a password-recovery address (パスワード再発行用メールアドレス): form, length before @, and not an OMU address."
    )

    @Argument(help: "The address as typed.")
    var value: String?

    @OptionGroup var options: CheckOptions

    func run() throws {
        guard let value, !value.isEmpty else {
            throw options.usage("give the address to check: helpdesk check recovery-email VALUE")
        }
        let report = RecoveryEmailCheck.check(value, site: try options.site())
        try CheckOutcome(check: "recovery-email", findings: report.findings).emit(options)
    }
}

import ArgumentParser
import Service

extension Helpdesk.Check {
    /// `helpdesk check code-age MINUTES` or `helpdesk check code-age --sent-at TIME`
    struct CodeAge: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "code-age",
            abstract: "Check whether a confirmation code (確認コード) has expired.",
            discussion: """
                Give the minutes since the mail was sent (plain digits, like 8 or 2.5), or the time it was sent: \
                ISO 8601 (2025-04-01T10:15:00+09:00, or without a zone for local time) or HH:MM today, local time.
                """
        )

        @Argument(help: "Minutes since the confirmation code mail was sent.")
        var minutes: String?

        @Option(name: .customLong("sent-at"), help: ArgumentHelp("When the mail was sent.", valueName: "time"))
        var sentAt: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            let age = try Checks.codeAge(minutes: minutes, sentAt: sentAt)
            try options.emit(Checks.codeAge(age, site: try options.site(), language: options.language))
        }
    }
}

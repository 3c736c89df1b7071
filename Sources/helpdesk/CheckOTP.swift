import ArgumentParser
import CommandLineSupport
import Service

extension Helpdesk.Check {
    /// `helpdesk check otp VALUE`
    struct OTP: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "otp",
            abstract: "Check a one-time password as typed: six digits from the authenticator app.",
            discussion: "The value never appears in the output. Spaces are ignored, so `helpdesk check otp 123 456` checks 123456."
        )

        // Everything not an option is the value, even text starting with '-', so no parse error
        // can echo part of it.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The one-time password as typed.", valueName: "value"))
        var words: [String] = []

        @OptionGroup var options: CheckOptions

        func run() throws {
            let value = words.joined(separator: " ")
            guard !value.isEmpty else { throw CommandError("give the one-time password to check: helpdesk check otp VALUE") }
            try options.emit(Checks.oneTimePassword(value, site: try options.site(), language: options.language))
        }
    }
}

import ArgumentParser
import CommandLineSupport
import Service

extension Helpdesk.Check {
    /// `helpdesk check omuid VALUE`
    struct OMUID: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "omuid",
            abstract: "Check an OMUID as typed: full-width characters, spaces, and the OMUID forms of the site data.",
            discussion: "Quote the value to keep its spaces: helpdesk check omuid ' ab12345'. A valid OMUID reports the form (pattern) it has."
        )

        @Argument(help: "The OMUID as typed.")
        var value: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            guard let value, !value.isEmpty else { throw CommandError("give the OMUID to check: helpdesk check omuid VALUE") }
            try options.emit(Checks.omuid(value, site: try options.site(), language: options.language))
        }
    }
}

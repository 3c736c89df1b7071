import ArgumentParser
import Domain
import KnowledgeBase

/// `helpdesk check omuid VALUE`
struct CheckOMUID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omuid",
        abstract: "Check an OMUID as typed: full-width characters, spaces, and the OMUID forms of the site data.",
        discussion: "Quote the value to keep its spaces: helpdesk check omuid ' ab12345'. A valid OMUID reports the form (pattern) it has."
    )

    @Argument(help: "The OMUID as typed.")
    var value: String?

    @OptionGroup var options: CheckOptions

    func run() throws {
        guard let value, !value.isEmpty else { throw options.usage("give the OMUID to check: helpdesk check omuid VALUE") }
        let report = OMUIDCheck.check(value, site: try options.site())
        var outcome = CheckOutcome(check: "omuid", findings: report.findings)
        if let match = report.match {
            outcome.details["pattern"] = match.number
            outcome.details["label"] = match.label.text(options.language)
            outcome.notes.append(LocalizedText(
                ja: "形式\(match.number): \(match.label.text(.ja))", en: "Form \(match.number): \(match.label.text(.en))"))
        }
        try outcome.emit(options)
    }
}

import ArgumentParser
import Domain
import Foundation
import KnowledgeBase

/// `helpdesk check <check>`: runs one domain check on a value the user typed.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a value the way the OMU screens read it: OMUID, password, recovery address, setup key, one-time password, code age, network.",
        discussion: """
            Each check reports findings with a code (as in the knowledge index) and what to do. \
            Secret values (password, setup key, one-time password) never appear in any output.

            Exit status: 0 no findings, 1 findings, 2 bad usage.
            """,
        subcommands: [
            CheckOMUID.self, CheckPassword.self, CheckRecoveryEmail.self, CheckSetupKey.self,
            CheckOTP.self, CheckCodeAge.self, CheckNetwork.self,
        ]
    )

    func run() throws {
        let names = Self.configuration.subcommands.compactMap { $0.configuration.commandName }
        throw UsageError("name a check: \(names.joined(separator: ", "))")
    }
}

/// The options every check takes: the knowledge folder, the language, and `--json`.
struct CheckOptions: ParsableArguments {
    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    var language: Language { knowledge.language }

    /// The site data of the knowledge folder. A folder without `site.yaml`, or one whose
    /// `site.yaml` has errors, is bad usage.
    func site() throws -> SiteData {
        let root = knowledge.knowledgePath()
        let siteFile = root.hasSuffix("/") ? root + "site.yaml" : root + "/site.yaml"
        guard FileManager.default.fileExists(atPath: siteFile) else {
            throw UsageError("no site data: \(siteFile) does not exist", json: json)
        }
        let load = KnowledgeLoader().load(root)
        if let problem = load.diagnostics.first(where: { $0.severity == .error && $0.mark?.file == siteFile }) {
            throw UsageError("the site data has errors (see helpdesk lint): \(problem)", json: json)
        }
        return load.knowledge.site
    }

    /// Bad usage in the way this command speaks.
    func usage(_ message: String) -> UsageError {
        UsageError(message, json: json)
    }
}

/// What one check says, ready to print: its findings, extra JSON fields and extra lines for people.
struct CheckOutcome {
    var check: String
    var findings: [Finding]
    /// Fields added to the JSON object beside `check`, `ok` and `findings`.
    var details: [String: Any] = [:]
    /// Lines printed for people after the verdict.
    var notes: [LocalizedText] = []

    /// Prints the outcome as text or JSON; findings make the command exit 1.
    func emit(_ options: CheckOptions) throws {
        let language = options.language
        if options.json {
            var object: [String: Any] = [
                "check": check, "ok": findings.isEmpty,
                "findings": findings.map { ["code": $0.code, "message": $0.message.text(language)] },
            ]
            object.merge(details) { kept, _ in kept }
            Output.out(Output.json(object))
        } else {
            let colour = Output.colourOut
            if findings.isEmpty {
                let clean = LocalizedText(ja: "問題は見つかりませんでした。", en: "No problems found.")
                Output.out(Output.styled("✓ " + clean.text(language), .green, on: colour))
            } else {
                let count = LocalizedText(
                    ja: "\(findings.count)件の問題が見つかりました。",
                    en: "Found \(findings.count) problem\(findings.count == 1 ? "" : "s").")
                Output.out(Output.styled(count.text(language), .bold, on: colour))
                for finding in findings {
                    let mark = Output.styled("✗", .red, .bold, on: colour)
                    let code = Output.styled("[\(finding.code)]", .dim, on: colour)
                    Output.out("\(mark) \(finding.message.text(language)) \(code)")
                }
            }
            for note in notes { Output.out(note.text(language)) }
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

import Foundation
import Testing

/// Secret values (a password, a setup key, a one-time password) are read from standard input,
/// never taken from the command line, and never appear in anything `helpdesk check` prints, as
/// typed or normalised. The findings for each value, and the full tables of values never
/// printed, are tested in process (ServiceTests/ChecksTests.swift); here a sample goes through
/// the binary in every output mode.
@Suite struct CheckSecretsTests {
    static func check(_ arguments: [String], input: String = "") throws -> CLI.Result {
        try CLI.run(["check"] + arguments + ["--knowledge", CLI.knowledge], input: input)
    }

    /// The forms of a secret that must not be printed: as typed, NFKC, trimmed, without spaces.
    static func forms(_ secret: String) -> [String] {
        let nfkc = secret.precomposedStringWithCompatibilityMapping
        let forms = [secret, nfkc, nfkc.trimmingCharacters(in: .whitespaces), nfkc.replacingOccurrences(of: " ", with: "")]
        return Array(Set(forms.filter { $0.count >= 4 }))
    }

    static func expectNoLeak(_ secret: String, in result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for form in forms(secret) {
            #expect(!result.stdout.contains(form), "stdout shows \(form.debugDescription)", sourceLocation: sourceLocation)
            #expect(!result.stderr.contains(form), "stderr shows \(form.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    static let modes: [[String]] = [[], ["--json"], ["--lang", "en"], ["--json", "--lang", "en"]]

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let arguments: [String]
        var input = ""
        /// What must not be printed.
        let secrets: [String]
        let status: Int32
        let codes: [String]
        /// For the password: whether the confirmation was compared.
        var confirmationChecked: Bool?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "password and confirmation", arguments: ["password"], input: "Zq7WxKp9\nZq7WxKp9\n", secrets: ["Zq7WxKp9"], status: 0, codes: [], confirmationChecked: true),
        Case(
            name: "a confirmation that differs", arguments: ["password"], input: "Zq7WxKp9\nZq7WxKp8\n", secrets: ["Zq7WxKp9", "Zq7WxKp8"], status: 1,
            codes: ["confirmation_mismatch"], confirmationChecked: true),
        Case(name: "an empty confirmation line", arguments: ["password"], input: "Zq7WxKp9\n\n", secrets: ["Zq7WxKp9"], status: 0, codes: [], confirmationChecked: false),
        Case(name: "no line end", arguments: ["password"], input: "Zq7WxKp9", secrets: ["Zq7WxKp9"], status: 0, codes: [], confirmationChecked: false),
        Case(
            name: "spaces kept in a password", arguments: ["password"], input: " Zq7 WxKp9 \nOther7Confirm\n", secrets: [" Zq7 WxKp9 ", "Other7Confirm"],
            status: 1, codes: ["confirmation_mismatch"], confirmationChecked: true),
        Case(name: "spaces kept in a setup key", arguments: ["setup-key"], input: " MZXW6YTBOI\n", secrets: [" MZXW6YTBOI"], status: 1, codes: ["surrounding_space"]),
        Case(name: "a good setup key", arguments: ["setup-key"], input: "MZXW 6YTB OI======\n", secrets: ["MZXW 6YTB OI======"], status: 0, codes: []),
        Case(name: "a one-time password like an option", arguments: ["otp", "-482913x"], secrets: ["-482913x"], status: 1, codes: ["not_six_digits"]),
        Case(name: "a one-time password in words", arguments: ["otp", "482", "913"], secrets: ["482 913"], status: 0, codes: []),
    ]

    /// The password and its confirmation are the first two lines of standard input (an empty or
    /// missing second line skips the comparison); the setup key is the first line, spaces kept;
    /// the one-time password's words are joined. In every mode: the exit status, and no secret.
    @Test(arguments: cases)
    func secretsAreReadCheckedAndNeverPrinted(_ c: Case) throws {
        for mode in Self.modes {
            let result = try Self.check(c.arguments + mode, input: c.input)
            #expect(result.status == c.status, "\(mode): \(result.output)")
            for secret in c.secrets { Self.expectNoLeak(secret, in: result) }
            guard mode.contains("--json") else { continue }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let findings = try #require(object["findings"] as? [[String: Any]])
            #expect(findings.compactMap { $0["code"] as? String } == c.codes)
            if let checked = c.confirmationChecked { #expect(object["confirmation_checked"] as? Bool == checked) }
        }
    }

    /// No secret on standard input, or a secret on the command line (where the shell history
    /// and `ps` keep it), is bad usage; the message never repeats the secret.
    @Test(arguments: [
        (["password"], "", nil), (["password"], "\n", nil), (["setup-key"], "", nil),
        (["password", "Zq7WxKp9"], "", "Zq7WxKp9"), (["password", "--", "Zq7WxKp9"], "", "Zq7WxKp9"),
        (["password", "-Zq7WxKp9"], "", "Zq7WxKp9"), (["setup-key", "MZXW6YTBOI"], "", "MZXW6YTBOI"),
    ] as [([String], String, String?)])
    func badUsageExitsTwoWithoutRepeatingTheSecret(arguments: [String], input: String, secret: String?) throws {
        for mode in [[], ["--json"]] {
            let result = try Self.check(arguments + mode, input: input)
            #expect(result.status == 2, "\(mode): \(result.output)")
            if let secret { Self.expectNoLeak(secret, in: result) }
        }
    }
}

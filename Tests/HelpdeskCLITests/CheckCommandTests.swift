import Foundation
import Testing

/// `helpdesk check …` run as a user would: exit statuses, where the output goes, `--lang` and
/// bad usage. What each check finds and its JSON fields are tested in process
/// (ServiceTests/ChecksTests.swift).
@Suite struct CheckCommandTests {
    /// Runs `helpdesk check arguments…` against the bundled knowledge unless `--knowledge` is given.
    static func check(_ arguments: [String], input: String = "") throws -> CLI.Result {
        let knowledge = arguments.contains("--knowledge") ? [] : ["--knowledge", CLI.knowledge]
        return try CLI.run(["check"] + arguments + knowledge, input: input)
    }

    /// The JSON object a `--json` run printed.
    static func json(_ result: CLI.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(result.stdout)")
    }

    static func codes(_ object: [String: Any]) throws -> [String] {
        let findings = try #require(object["findings"] as? [[String: Any]])
        return findings.compactMap { $0["code"] as? String }
    }

    struct Run: Sendable, CustomStringConvertible {
        let arguments: [String]
        let status: Int32
        let codes: [String]
        /// A line of the text report.
        let text: String
        var description: String { arguments.joined(separator: " ") }
    }

    /// One run of each check that takes its value from the command line (password and setup-key
    /// are in CheckSecretsTests): exit 0 without findings, 1 with; the text report on standard
    /// output in the `--lang` asked for; with `--json`, one object on standard output.
    @Test(arguments: [
        Run(arguments: ["omuid", "a12bc345"], status: 0, codes: [], text: "形式2"),
        Run(arguments: ["omuid", " ab 1234", "--lang", "en"], status: 1, codes: ["surrounding_space", "inner_space", "unknown_pattern"], text: "Found 3 problems."),
        Run(arguments: ["recovery-email", "taro@st.omu.ac.jp"], status: 1, codes: ["university_address"], text: "[university_address]"),
        Run(arguments: ["otp", "123", "456"], status: 0, codes: [], text: "✓"),
        Run(arguments: ["code-age", "--sent-at", "2020-04-01T10:15:00+09:00"], status: 1, codes: ["expired"], text: "「キャンセル」"),
        Run(arguments: ["network", "--ssid", "OMUNET-1X"], status: 1, codes: ["on_campus"], text: "[on_campus]"),
    ])
    func exitStatusTextAndJSON(_ run: Run) throws {
        let text = try Self.check(run.arguments)
        #expect(text.status == run.status, "\(text.output)")
        #expect(text.stdout.contains(run.text), "\(text.stdout)")
        #expect(text.stderr.isEmpty, "\(text.stderr)")
        let json = try Self.check(run.arguments + ["--json"])
        #expect(json.status == run.status)
        let object = try Self.json(json)
        #expect(object["ok"] as? Bool == run.codes.isEmpty)
        #expect(try Self.codes(object) == run.codes)
    }

    struct Usage: Sendable, CustomStringConvertible {
        let arguments: [String]
        /// With `--json`: the error is a JSON object on standard output.
        var json = false
        var description: String { (arguments + (json ? ["--json"] : [])).joined(separator: " ") }
    }

    /// Bad usage exits 2: a message on standard error, or with `--json` an error object on
    /// standard output. The messages of the checks' own input errors (code-age, network, the
    /// site data) are tested in process; here one of each kind of error is mapped.
    @Test(arguments: [
        Usage(arguments: ["omuid"]), Usage(arguments: ["omuid", ""]), Usage(arguments: ["recovery-email"]), Usage(arguments: ["otp"]),
        Usage(arguments: ["code-age"]), Usage(arguments: ["network", "--ip", "300.1.2.3"]), Usage(arguments: ["nope"]), Usage(arguments: []),
        Usage(arguments: ["omuid", "AB12345", "--knowledge", "/nonexistent/knowledge"]),
        Usage(arguments: ["omuid"], json: true), Usage(arguments: ["otp"], json: true), Usage(arguments: ["code-age", "soon"], json: true),
    ])
    func badUsageExitsTwo(_ usage: Usage) throws {
        let result = try Self.check(usage.arguments + (usage.json ? ["--json"] : []))
        #expect(result.status == 2, "\(usage): \(result.output)")
        if usage.json {
            let json = try Self.json(result)
            #expect(json["status"] as? String == "error")
            #expect(!((json["error"] as? String) ?? "").isEmpty)
        } else {
            #expect(!result.stderr.isEmpty)
            #expect(result.stdout.isEmpty, "\(result.stdout)")
        }
    }
}

import Foundation
import Testing

/// `helpdesk diagnose --json` through the built binary: one object on standard output, facts
/// from `--fact` and standard input, errors as objects with exit 2, warnings on standard error.
/// The protocol objects for given facts, and every bad-input message, are tested in process
/// (ServiceTests/DiagnosisProtocolTests.swift).
@Suite struct DiagnoseJSONTests {
    static func object(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.output)")
    }

    @Test func oneObjectPerCallWithFactsFromStandardInput() throws {
        let first = try CLI.run(["diagnose", "--json", "--tree", "setup-key-invalid", "--lang", "en"])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let o = try Self.object(first)
        #expect(o["status"] as? String == "question")
        #expect(o["tree"] as? String == "setup-key-invalid")
        let q = try #require(o["question"] as? [String: Any])
        #expect(q["key"] as? String == "setup_key_has_surrounding_space")
        #expect((q["prompt"] as? String)?.contains("space") == true)

        let key = " JBSWY3DPEHPK3PXP"
        let r = try CLI.run(["diagnose", "--json", "--tree", "setup-key-invalid", "--facts", "-"], input: "{\"setup_key\": \"\(key)\"}")
        #expect(r.status == 0)
        #expect(!r.output.contains("JBSWY3DPEHPK3PXP"))
        let next = try Self.object(r)
        #expect((next["question"] as? [String: Any])?["key"] as? String == "setup-key-invalid/remove-space")
        let facts = try #require(next["facts"] as? [String: Any])
        #expect((facts["setup_key"] as? [String: Any])?["value"] as? String == "•••")
    }

    struct BadInput: Sendable, CustomStringConvertible {
        let arguments: [String]
        let input: String
        let message: String
        var description: String { message }
    }

    /// One bad input of each kind: the tree, a `--fact` argument, standard input.
    static let badInputs: [BadInput] = [
        BadInput(arguments: ["--tree", "setup-key-invalidd"], input: "", message: "no tree 'setup-key-invalidd' — did you mean 'setup-key-invalid'?"),
        BadInput(arguments: ["--fact", "activation_done"], input: "", message: "--fact takes KEY=VALUE"),
        BadInput(arguments: ["--facts", "-"], input: "{not json", message: "standard input is not JSON"),
    ]

    @Test(arguments: badInputs)
    func badInputIsAnErrorObject(_ c: BadInput) throws {
        let r = try CLI.run(["diagnose", "--json"] + c.arguments, input: c.input)
        #expect(r.status == 2)
        let o = try Self.object(r)
        #expect(o["status"] as? String == "error")
        #expect((o["error"] as? String)?.contains(c.message) == true, "\(o)")
    }

    @Test func secretOnTheCommandLineWarns() throws {
        let r = try CLI.run(["diagnose", "--json", "--tree", "setup-key-invalid", "--fact", "setup_key=ABCDEFGHIJKLMNOP"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: 'setup_key' is secret"))
        #expect(!r.output.contains("ABCDEFGHIJKLMNOP"))
    }
}

/// `helpdesk list` and `helpdesk show`: the list and the outline themselves are tested in process
/// (ServiceTests/GraphTests.swift, ListAndOutlineTests).
@Suite struct ListShowTests {
    @Test func listAndShow() throws {
        let r = try CLI.run(["list", "--json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((object["trees"] as? [[String: Any]])?.count == 36)
        let plain = try CLI.run(["list", "--lang", "en"])
        #expect(plain.status == 0)
        #expect(plain.stdout.split(separator: "\n").count == 36)

        let show = try CLI.run(["show", "code-expired", "--lang", "en"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("code-expired — The confirmation code has expired"))
        let missing = try CLI.run(["show", "code-expird"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("did you mean 'code-expired'?"))
    }
}

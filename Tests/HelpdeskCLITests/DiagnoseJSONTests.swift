import Foundation
import Testing

/// The JSON protocol of `helpdesk diagnose --json`, through the built binary.
@Suite struct DiagnoseJSONTests {
    static func object(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.output)")
    }

    @Test func firstQuestionOfATree() throws {
        let r = try CLI.run(["diagnose", "--json", "--tree", "setup-key-invalid", "--lang", "en"])
        #expect(r.status == 0)
        let o = try Self.object(r)
        #expect(o["status"] as? String == "question")
        #expect(o["tree"] as? String == "setup-key-invalid")
        let q = try #require(o["question"] as? [String: Any])
        #expect(q["key"] as? String == "setup_key_has_surrounding_space")
        #expect(q["kind"] as? String == "fact" && q["type"] as? String == "bool")
        #expect((q["prompt"] as? String)?.contains("space") == true)
        #expect((q["choices"] as? [[String: Any]])?.map { $0["value"] as? String } == ["true", "false"])
        #expect((q["why"] as? [String: Any])?["check"] as? String == "setup-key-invalid/key-has-space")
        #expect((o["shown"] as? [Any])?.isEmpty == true)
    }

    @Test func secretOnStandardInputIsDerivedAndMasked() throws {
        let key = " JBSWY3DPEHPK3PXP"
        let r = try CLI.run(["diagnose", "--json", "--tree", "setup-key-invalid", "--facts", "-"], input: "{\"setup_key\": \"\(key)\"}")
        #expect(r.status == 0)
        #expect(!r.output.contains("JBSWY3DPEHPK3PXP"))
        let o = try Self.object(r)
        let q = try #require(o["question"] as? [String: Any])
        #expect(q["kind"] as? String == "outcome")
        #expect(q["key"] as? String == "setup-key-invalid/remove-space")
        #expect(q["instruction"] as? String != nil)
        let facts = try #require(o["facts"] as? [String: Any])
        #expect((facts["setup_key"] as? [String: Any])?["value"] as? String == "•••")
        #expect((facts["setup_key_has_surrounding_space"] as? [String: Any])?["source"] as? String == "derived")
    }

    @Test func outcomeAnswerLeadsToConclusion() throws {
        let r = try CLI.run([
            "diagnose", "--json", "--tree", "setup-key-invalid", "--fact", "setup_key_has_surrounding_space=true",
            "--fact", "setup-key-invalid/remove-space=no", "--fact", "activation_done=true",
        ])
        let o = try Self.object(r)
        #expect(o["status"] as? String == "conclusion")
        #expect(o["shown"] as? [String] == ["setup-key-invalid/remove-space"])
        let c = try #require(o["conclusion"] as? [String: Any])
        #expect(c["tree"] as? String == "contact-helpdesk" && c["node"] as? String == "account")
        #expect(c["kind"] as? String == "escalation")
        let category = try #require(c["contact_category"] as? [String: Any])
        #expect(category["label"] as? String == "利用者ID(OMUID)・パスワードについて")
        let trace = try #require(o["trace"] as? [[String: Any]])
        #expect(trace.first?["source"] as? String == "given")
    }

    @Test func resolvedStepConcludes() throws {
        let r = try CLI.run(["diagnose", "--json", "--tree", "code-expired", "--fact", "code_age_minutes=2", "--fact", "code-expired/not-yet=yes"])
        let c = try #require(try Self.object(r)["conclusion"] as? [String: Any])
        #expect(c["kind"] as? String == "resolved")
        #expect(c["node"] as? String == "not-yet")
    }

    struct BadInput: Sendable, CustomStringConvertible {
        let arguments: [String]
        let input: String
        let message: String
        var description: String { message }
    }

    static let badInputs: [BadInput] = [
        BadInput(arguments: ["--tree", "setup-key-invalidd"], input: "", message: "no tree 'setup-key-invalidd' — did you mean 'setup-key-invalid'?"),
        BadInput(arguments: ["--fact", "activation_dne=true"], input: "", message: "unknown fact 'activation_dne' — did you mean 'activation_done'?"),
        BadInput(arguments: ["--fact", "activation_done=perhaps"], input: "", message: "activation_done: 'perhaps' is not a yes/no answer"),
        BadInput(arguments: ["--fact", "code_age_minutes=ten"], input: "", message: "code_age_minutes: 'ten' is not a number"),
        BadInput(arguments: ["--fact", "affiliation=teacher"], input: "", message: "affiliation: 'teacher' is not one of: student"),
        BadInput(arguments: ["--fact", "activation_done"], input: "", message: "--fact takes KEY=VALUE"),
        BadInput(arguments: ["--facts", "-"], input: "[1, 2]", message: "standard input must be a JSON object of facts"),
        BadInput(arguments: ["--facts", "-"], input: "{not json", message: "standard input is not JSON"),
        BadInput(arguments: ["--facts", "-"], input: "{\"setup_key\": [1]}", message: "the value of 'setup_key' must be a string"),
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

    @Test func fullWidthNumbersAreRead() throws {
        let r = try CLI.run(["diagnose", "--json", "--tree", "code-expired", "--fact", "code_age_minutes=１０"])
        let c = try #require(try Self.object(r)["conclusion"] as? [String: Any])
        #expect(c["node"] as? String == "resend")
    }
}

@Suite struct ListShowTests {
    @Test func listsEveryTree() throws {
        let r = try CLI.run(["list", "--json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let trees = try #require(object["trees"] as? [[String: Any]])
        #expect(trees.count == 35)
        let ids = Set(trees.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["start", "contact-helpdesk", "setup-key-invalid", "two-factor-reset", "code-expired"]))
        let plain = try CLI.run(["list", "--lang", "en"])
        #expect(plain.stdout.contains("setup-key-invalid"))
        #expect(plain.stdout.split(separator: "\n").count == 35)
    }

    @Test func showsAnOutline() throws {
        let r = try CLI.run(["show", "code-expired", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("code-expired — The confirmation code has expired"))
        #expect(r.stdout.contains("? expired:"))
        #expect(r.stdout.contains("■ resend"))
        let missing = try CLI.run(["show", "code-expird"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("did you mean 'code-expired'?"))
    }
}

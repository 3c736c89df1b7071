import Domain
import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Service

/// The protocol objects of `helpdesk diagnose --json` for given facts, and the messages for bad
/// input (moved from the end-to-end DiagnoseJSONTests). What needs the process (exit status 2,
/// the error object on standard output, reading `--facts -` from standard input, the warning on
/// standard error) stays in HelpdeskCLITests.
@Suite struct DiagnosisProtocolTests {
    /// The bundled knowledge with its derivations speaking English, as `--lang en` loads it.
    static let english = Fixture.knowledge.with(derivations: DomainRegistry.make(site: Fixture.compiled.site, language: .en))

    /// What `helpdesk diagnose --json --tree TREE --fact F… [--facts -]` computes: the tree is
    /// looked up, `--fact` arguments are read, then the JSON object of facts; probes are off.
    static func diagnose(
        tree: String = "start", facts: [String] = [], json: String? = nil, language: Language = .ja
    ) throws -> DiagnosisObject {
        let knowledge = language == .en ? english : Fixture.knowledge
        _ = try knowledge.tree(tree)
        let reader = AnswerReader(knowledge: knowledge.compiled)
        var entries: [Session.Entry] = []
        for argument in facts { entries.append(try reader.entry(argument: argument)) }
        if let json { entries += try reader.entries(json: Data(json.utf8)) }
        var session = Session(tree: tree)
        for entry in entries { session.record(entry.key, entry.value, source: .given) }
        var driver = DiagnosisDriver(knowledge: knowledge, session: session, allowProbes: false)
        return WireBuilder(knowledge: knowledge.compiled, language: language).diagnosis(driver.next().result, start: tree)
    }

    /// The object as a program reads it.
    static func object(_ diagnosis: DiagnosisObject) throws -> [String: Any] {
        let json = WireEncoder().string(diagnosis)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
    }

    @Test func firstQuestionOfATree() throws {
        let o = try Self.object(try Self.diagnose(tree: "setup-key-invalid", language: .en))
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

    @Test func aSecretIsDerivedAndMasked() throws {
        let key = " JBSWY3DPEHPK3PXP"
        let diagnosis = try Self.diagnose(tree: "setup-key-invalid", json: "{\"setup_key\": \"\(key)\"}")
        #expect(!WireEncoder().string(diagnosis).contains("JBSWY3DPEHPK3PXP"))
        let o = try Self.object(diagnosis)
        let q = try #require(o["question"] as? [String: Any])
        #expect(q["kind"] as? String == "outcome")
        #expect(q["key"] as? String == "setup-key-invalid/remove-space")
        #expect(q["instruction"] as? String != nil)
        let facts = try #require(o["facts"] as? [String: Any])
        #expect((facts["setup_key"] as? [String: Any])?["value"] as? String == "•••")
        #expect((facts["setup_key_has_surrounding_space"] as? [String: Any])?["source"] as? String == "derived")
    }

    @Test func outcomeAnswerLeadsToConclusion() throws {
        let o = try Self.object(try Self.diagnose(
            tree: "setup-key-invalid",
            facts: ["setup_key_has_surrounding_space=true", "setup-key-invalid/remove-space=no", "activation_done=true"]))
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
        let o = try Self.object(try Self.diagnose(tree: "password-change-pending", facts: ["pending_minutes=2", "password-change-pending/wait=yes"]))
        let c = try #require(o["conclusion"] as? [String: Any])
        #expect(c["kind"] as? String == "resolved")
        #expect(c["node"] as? String == "wait")
    }

    @Test func fullWidthNumbersAreRead() throws {
        let o = try Self.object(try Self.diagnose(tree: "password-change-pending", facts: ["pending_minutes=１０", "password-change-pending/refresh=yes"]))
        let c = try #require(o["conclusion"] as? [String: Any])
        #expect(c["node"] as? String == "refresh")
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var tree = "start"
        var facts: [String] = []
        var json: String?
        let message: String
        var description: String { message }
    }

    static let badInputs: [BadInput] = [
        BadInput(tree: "setup-key-invalidd", message: "no tree 'setup-key-invalidd' — did you mean 'setup-key-invalid'?"),
        BadInput(facts: ["activation_dne=true"], message: "unknown fact 'activation_dne' — did you mean 'activation_done'?"),
        BadInput(facts: ["activation_done=perhaps"], message: "activation_done: 'perhaps' is not a yes/no answer"),
        BadInput(facts: ["code_age_minutes=ten"], message: "code_age_minutes: 'ten' is not a number"),
        BadInput(facts: ["affiliation=teacher"], message: "affiliation: 'teacher' is not one of: student"),
        BadInput(facts: ["activation_done"], message: "--fact takes KEY=VALUE"),
        BadInput(json: "[1, 2]", message: "standard input must be a JSON object of facts"),
        BadInput(json: "{not json", message: "standard input is not JSON"),
        BadInput(json: "{\"setup_key\": [1]}", message: "the value of 'setup_key' must be a string"),
    ]

    /// Each is refused with a message naming what was wrong (the CLI prints it as
    /// `{"status": "error", "error": …}` and exits 2).
    @Test(arguments: badInputs)
    func badInputIsRefusedWithAMessage(_ c: BadInput) {
        do {
            let object = try Self.diagnose(tree: c.tree, facts: c.facts, json: c.json)
            Issue.record("accepted: \(object.status)")
        } catch {
            #expect(error is InputError || error is KnowledgeError, "\(type(of: error))")
            #expect("\(error)".contains(c.message), "\(error)")
        }
    }

    /// A secret given as `--fact` is taken (the CLI warns on standard error) and never shown.
    @Test func aSecretGivenAsAFactIsTakenAndMasked() throws {
        #expect(SecretPolicy(knowledge: Fixture.compiled).isSecret("setup_key"))
        let diagnosis = try Self.diagnose(tree: "setup-key-invalid", facts: ["setup_key=ABCDEFGHIJKLMNOP"])
        #expect(diagnosis.status != "error")
        #expect(!WireEncoder().string(diagnosis).contains("ABCDEFGHIJKLMNOP"))
    }
}

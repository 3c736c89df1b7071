import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Service

/// The one probe loop, answers, back and undo, and the protocol object built from them.
@Suite struct DiagnosisDriverTests {
    /// The bundled knowledge with a network probe that says "on campus" and counts its runs.
    final class Counter: @unchecked Sendable { var runs = 0 }

    func knowledge(probeSays value: Bool?, counter: Counter) -> LoadedKnowledge {
        var registry = Fixture.knowledge.derivations
        registry.register(probe: "network") {
            counter.runs += 1
            return value.map { ProbeReading(value: .bool($0), how: "SSID OMUNET-1X") }
        }
        return Fixture.knowledge.with(derivations: registry)
    }

    func session() -> Session {
        var s = Session(tree: "two-factor-test-fails")
        s.record("outside_organisation", .bool(false), source: .given)
        s.record("otp_screen_shown", .bool(false), source: .given)
        return s
    }

    @Test func probesRunOnceAndAreRecorded() {
        let counter = Counter()
        var driver = DiagnosisDriver(knowledge: knowledge(probeSays: true, counter: counter), session: session(), allowProbes: true)
        let next = driver.next()
        #expect(counter.runs == 1)
        #expect(next.readings.map(\.how) == ["SSID OMUNET-1X"])
        #expect(driver.session.entries.last?.source == .probed)
        guard case .question(let q) = next.result.status else { Issue.record("expected the step"); return }
        #expect(q.kind == .outcome && q.key == "two-factor-test-fails/disconnect")
        _ = driver.next()
        #expect(counter.runs == 1, "a probed fact is not probed again")
    }

    @Test func aProbeThatCannotTellLeadsToTheQuestion() {
        let counter = Counter()
        var driver = DiagnosisDriver(knowledge: knowledge(probeSays: nil, counter: counter), session: session(), allowProbes: true)
        guard case .question(let q) = driver.next().result.status else { Issue.record("expected a question"); return }
        #expect(counter.runs == 1)
        #expect(driver.session.probed.contains("on_campus_network"))
        #expect(q.key == "client_ip" || q.key == "on_campus_network" || q.forFact == "on_campus_network")
    }

    @Test func probesOffAsksInstead() {
        let counter = Counter()
        var driver = DiagnosisDriver(knowledge: knowledge(probeSays: true, counter: counter), session: session(), allowProbes: false)
        _ = driver.next()
        #expect(counter.runs == 0)
    }

    @Test func answersBackAndUndo() throws {
        var driver = DiagnosisDriver(knowledge: Fixture.knowledge, session: Session(tree: "start"), allowProbes: false)
        guard case .question(let first) = driver.next().result.status else { Issue.record("no question"); return }
        #expect(driver.answer("2", to: first) == .value(.bool(false), note: nil))
        guard case .question(let second) = driver.next().result.status else { Issue.record("no second question"); return }
        #expect(second.key != first.key)
        #expect(driver.answer("99", to: second) == .invalid(Words.numberRange(second.choices.count + 1)))
        #expect(driver.history.count == 1)
        let undone = driver.undo()
        #expect(undone && driver.history.isEmpty)
        let undoneAgain = driver.undo()
        #expect(!undoneAgain)
        driver.answer("1", to: first)
        let tooFar = driver.back(to: 2), toFirst = driver.back(to: 1)
        #expect(!tooFar && toFirst)
        #expect(driver.history.isEmpty)
    }

    @Test func theProtocolObject() throws {
        var session = Session(tree: "setup-key-invalid")
        session.record("setup_key", .text(" JBSWY3DPEHPK3PXP"), source: .given)
        var driver = DiagnosisDriver(knowledge: Fixture.knowledge, session: session, allowProbes: false)
        let object = WireBuilder(knowledge: Fixture.compiled, language: .en).diagnosis(driver.next().result, start: "setup-key-invalid")
        #expect(object.version == 1)
        #expect(object.status == "question")
        #expect(object.question?.kind == "outcome")
        #expect(object.question?.prompt == Words.didItHelp.en)
        #expect(object.facts["setup_key"]?.value == .text("•••"))
        #expect(object.facts["setup_key_has_surrounding_space"]?.source == "derived")
        let json = WireEncoder().string(object)
        #expect(!json.contains("JBSWY3DPEHPK3PXP"))
        #expect(json.hasPrefix("{") && !json.contains("\n"))
        // Keys are sorted, so the same call prints the same bytes.
        #expect(json == WireEncoder().string(object))
        let round = try JSONDecoder().decode(DiagnosisObject.self, from: Data(json.utf8))
        #expect(round.question == object.question)
    }

    @Test func japaneseIsWrittenAsText() {
        var driver = DiagnosisDriver(knowledge: Fixture.knowledge, session: Session(tree: "start"), allowProbes: false)
        let json = WireEncoder().string(WireBuilder(knowledge: Fixture.compiled, language: .ja).diagnosis(driver.next().result, start: "start"))
        #expect(json.contains("利用開始手続き"))
        #expect(!json.contains("\\u"))
        #expect(json.contains("\"choices\":[{"))
        #expect(json.contains("\"instruction\":null"))
    }

    @Test func conclusionsCarryTheContactCategory() throws {
        var session = Session(tree: "setup-key-invalid")
        let reader = AnswerReader(knowledge: Fixture.compiled)
        for (k, v) in [("setup_key_has_surrounding_space", "true"), ("setup-key-invalid/remove-space", "no"), ("activation_done", "true")] {
            session.record(k, try reader.value(key: k, text: v), source: .given)
        }
        var driver = DiagnosisDriver(knowledge: Fixture.knowledge, session: session, allowProbes: false)
        let object = WireBuilder(knowledge: Fixture.compiled, language: .ja).diagnosis(driver.next().result, start: "setup-key-invalid")
        #expect(object.status == "conclusion")
        #expect(object.conclusion?.kind == "escalation")
        #expect(object.conclusion?.contactCategory?.label == "利用者ID(OMUID)・パスワードについて")
        #expect(object.shown == ["setup-key-invalid/remove-space"])
        #expect(object.trace.first?.source == "given")
    }

    @Test func placeholdersAreFilledFromWhatIsKnown() {
        var session = Session(tree: "login-fails")
        session.record("omuid", .text("ＡＢ１２３４５"), source: .given)
        var driver = DiagnosisDriver(knowledge: Fixture.knowledge, session: session, allowProbes: false)
        guard case .question(let q) = driver.next().result.status else { Issue.record("no step"); return }
        #expect(q.instruction?.ja?.contains("「ＡＢ１２３４５」") == true)
        #expect(q.instruction?.en?.contains("{omuid}") == false)
    }

    @Test func stepsGivenUpFrontAreTracedAsGiven() throws {
        var session = Session(tree: "password-change-pending")
        session.record("pending_minutes", .number(2), source: .given)
        session.record("password-change-pending/wait", .bool(true), source: .given)
        let result = Fixture.knowledge.engine(allowProbes: false).step(session)
        #expect(result.trace.first { $0.action == .stepped }?.source == .given)
    }

    @Test func theSecretPolicyDecidesOnce() {
        let policy = SecretPolicy(knowledge: Fixture.compiled)
        #expect(policy.isSecret("setup_key") && policy.isSecret("new_password"))
        #expect(!policy.isSecret("setup_key_has_surrounding_space") && !policy.isSecret("code-expired/not-yet"))
        var s = Session(tree: "setup-key-invalid")
        s.record("setup_key", .text("K"), source: .given)
        s.record("activation_done", .bool(true), source: .given)
        #expect(s.persistable(in: Fixture.compiled).entries.map(\.key) == ["activation_done"])
        #expect(policy.shown("setup_key", .text("K")) == .text("•••"))
    }

    @Test func transcriptsMaskSecretsAndNeutraliseText() {
        var session = Session(tree: "setup-key-invalid")
        session.record("setup_key", .text(" SECRETKEYJBSWY3D"), source: .given)
        let result = Fixture.knowledge.engine(allowProbes: false).step(session)
        let md = Transcript(knowledge: Fixture.compiled, language: .en).markdown(session: session, result: result)
        #expect(md.hasPrefix("# helpdesk diagnosis"))
        #expect(!md.contains("SECRETKEYJBSWY3D"))
        #expect(md.contains("•••"))
    }
}

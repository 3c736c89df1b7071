import Domain
import KnowledgeBase
import Testing

@Suite struct DomainRegistryTests {
    static let registry = DomainRegistry.make(
        site: Fixtures.siteWithCampus, probe: NetworkProbe(runner: FakeRunner([:]), addresses: { [] }, platform: .linux))

    static func derive(_ name: String, _ facts: KnownFacts) -> FactValue? {
        registry.derivations[name]?(facts)
    }

    @Test func everyPublishedNameIsRegistered() {
        #expect(Set(Self.registry.derivations.keys) == Set(DomainNames.derivations))
        #expect(Set(Self.registry.probes.keys) == Set(DomainNames.probes))
        #expect(Self.registry.names == DomainNames.registered)
    }

    @Test func everyDerivationAndProbeTheKnowledgeNamesIsRegistered() {
        let facts = Fixtures.knowledge.facts
        #expect(!facts.isEmpty)
        for fact in facts {
            if let name = fact.derive, !RegisteredNames.builtIn.contains(name) { #expect(Self.registry.derivations[name] != nil, "\(fact.id): \(name)") }
            if let name = fact.probe { #expect(Self.registry.probes[name] != nil, "\(fact.id): \(name)") }
        }
    }

    @Test(arguments: DomainNames.derivations)
    func withoutItsInputsADerivationSaysNothing(name: String) {
        #expect(Self.derive(name, [:]) == nil)
        #expect(Self.derive(name, ["activation_done": .bool(true)]) == nil)
    }

    @Test(arguments: [
        ("omu.omuid_findings", ["omuid": .text("AB12345")], .choice("none")),
        ("omu.omuid_findings", ["omuid": .text("ＡＢ１２３４５")], .choice("fullwidth")),
        ("omu.omuid_findings", ["omuid": .text(" AB 1234")], .choice("surrounding_space")),
        ("omu.omuid_findings", ["omuid": .text("AB 12345")], .choice("inner_space")),
        ("omu.omuid_findings", ["omuid": .text("nope")], .choice("unknown_pattern")),
        ("omu.password_findings", ["new_password": .text("Passw0rd"), "new_password_confirmation": .text("Passw0rd")], .choice("none")),
        ("omu.password_findings", ["new_password": .text("Passw0rd"), "new_password_confirmation": .text("Passw0rb")], .choice("confirmation_mismatch")),
        ("omu.password_findings", ["new_password": .text("ｐａｓｓ"), "new_password_confirmation": .text("x")], .choice("fullwidth")),
        ("omu.password_findings", ["new_password": .text("passé"), "new_password_confirmation": .text("passé")], .choice("disallowed_character")),
        ("omu.password_findings", ["new_password": .text("password1"), "new_password_confirmation": .text("password1")], .choice("missing_uppercase")),
        ("omu.password_findings", ["new_password": .text("PASSWORD1"), "new_password_confirmation": .text("PASSWORD1")], .choice("missing_lowercase")),
        ("omu.password_findings", ["new_password": .text("Password"), "new_password_confirmation": .text("Password")], .choice("missing_digit")),
        ("omu.recovery_email_findings", ["recovery_email": .text("taro@gmail.com")], .choice("none")),
        ("omu.recovery_email_findings", ["recovery_email": .text("ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ")], .choice("fullwidth")),
        ("omu.recovery_email_findings", ["recovery_email": .text(" ab@omu.ac.jp")], .choice("surrounding_space")),
        ("omu.recovery_email_findings", ["recovery_email": .text("@omu.ac.jp")], .choice("bad_format")),
        ("omu.recovery_email_findings", ["recovery_email": .text("ab@omu.ac.jp")], .choice("local_part_length")),
        ("omu.recovery_email_findings", ["recovery_email": .text("taro@st.omu.ac.jp")], .choice("university_address")),
        ("omu.setup_key_findings", ["setup_key": .text("JBSW Y3DP")], .choice("none")),
        ("omu.setup_key_findings", ["setup_key": .text("ＪＢＳＷ１ ")], .choice("fullwidth")),
        ("omu.setup_key_findings", ["setup_key": .text(" JBSW1")], .choice("surrounding_space")),
        ("omu.setup_key_findings", ["setup_key": .text("JBSW1")], .choice("not_base32")),
        ("omu.setup_key_has_surrounding_space", ["setup_key": .text(" JBSWY3DP")], .bool(true)),
        ("omu.setup_key_has_surrounding_space", ["setup_key": .text("JBSW Y3DP")], .bool(false)),
        ("omu.code_expired", ["code_age_minutes": .number(6)], .bool(true)),
        ("omu.code_expired", ["code_age_minutes": .number(5)], .bool(true)),
        ("omu.code_expired", ["code_age_minutes": .number(4.9)], .bool(false)),
        ("omu.code_expired", ["code_age_minutes": .text("12")], .bool(true)),
        ("omu.propagation_elapsed", ["pending_minutes": .number(5)], .bool(true)),
        ("omu.propagation_elapsed", ["pending_minutes": .number(2)], .bool(false)),
        ("omu.on_campus_network", ["wifi_ssid": .text("OMUNET-1X")], .bool(true)),
        ("omu.on_campus_network", ["wifi_ssid": .text("Home")], .bool(false)),
        ("omu.on_campus_network", ["client_ip": .text("10.1.2.3")], .bool(true)),
        ("omu.on_campus_network", ["client_ip": .text(" 192.168.1.2 ")], .bool(false)),
        ("omu.on_campus_network", ["client_ip": .text("192.168.1.2"), "wifi_ssid": .text("OMUNET-1X")], .bool(true)),
    ] as [(String, KnownFacts, FactValue)])
    func derivations(name: String, facts: KnownFacts, expected: FactValue) {
        #expect(Self.derive(name, facts) == expected)
    }

    /// The knowledge asks for the confirmation through this derivation (`ask: inputs`), so the
    /// password alone settles nothing.
    @Test func thePasswordFindingsWaitForTheConfirmation() {
        #expect(Self.derive("omu.password_findings", ["new_password": .text("Passw0rd")]) == nil)
        #expect(Self.derive("omu.password_findings", ["new_password_confirmation": .text("Passw0rd")]) == nil)
    }

    @Test func numbersThatAreNotNumbersSettleNothing() {
        #expect(Self.derive("omu.code_expired", ["code_age_minutes": .number(.nan)]) == nil)
        #expect(Self.derive("omu.code_expired", ["code_age_minutes": .text("soon")]) == nil)
        #expect(Self.derive("omu.propagation_elapsed", ["pending_minutes": .bool(true)]) == nil)
    }

    @Test func theCampusNetworkIsUnknownWhenNothingSettlesIt() {
        let plain = DomainRegistry.make(site: Fixtures.site)
        #expect(plain.derivations["omu.on_campus_network"]?(["client_ip": .text("10.1.2.3")]) == nil)
        #expect(Self.derive("omu.on_campus_network", ["client_ip": .text("not an address")]) == nil)
        #expect(Self.derive("omu.on_campus_network", ["wifi_ssid": .text("")]) == nil)
    }

    @Test func theProbeSaysNothingWhenItCannotTell() {
        #expect(Self.registry.probes["network"]?() == nil)
    }

    /// Every value a `*_findings` derivation can give is a value of its fact in `facts.yaml`.
    @Test(arguments: [
        ("omuid_findings", "omuid"), ("password_findings", "password"),
        ("recovery_email_findings", "recovery-email"), ("setup_key_findings", "setup-key"),
    ])
    func theFindingFactsListEveryCode(factID: String, check: String) throws {
        let fact = try #require(Fixtures.knowledge.fact(factID))
        let codes = try #require(DomainNames.findingCodes.first { $0.key == check }?.value)
        #expect(fact.values.map(\.id) == ["none"] + codes)
    }
}

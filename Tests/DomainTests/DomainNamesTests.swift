import Domain
import KnowledgeBase
import Testing

/// The names the knowledge may use are a public interface: none may be renamed or dropped.
@Suite struct DomainNamesTests {
    @Test func derivationNamesAreThePublishedOnes() {
        #expect(DomainNames.derivations == [
            "omu.omuid_findings",
            "omu.password_findings",
            "omu.recovery_email_findings",
            "omu.setup_key_findings",
            "omu.setup_key_has_surrounding_space",
            "omu.code_expired",
            "omu.propagation_elapsed",
            "omu.on_campus_network",
        ])
        #expect(DomainNames.probes == ["network"])
        // The registered names are the domain's and the engine's own (`messages`).
        #expect(DomainNames.registered.derivations == Set(DomainNames.derivations).union(RegisteredNames.builtIn))
    }
}

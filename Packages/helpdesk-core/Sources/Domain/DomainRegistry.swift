import Foundation
import KnowledgeBase

/// Registers every derivation and probe of `DomainNames` against one site's data, so the engine
/// can run `derive: omu.…` and `probe: network` without knowing the domain. The site data is read
/// when the registry is made, not when helpdesk was built.
public enum DomainRegistry {
    /// - Parameters:
    ///   - site: the site data the checks use.
    ///   - language: the language of the probe's explanation (`ProbeReading.how`).
    ///   - probe: how the `network` probe reads the machine.
    public static func make(site: SiteData, language: Language = .ja, probe: NetworkProbe = NetworkProbe()) -> DerivationRegistry {
        var registry = DerivationRegistry()
        registry.register(derivation: "omu.omuid_findings") { facts in
            text(facts["omuid"]).map { OMUIDCheck.check($0, site: site).choice }
        }
        // Both inputs are needed: with `ask: inputs` the engine asks for whichever is missing, so
        // answering only the password must not settle the findings before the confirmation is asked.
        registry.register(derivation: "omu.password_findings") { facts in
            guard let password = text(facts["new_password"]), let confirmation = text(facts["new_password_confirmation"]) else {
                return nil
            }
            return PasswordCheck.check(password, confirmation: confirmation, site: site).choice
        }
        registry.register(derivation: "omu.recovery_email_findings") { facts in
            text(facts["recovery_email"]).map { RecoveryEmailCheck.check($0, site: site).choice }
        }
        registry.register(derivation: "omu.setup_key_findings") { facts in
            text(facts["setup_key"]).map { SetupKeyCheck.check($0, site: site).choice }
        }
        registry.register(derivation: "omu.setup_key_has_surrounding_space") { facts in
            text(facts["setup_key"]).map { .bool(SetupKeyCheck.check($0, site: site).hasSurroundingSpace) }
        }
        registry.register(derivation: "omu.code_expired") { facts in
            number(facts["code_age_minutes"]).map { .bool(CodeAgeCheck.check(minutes: $0, site: site).expired) }
        }
        registry.register(derivation: "omu.propagation_elapsed") { facts in
            number(facts["pending_minutes"]).map { .bool(PropagationWait.elapsed(minutes: $0, site: site)) }
        }
        registry.register(derivation: "omu.on_campus_network") { facts in
            let addresses = text(facts["client_ip"]).flatMap { IPAddress(TypedText($0).trimmed) }.map { [$0] } ?? []
            let ssid = text(facts["wifi_ssid"])
            return NetworkCheck.check(addresses: addresses, ssid: ssid, site: site).onCampus.map(FactValue.bool)
        }
        registry.register(probe: "network") {
            probe.reading(site: site, language: language)
        }
        return registry
    }

    /// A text (or secret) fact's value.
    static func text(_ value: FactValue?) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }

    /// A number fact's value; a number given as text is read too. Not-a-number and infinity are not numbers.
    static func number(_ value: FactValue?) -> Double? {
        switch value {
        case .number(let number): return number.isFinite ? number : nil
        case .text(let text):
            guard let number = Double(TypedText(text).trimmed), number.isFinite else { return nil }
            return number
        default: return nil
        }
    }
}

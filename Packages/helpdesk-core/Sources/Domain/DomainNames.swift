import KnowledgeBase

/// The derivation and probe names this module registers, which the knowledge may name in
/// `facts.yaml` (`derive:`, `probe:`). The linter rejects any other name.
public enum DomainNames {
    public static let derivations: [String] = [
        "omu.omuid_findings",
        "omu.password_findings",
        "omu.recovery_email_findings",
        "omu.setup_key_findings",
        "omu.setup_key_has_surrounding_space",
        "omu.code_expired",
        "omu.propagation_elapsed",
        "omu.on_campus_network",
    ]

    public static let probes: [String] = ["network"]

    public static var registered: RegisteredNames {
        RegisteredNames(derivations: Set(derivations), probes: Set(probes))
    }
}

extension DomainNames {
    /// The domain checks and their finding codes, in the knowledge index's order (check names as
    /// `helpdesk check` takes them). None may be renamed or dropped.
    public static let findingCodes: KeyValuePairs<String, [String]> = [
        "omuid": OMUIDCheck.Code.allCases.map(\.rawValue),
        "password": PasswordCheck.Code.allCases.map(\.rawValue),
        "recovery-email": RecoveryEmailCheck.Code.allCases.map(\.rawValue),
        "setup-key": SetupKeyCheck.Code.allCases.map(\.rawValue),
        "otp": OneTimePasswordCheck.Code.allCases.map(\.rawValue),
        "code-age": CodeAgeCheck.Code.allCases.map(\.rawValue),
        "network": NetworkCheck.Code.allCases.map(\.rawValue),
    ]
}

import Domain
import KnowledgeBase

/// What one `check` found, in one language: the findings and the details of the check. In JSON:
/// `{"version", "check", "ok", "findings": [{"code", "message"}], …details}`.
public struct CheckResult: Report, Equatable {
    public struct FindingObject: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
    }

    public var version = wireVersion
    public var check: String
    public var ok: Bool { findings.isEmpty }
    public var findings: [FindingObject]
    /// The OMUID form matched.
    public var pattern: Int?
    public var label: String?
    /// The code age.
    public var minutes: Double?
    public var validityMinutes: Double?
    public var expired: Bool?
    /// The network: how it was told (`probe` or `given`), the verdict and its evidence.
    public var source: String?
    public var onCampus: Bool?
    public var how: String?
    /// The password: whether the confirmation was compared.
    public var confirmationChecked: Bool?
    /// Lines for people after the verdict (not in JSON).
    public var notes: [String] = []

    public init(check: String, findings: [Finding], language: Language) {
        self.check = check
        self.language = language
        self.findings = findings.map { FindingObject(code: $0.code, message: $0.message.text(language)) }
    }

    enum CodingKeys: String, CodingKey {
        case version, check, ok, findings, pattern, label, minutes, source, how, expired
        case validityMinutes = "validity_minutes"
        case onCampus = "on_campus"
        case confirmationChecked = "confirmation_checked"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(check, forKey: .check)
        try c.encode(ok, forKey: .ok)
        try c.encode(findings, forKey: .findings)
        try c.encodeIfPresent(pattern, forKey: .pattern)
        try c.encodeIfPresent(label, forKey: .label)
        try c.encodeIfPresent(minutes, forKey: .minutes)
        try c.encodeIfPresent(validityMinutes, forKey: .validityMinutes)
        try c.encodeIfPresent(expired, forKey: .expired)
        try c.encodeIfPresent(source, forKey: .source)
        // The network's verdict is always there: null when it cannot tell.
        if check == "network" { try c.encode(onCampus, forKey: .onCampus) }
        try c.encodeIfPresent(how, forKey: .how)
        try c.encodeIfPresent(confirmationChecked, forKey: .confirmationChecked)
    }

    public func text(_ style: Styler) -> String {
        var lines: [String] = []
        let language = self.language
        if findings.isEmpty {
            lines.append(style("✓ " + Words.noProblems.text(language), .green))
        } else {
            lines.append(style(Words.problems(findings.count).text(language), .bold))
            for finding in findings {
                lines.append("\(style("✗", .red, .bold)) \(finding.message) \(style("[\(finding.code)]", .dim))")
            }
        }
        lines += notes.map(TerminalText.safe)
        return lines.joined(separator: "\n")
    }

    /// The language the result was made in, for the text report.
    public var language: Language
}

import KnowledgeBase

/// One problem a check found: a finding code from the knowledge index (a public interface that
/// other programs compare) and a message, in Japanese and English, that says what is wrong and
/// what to do about it.
public struct Finding: Sendable, Hashable {
    public let code: String
    public let message: LocalizedText

    public init(code: String, message: LocalizedText) {
        self.code = code
        self.message = message
    }
}

/// A check's finding codes, declared in the order the knowledge index lists them. That order
/// decides which finding a `*_findings` derivation reports first.
public protocol FindingCode: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension FindingCode {
    /// The codes of `found`, in index order, each with its message.
    static func findings(_ found: Set<Self>, message: (Self) -> LocalizedText) -> [Finding] {
        allCases.filter(found.contains).map { Finding(code: $0.rawValue, message: message($0)) }
    }
}

/// What any check reports: its findings, in the index's order.
public protocol CheckReport: Sendable {
    var findings: [Finding] { get }
}

extension CheckReport {
    /// True when nothing is wrong.
    public var isClean: Bool { findings.isEmpty }

    /// The codes found, in index order.
    public var codes: [String] { findings.map(\.code) }

    /// The value of the check's `*_findings` fact: the first finding's code, or `none`.
    public var choice: FactValue { .choice(findings.first?.code ?? "none") }
}

import YAML

/// Everything a site might change, kept in `site.yaml` rather than in code.
public struct SiteData: Sendable {
    /// The OMUID forms, in the order the page gives them (pattern 1, 2, 3).
    public var omuidPatterns: [OMUIDPattern]
    /// Characters a password may contain, as inclusive Unicode scalar ranges; empty when the
    /// site has not listed them (then none is reported as disallowed).
    public var passwordAllowed: [ClosedRange<UInt32>]
    public var recoveryLocalPartMin: Int
    public var recoveryLocalPartMax: Int
    /// Mail domains the university issues (sub-domains included).
    public var universityDomains: [String]
    /// Campus networks as CIDR ranges, IPv4 or IPv6.
    public var campusNetworks: [String]
    /// Wi-Fi names of the campus network.
    public var omunetSSIDs: [String]
    /// Any Wi-Fi name starting with one of these is a campus network.
    public var omunetPrefixes: [String]
    /// Minutes a confirmation code (確認コード) stays valid.
    public var codeValidityMinutes: Double
    /// Minutes a password change takes to show as changed.
    public var propagationMinutes: Double
    /// The tree a walk falls back to when a tree runs out of help.
    public var fallbackTree: String
    public var links: [String: Link]
    public var contactForm: String?
    public var contactCategories: [String: ContactCategory]
    public var sources: [String: SourcePage]
    public var file: String?
    /// Where `fallback_tree` and the contact `form` are written, for diagnostics.
    public var fallbackTreeMark: Mark?
    public var contactFormMark: Mark?

    public init(
        omuidPatterns: [OMUIDPattern] = [], passwordAllowed: [ClosedRange<UInt32>] = [],
        recoveryLocalPartMin: Int = 3, recoveryLocalPartMax: Int = 30, universityDomains: [String] = ["omu.ac.jp"],
        campusNetworks: [String] = [], omunetSSIDs: [String] = ["OMUNET-1X"], omunetPrefixes: [String] = ["OMUNET"],
        codeValidityMinutes: Double = 5, propagationMinutes: Double = 5, fallbackTree: String = "contact-helpdesk",
        links: [String: Link] = [:], contactForm: String? = nil, contactCategories: [String: ContactCategory] = [:],
        sources: [String: SourcePage] = [:], file: String? = nil
    ) {
        self.omuidPatterns = omuidPatterns
        self.passwordAllowed = passwordAllowed
        self.recoveryLocalPartMin = recoveryLocalPartMin
        self.recoveryLocalPartMax = recoveryLocalPartMax
        self.universityDomains = universityDomains
        self.campusNetworks = campusNetworks
        self.omunetSSIDs = omunetSSIDs
        self.omunetPrefixes = omunetPrefixes
        self.codeValidityMinutes = codeValidityMinutes
        self.propagationMinutes = propagationMinutes
        self.fallbackTree = fallbackTree
        self.links = links
        self.contactForm = contactForm
        self.contactCategories = contactCategories
        self.sources = sources
        self.file = file
    }
}

/// One OMUID form: a regular expression over the normalised ID and a label for people.
public struct OMUIDPattern: Sendable, Hashable {
    public var regex: String
    public var label: LocalizedText
    public var mark: Mark?

    public init(regex: String, label: LocalizedText, mark: Mark? = nil) {
        self.regex = regex
        self.label = label
        self.mark = mark
    }
}

/// A page the knowledge points people to. The source pages name some pages without giving
/// their address; those have no `url`.
public struct Link: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var url: String?
    public var mark: Mark?

    public init(id: String, title: LocalizedText, url: String? = nil, mark: Mark? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.mark = mark
    }
}

/// A category of the helpdesk's inquiry form (「7.お問い合わせの種類」), and where the page says
/// so, the question to pick (「8.質問内容」).
public struct ContactCategory: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var question: LocalizedText?
    public var mark: Mark?

    public init(id: String, label: LocalizedText, question: LocalizedText? = nil, mark: Mark? = nil) {
        self.id = id
        self.label = label
        self.question = question
        self.mark = mark
    }
}

/// A FAQ page the knowledge comes from: a title and, where known, its address.
public typealias SourcePage = Link

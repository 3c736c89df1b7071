import YAML

/// Site data that the domain checks could not use: a bad OMUID regex or campus network.
public struct SiteDataRule: LintRule {
    public static let name = "site-data"
    public static let summary = "an OMUID pattern that is not a valid regular expression, or a campus network that is not CIDR"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        let site = input.knowledge.site
        var found: [Diagnostic] = []
        for pattern in site.omuidPatterns where (try? Regex(pattern.regex)) == nil {
            found.append(diagnose("'\(pattern.regex)' is not a valid regular expression", at: pattern.mark))
        }
        let mark = site.file.map { Mark(file: $0, line: 1, column: 1) }
        for network in site.campusNetworks where CIDR(network) == nil {
            found.append(diagnose("'\(network)' is not a network in CIDR form (192.0.2.0/24, 2001:db8::/32)", at: mark))
        }
        if site.recoveryLocalPartMin > site.recoveryLocalPartMax {
            found.append(diagnose("recovery_email: local_part_min is above local_part_max", at: mark))
        }
        return found
    }
}

import YAML

/// Decodes `site.yaml`: the data a site may change without a rebuild.
enum SiteDecoder {
    static let keys = [
        "omuid_patterns", "password", "recovery_email", "university_domains", "network", "times",
        "fallback_tree", "links", "contact", "sources",
    ]

    /// The keys of each nested mapping, by the top-level key (or `parent.child`) that holds it.
    static let nestedKeys: [String: [String]] = [
        "omuid_patterns": ["regex", "label"],
        "password": ["allowed"],
        "recovery_email": ["local_part_min", "local_part_max"],
        "network": ["campus_networks", "omunet_ssids", "omunet_prefixes"],
        "times": ["code_validity_minutes", "propagation_minutes"],
        "links": ["title", "url"],
        "contact": ["form", "categories"],
        "contact.categories": ["label", "question"],
        "sources": ["title", "url"],
    ]

    static func decode(_ root: Node, file: String, sink: DiagnosticSink) -> SiteData {
        var site = SiteData(file: file)
        guard let r = MappingReader(root, known: keys, what: "site data", sink: sink) else { return site }
        if let list = r.value("omuid_patterns", required: true) {
            site.omuidPatterns = (list.sequence.map(Array.init) ?? []).compactMap { item in
                guard let p = MappingReader(item, known: nestedKeys["omuid_patterns"]!, what: "an OMUID pattern", sink: sink),
                    let regex = p.string("regex", required: true), let label = p.text("label", required: true)
                else { return nil }
                return OMUIDPattern(regex: regex, label: label, mark: item.mark)
            }
            if list.sequence == nil { sink.error("'omuid_patterns' must be a list", at: list.mark, rule: "type") }
        }
        if let node = r.value("password"), let p = MappingReader(node, known: nestedKeys["password"]!, what: "'password'", sink: sink) {
            let ranges = p.references("allowed").compactMap { ref -> ClosedRange<UInt32>? in
                guard let range = parseRange(ref.name) else {
                    sink.error("'\(ref.name)' is not a character range like U+0020-U+007E", at: ref.mark, rule: "type")
                    return nil
                }
                return range
            }
            if !ranges.isEmpty { site.passwordAllowed = ranges }
        }
        if let node = r.value("recovery_email"),
            let p = MappingReader(node, known: nestedKeys["recovery_email"]!, what: "'recovery_email'", sink: sink)
        {
            site.recoveryLocalPartMin = p.integer("local_part_min") ?? site.recoveryLocalPartMin
            site.recoveryLocalPartMax = p.integer("local_part_max") ?? site.recoveryLocalPartMax
        }
        if r.has("university_domains") { site.universityDomains = r.strings("university_domains") }
        if let node = r.value("network"),
            let p = MappingReader(node, known: nestedKeys["network"]!, what: "'network'", sink: sink)
        {
            site.campusNetworks = p.strings("campus_networks")
            if p.has("omunet_ssids") { site.omunetSSIDs = p.strings("omunet_ssids") }
            if p.has("omunet_prefixes") { site.omunetPrefixes = p.strings("omunet_prefixes") }
        }
        if let node = r.value("times"),
            let p = MappingReader(node, known: nestedKeys["times"]!, what: "'times'", sink: sink)
        {
            site.codeValidityMinutes = p.number("code_validity_minutes") ?? site.codeValidityMinutes
            site.propagationMinutes = p.number("propagation_minutes") ?? site.propagationMinutes
        }
        if let fallback = r.reference("fallback_tree") {
            site.fallbackTree = fallback.name
            site.fallbackTreeMark = fallback.mark
        }
        for entry in r.entries("links") {
            guard let p = MappingReader(entry.value, known: nestedKeys["links"]!, what: "link '\(entry.name)'", sink: sink),
                let title = p.text("title", required: true)
            else { continue }
            site.links[entry.name] = Link(id: entry.name, title: title, url: p.string("url"), mark: entry.key.mark)
        }
        if let node = r.value("contact"), let p = MappingReader(node, known: nestedKeys["contact"]!, what: "'contact'", sink: sink) {
            if let form = p.reference("form") {
                site.contactForm = form.name
                site.contactFormMark = form.mark
            }
            for entry in p.entries("categories") {
                guard let c = MappingReader(entry.value, known: nestedKeys["contact.categories"]!, what: "category '\(entry.name)'", sink: sink),
                    let label = c.text("label", required: true)
                else { continue }
                site.contactCategories[entry.name] = ContactCategory(
                    id: entry.name, label: label, question: c.text("question"), mark: entry.key.mark)
            }
        }
        for entry in r.entries("sources") {
            guard let p = MappingReader(entry.value, known: nestedKeys["sources"]!, what: "source page '\(entry.name)'", sink: sink),
                let title = p.text("title", required: true)
            else { continue }
            site.sources[entry.name] = SourcePage(id: entry.name, title: title, url: p.string("url"), mark: entry.key.mark)
        }
        return site
    }

    /// `U+0020-U+007E` or a single `U+0041`.
    static func parseRange(_ text: String) -> ClosedRange<UInt32>? {
        func scalar(_ s: Substring) -> UInt32? {
            let t = s.trimmingPrefix("U+")
            guard t.count >= 2, t.count <= 6 else { return nil }
            return UInt32(t, radix: 16)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return scalar(parts[0]).map { $0...$0 }
        case 2:
            guard let lo = scalar(parts[0]), let hi = scalar(parts[1]), lo <= hi else { return nil }
            return lo...hi
        default: return nil
        }
    }
}

import KnowledgeBase

/// Decides whether a device is on the campus network, from its addresses and/or its Wi-Fi name.
/// On the campus network the one-time password screen does not appear.
///
/// - An address settles it when the site lists campus networks: inside one is on campus,
///   outside all is off campus. With no campus networks in the site data an address says nothing.
/// - A Wi-Fi name settles it: one of `site.omunetSSIDs`, or starting with one of
///   `site.omunetPrefixes`, is on campus (compared after NFKC and trimming, ignoring case);
///   any other name is off campus.
/// - On campus if either says so; off campus if either says so and neither says on; else unknown.
public enum NetworkCheck {
    /// The `network` codes of the knowledge index.
    public enum Code: String, FindingCode {
        case onCampus = "on_campus"
    }

    public static func check(addresses: [IPAddress] = [], ssid: String? = nil, site: SiteData) -> NetworkReport {
        var evidence: [NetworkEvidence] = []
        if let ssid = ssid.map({ TypedText($0).trimmed }), !ssid.isEmpty {
            evidence.append(.wifi(name: ssid, omunet: isOMUNET(ssid, site: site)))
        }
        if !addresses.isEmpty {
            let networks = site.campusNetworks.compactMap(CIDR.init)
            if networks.isEmpty {
                evidence.append(.noCampusNetworks(addresses))
            } else if let match = firstMatch(addresses, networks) {
                evidence.append(.addressInside(match.address, match.network))
            } else {
                evidence.append(.addressesOutside(addresses))
            }
        }
        let verdicts = evidence.compactMap(\.onCampus)
        let onCampus: Bool? = verdicts.contains(true) ? true : (verdicts.contains(false) ? false : nil)
        let found: Set<Code> = onCampus == true ? [.onCampus] : []
        return NetworkReport(
            findings: Code.findings(found) { _ in onCampusMessage }, onCampus: onCampus, evidence: evidence)
    }

    /// The Wi-Fi name is an OMUNET network.
    public static func isOMUNET(_ ssid: String, site: SiteData) -> Bool {
        let name = TypedText(ssid).trimmed.lowercased()
        guard !name.isEmpty else { return false }
        return site.omunetSSIDs.contains { $0.lowercased() == name }
            || site.omunetPrefixes.contains { !$0.isEmpty && name.hasPrefix($0.lowercased()) }
    }

    static func firstMatch(_ addresses: [IPAddress], _ networks: [CIDR]) -> (address: IPAddress, network: CIDR)? {
        for address in addresses {
            if let network = networks.first(where: { $0.contains(address) }) { return (address, network) }
        }
        return nil
    }

    static let onCampusMessage = LocalizedText(
        ja: "学内のネットワーク(OMUNET-1XなどのOMUNET Wi-Fi)に接続されています。学内ネットワークに接続していると、ワンタイムパスワード入力画面が表示されません。現在接続している学内ネットワークを切断して、再度お試しください。",
        en: "You are connected to the university network (OMUNET-1X or another OMUNET Wi-Fi). On the university network the one-time password screen does not appear. Disconnect from the university network and try again.")
}

/// One thing that bears on whether a device is on campus.
public enum NetworkEvidence: Sendable, Hashable {
    /// A Wi-Fi name, and whether it is an OMUNET network.
    case wifi(name: String, omunet: Bool)
    /// An address inside a campus network.
    case addressInside(IPAddress, CIDR)
    /// Addresses outside every campus network.
    case addressesOutside([IPAddress])
    /// Addresses, but no campus networks in the site data to compare them with.
    case noCampusNetworks([IPAddress])

    /// What this evidence says: on campus, off campus, or nothing.
    public var onCampus: Bool? {
        switch self {
        case .wifi(_, let omunet): return omunet
        case .addressInside: return true
        case .addressesOutside: return false
        case .noCampusNetworks: return nil
        }
    }

    public var explanation: LocalizedText {
        switch self {
        case .wifi(let name, true):
            return LocalizedText(ja: "Wi-Fi名「\(name)」は学内のOMUNETです。", en: "The Wi-Fi name “\(name)” is a campus OMUNET network.")
        case .wifi(let name, false):
            return LocalizedText(ja: "Wi-Fi名「\(name)」はOMUNETではありません。", en: "The Wi-Fi name “\(name)” is not an OMUNET network.")
        case .addressInside(let address, let network):
            return LocalizedText(
                ja: "アドレス \(address) は学内ネットワーク \(network) の中です。",
                en: "The address \(address) is inside the campus network \(network).")
        case .addressesOutside(let addresses):
            let list = addresses.map(\.text).joined(separator: ", ")
            return LocalizedText(
                ja: "アドレス \(list) はどの学内ネットワークにも含まれません。",
                en: "The address\(addresses.count == 1 ? "" : "es") \(list) \(addresses.count == 1 ? "is" : "are") in no campus network.")
        case .noCampusNetworks(let addresses):
            let list = addresses.map(\.text).joined(separator: ", ")
            return LocalizedText(
                ja: "サイトデータに学内ネットワークのアドレス範囲がないため、アドレス \(list) からは判断できません。",
                en: "The site data lists no campus networks, so the address\(addresses.count == 1 ? "" : "es") \(list) cannot tell.")
        }
    }
}

/// What `NetworkCheck` decided: `onCampus` is nil when nothing given settles it.
public struct NetworkReport: CheckReport {
    public let findings: [Finding]
    public let onCampus: Bool?
    public let evidence: [NetworkEvidence]

    /// How it was decided, in one paragraph.
    public var how: LocalizedText {
        guard !evidence.isEmpty else {
            return LocalizedText(
                ja: "Wi-Fi名もアドレスもないため判断できません。", en: "Neither a Wi-Fi name nor an address was given, so it cannot tell.")
        }
        let parts = evidence.map(\.explanation)
        return LocalizedText(
            ja: parts.map { $0.text(.ja) }.joined(), en: parts.map { $0.text(.en) }.joined(separator: " "))
    }
}

import Domain
import KnowledgeBase
import Testing

@Suite struct NetworkCheckTests {
    static func ip(_ text: String) -> IPAddress { IPAddress(text)! }

    @Test(arguments: [
        ("OMUNET-1X", true), ("omunet-1x", true), (" OMUNET-1X ", true), ("OMUNET-Guest", true),
        ("ＯＭＵＮＥＴ－１Ｘ", true), ("eduroam", false), ("Home-WiFi", false), ("MY-OMUNET", false),
    ])
    func aWiFiNameSettlesIt(ssid: String, onCampus: Bool) {
        let report = NetworkCheck.check(ssid: ssid, site: Fixtures.site)
        #expect(report.onCampus == onCampus)
        #expect(report.codes == (onCampus ? ["on_campus"] : []))
    }

    @Test(arguments: [
        ("10.1.2.3", true), ("10.255.255.255", true), ("11.0.0.1", false), ("192.168.1.10", false),
        ("2001:db8::1", true), ("2001:db9::1", false), ("fe80::1%eth0", false),
    ])
    func anAddressSettlesItWhenTheSiteListsCampusNetworks(address: String, onCampus: Bool) {
        let report = NetworkCheck.check(addresses: [Self.ip(address)], site: Fixtures.siteWithCampus)
        #expect(report.onCampus == onCampus)
        #expect(report.codes == (onCampus ? ["on_campus"] : []))
    }

    @Test func anAddressSaysNothingWithoutCampusNetworks() {
        #expect(Fixtures.site.campusNetworks.isEmpty)
        let report = NetworkCheck.check(addresses: [Self.ip("10.1.2.3")], site: Fixtures.site)
        #expect(report.onCampus == nil)
        #expect(report.isClean)
        #expect(report.how.text(.en).contains("lists no campus networks"))
    }

    @Test(arguments: [
        ("10.1.2.3", "eduroam", true as Bool?),
        ("192.168.1.2", "OMUNET-1X", true),
        ("192.168.1.2", "Home", false),
        ("192.168.1.2", "", false),
    ])
    func eitherSayingOnCampusIsEnough(address: String, ssid: String, onCampus: Bool?) {
        #expect(NetworkCheck.check(addresses: [Self.ip(address)], ssid: ssid, site: Fixtures.siteWithCampus).onCampus == onCampus)
    }

    @Test func withoutCampusNetworksTheWiFiNameDecides() {
        #expect(NetworkCheck.check(addresses: [Self.ip("10.1.2.3")], ssid: "Home", site: Fixtures.site).onCampus == false)
        #expect(NetworkCheck.check(addresses: [Self.ip("10.1.2.3")], ssid: "OMUNET-1X", site: Fixtures.site).onCampus == true)
    }

    @Test func nothingGivenCannotTell() {
        let report = NetworkCheck.check(site: Fixtures.siteWithCampus)
        #expect(report.onCampus == nil)
        #expect(report.evidence.isEmpty)
        #expect(NetworkCheck.check(ssid: "  ", site: Fixtures.site).onCampus == nil)
    }

    @Test func anyOfSeveralAddressesInsideIsOnCampus() {
        let addresses = [Self.ip("192.168.1.2"), Self.ip("10.9.8.7")]
        let report = NetworkCheck.check(addresses: addresses, site: Fixtures.siteWithCampus)
        #expect(report.onCampus == true)
        #expect(report.evidence == [.addressInside(Self.ip("10.9.8.7"), CIDR("10.0.0.0/8")!)])
    }

    @Test func theHowSaysWhatDecided() {
        let report = NetworkCheck.check(addresses: [Self.ip("10.1.2.3")], ssid: "Home", site: Fixtures.siteWithCampus)
        #expect(report.how.text(.en).contains("10.1.2.3"))
        #expect(report.how.text(.en).contains("10.0.0.0/8"))
        #expect(report.how.text(.ja).contains("「Home」"))
    }

    @Test func theOnCampusMessageIsThePagesAdvice() throws {
        let message = try #require(NetworkCheck.check(ssid: "OMUNET-1X", site: Fixtures.site).findings.first).message
        #expect(message.text(.ja).contains("ワンタイムパスワード入力画面が表示されません"))
        #expect(message.text(.ja).contains("切断して、再度お試しください"))
        #expect(message.text(.en).contains("Disconnect"))
    }

    @Test func theSSIDsAndPrefixesAreSiteData() {
        var site = Fixtures.site
        site.omunetSSIDs = ["CAMPUS"]
        site.omunetPrefixes = []
        #expect(NetworkCheck.check(ssid: "CAMPUS", site: site).onCampus == true)
        #expect(NetworkCheck.check(ssid: "OMUNET-Guest", site: site).onCampus == false)
    }
}

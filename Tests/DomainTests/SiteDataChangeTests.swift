import Domain
import Foundation
import KnowledgeBase
import Testing

/// The checks read the site data when they run: an edited `site.yaml` changes their answers
/// without a new build of helpdesk.
@Suite struct SiteDataChangeTests {
    @Test func aLongerCodeValidity() throws {
        let edited = try Fixtures.loadEditedSite {
            $0.replacingOccurrences(of: "code_validity_minutes: 5", with: "code_validity_minutes: 10")
        }
        defer { try? FileManager.default.removeItem(at: edited.folder) }
        #expect(edited.site.codeValidityMinutes == 10)
        #expect(CodeAgeCheck.check(minutes: 7, site: Fixtures.site).expired)
        #expect(!CodeAgeCheck.check(minutes: 7, site: edited.site).expired)
        let registry = DomainRegistry.make(site: edited.site)
        #expect(registry.derivations["omu.code_expired"]?(["code_age_minutes": .number(7)]) == .bool(false))
        #expect(registry.derivations["omu.code_expired"]?(["code_age_minutes": .number(11)]) == .bool(true))
        let message = try #require(CodeAgeCheck.check(minutes: 11, site: edited.site).findings.first).message
        #expect(message.text(.ja).contains("10分間程度"))
    }

    @Test func aFourthOMUIDPattern() throws {
        let edited = try Fixtures.loadEditedSite {
            $0.replacingOccurrences(of: "\npassword:\n", with: """

                  - regex: '^[A-Za-z]{3}[0-9]{4}$'
                    label:
                      ja: 英字3文字+数字4文字
                      en: 3 letters + 4 digits

                password:

                """)
        }
        defer { try? FileManager.default.removeItem(at: edited.folder) }
        #expect(edited.site.omuidPatterns.count == 4)
        #expect(OMUIDCheck.check("abc1234", site: Fixtures.site).codes == ["unknown_pattern"])
        let report = OMUIDCheck.check("abc1234", site: edited.site)
        #expect(report.isClean)
        #expect(report.match?.number == 4)
        #expect(report.match?.label.text(.ja) == "英字3文字+数字4文字")
        #expect(OMUIDCheck.check("AB12345", site: edited.site).match?.number == 1)
        let registry = DomainRegistry.make(site: edited.site)
        #expect(registry.derivations["omu.omuid_findings"]?(["omuid": .text("abc1234")]) == .choice("none"))
    }

    @Test func aCampusNetwork() throws {
        let edited = try Fixtures.loadEditedSite {
            $0.replacingOccurrences(of: "campus_networks: []", with: "campus_networks: [192.0.2.0/24, '2001:db8:1::/48']")
        }
        defer { try? FileManager.default.removeItem(at: edited.folder) }
        let address = IPAddress("192.0.2.77")!
        #expect(NetworkCheck.check(addresses: [address], site: Fixtures.site).onCampus == nil)
        #expect(NetworkCheck.check(addresses: [address], site: edited.site).onCampus == true)
        #expect(NetworkCheck.check(addresses: [IPAddress("2001:db8:1::5")!], site: edited.site).onCampus == true)
        #expect(NetworkCheck.check(addresses: [IPAddress("198.51.100.1")!], site: edited.site).onCampus == false)
        let registry = DomainRegistry.make(site: edited.site)
        #expect(registry.derivations["omu.on_campus_network"]?(["client_ip": .text("192.0.2.77")]) == .bool(true))
    }

    @Test func otherRecoveryLimitsAndUniversityDomains() throws {
        let edited = try Fixtures.loadEditedSite {
            $0.replacingOccurrences(of: "local_part_min: 3", with: "local_part_min: 2")
                .replacingOccurrences(of: "university_domains: [omu.ac.jp]", with: "university_domains: [omu.ac.jp, osakafu-u.ac.jp]")
        }
        defer { try? FileManager.default.removeItem(at: edited.folder) }
        #expect(RecoveryEmailCheck.check("ab@gmail.com", site: Fixtures.site).codes == ["local_part_length"])
        #expect(RecoveryEmailCheck.check("ab@gmail.com", site: edited.site).isClean)
        #expect(RecoveryEmailCheck.check("taro@edu.osakafu-u.ac.jp", site: edited.site).codes == ["university_address"])
    }

    @Test func otherOMUNETNamesAndAnotherPasswordRule() throws {
        let edited = try Fixtures.loadEditedSite {
            $0.replacingOccurrences(of: "omunet_prefixes: [OMUNET]", with: "omunet_prefixes: [OMUNET, CAMPUS-]")
                .replacingOccurrences(of: "allowed: []", with: "allowed: ['U+0021-U+007E']")
        }
        defer { try? FileManager.default.removeItem(at: edited.folder) }
        #expect(NetworkCheck.check(ssid: "CAMPUS-Lib", site: Fixtures.site).onCampus == false)
        #expect(NetworkCheck.check(ssid: "CAMPUS-Lib", site: edited.site).onCampus == true)
        #expect(PasswordCheck.check("Pass 123", site: Fixtures.site).isClean)
        #expect(PasswordCheck.check("Pass 123", site: edited.site).codes == ["disallowed_character"])
    }
}

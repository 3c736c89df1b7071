import Domain
import KnowledgeBase
import Testing

/// The finding codes are a public interface: spelled and ordered as the knowledge index lists them.
@Suite struct FindingCodeTests {
    @Test func theCodesAreTheIndexs() {
        let expected: [(String, [String])] = [
            ("omuid", ["fullwidth", "surrounding_space", "inner_space", "unknown_pattern"]),
            ("password", ["fullwidth", "disallowed_character", "missing_uppercase", "missing_lowercase", "missing_digit", "confirmation_mismatch"]),
            ("recovery-email", ["fullwidth", "surrounding_space", "bad_format", "local_part_length", "university_address"]),
            ("setup-key", ["fullwidth", "surrounding_space", "not_base32"]),
            ("otp", ["fullwidth", "not_six_digits"]),
            ("code-age", ["expired"]),
            ("network", ["on_campus"]),
        ]
        #expect(DomainNames.findingCodes.map(\.key) == expected.map(\.0))
        #expect(DomainNames.findingCodes.map(\.value) == expected.map(\.1))
    }

    /// Every code of every check has a message in both languages, and no two codes share one.
    @Test func everyFindingHasAMessageInBothLanguages() {
        let site = Fixtures.siteWithCampus
        let findings: [[Finding]] = [
            OMUIDCheck.check("\u{3000}ＡＢ\u{3000}１２３４５６ ", site: site).findings,
            PasswordCheck.check("\u{3000}é", confirmation: "x", site: site).findings,
            RecoveryEmailCheck.check("\u{3000}ＡＢ＠ｏｍｕ．ａｃ．ｊｐ", site: site).findings
                + RecoveryEmailCheck.check("@omu.ac.jp", site: site).findings,
            SetupKeyCheck.check("\u{3000}ＪＢＳＷ－", site: site).findings,
            OneTimePasswordCheck.check("１２３", site: site).findings,
            CodeAgeCheck.check(minutes: 10, site: site).findings,
            NetworkCheck.check(ssid: "OMUNET-1X", site: site).findings,
        ]
        for (check, list) in zip(DomainNames.findingCodes, findings) {
            #expect(Set(list.map(\.code)) == Set(check.value), "\(check.key)")
            for finding in list {
                #expect(!(finding.message.ja ?? "").isEmpty, "\(check.key).\(finding.code)")
                #expect(!(finding.message.en ?? "").isEmpty, "\(check.key).\(finding.code)")
            }
            #expect(Set(list.map(\.message)).count == Set(list.map(\.code)).count, "\(check.key)")
        }
    }
}

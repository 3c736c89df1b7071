import Domain
import KnowledgeBase
import Testing

@Suite struct OMUIDCheckTests {
    @Test(arguments: [
        // Valid: each form of site.yaml, either case.
        ("AB12345", [], 1),
        ("ab12345", [], 1),
        ("Zz00000", [], 1),
        ("a12bc345", [], 2),
        ("A12BC345", [], 2),
        ("A12345B", [], 3),
        ("x00000y", [], 3),
        // Each code alone.
        ("ＡＢ１２３４５", ["fullwidth"], 1),
        ("AB1234５", ["fullwidth"], 1),
        ("ａ１２ｂｃ３４５", ["fullwidth"], 2),
        (" AB12345", ["surrounding_space"], 1),
        ("AB12345\t", ["surrounding_space"], 1),
        ("AB12345\u{00A0}", ["surrounding_space"], 1),
        ("AB 12345", ["inner_space"], 1),
        ("A12 BC 345", ["inner_space"], 2),
        ("ABC1234", ["unknown_pattern"], nil),
        ("AB123456", ["unknown_pattern"], nil),
        ("AB-12345", ["unknown_pattern"], nil),
        ("s1234567", ["unknown_pattern"], nil),
        ("", ["unknown_pattern"], nil),
        // Combinations.
        ("\u{3000}AB12345", ["fullwidth", "surrounding_space"], 1),
        ("AB\u{3000}12345", ["fullwidth", "inner_space"], 1),
        (" AB 12345 ", ["surrounding_space", "inner_space"], 1),
        ("   ", ["surrounding_space", "unknown_pattern"], nil),
        ("ＡＢ１２３４", ["fullwidth", "unknown_pattern"], nil),
        (" AB1234", ["surrounding_space", "unknown_pattern"], nil),
        ("AB 1234", ["inner_space", "unknown_pattern"], nil),
        (" AB 1234", ["surrounding_space", "inner_space", "unknown_pattern"], nil),
        ("\u{3000}ＡＢ\u{3000}１２３４５６ ", ["fullwidth", "surrounding_space", "inner_space", "unknown_pattern"], nil),
    ] as [(String, [String], Int?)])
    func findings(value: String, codes: [String], pattern: Int?) {
        let report = OMUIDCheck.check(value, site: Fixtures.site)
        #expect(report.codes == codes)
        #expect(report.match?.number == pattern)
        #expect(report.choice == .choice(codes.first ?? "none"))
    }

    @Test func aValidOMUIDReportsItsFormAndLabel() throws {
        let match = try #require(OMUIDCheck.check("a12bc345", site: Fixtures.site).match)
        #expect(match.number == 2)
        #expect(match.label == Fixtures.site.omuidPatterns[1].label)
        #expect(match.label.text(.ja).contains("8文字"))
    }

    @Test func theWholeIDMustMatchAPattern() {
        let site = SiteData(omuidPatterns: [OMUIDPattern(regex: "[a-z]{2}[0-9]{5}", label: LocalizedText(ja: "x", en: "x"))])
        #expect(OMUIDCheck.check("ab12345", site: site).isClean)
        #expect(OMUIDCheck.check("ab123456", site: site).codes == ["unknown_pattern"])
        #expect(OMUIDCheck.check("xab12345", site: site).codes == ["unknown_pattern"])
    }

    @Test func anInvalidRegexInSiteDataMatchesNothingAndTheNextPatternStillCounts() {
        let site = SiteData(omuidPatterns: [
            OMUIDPattern(regex: "([", label: LocalizedText(ja: "broken", en: "broken")),
            OMUIDPattern(regex: "^[a-z]{2}[0-9]{5}$", label: LocalizedText(ja: "ok", en: "ok")),
        ])
        #expect(OMUIDCheck.check("ab12345", site: site).match?.number == 2)
    }

    @Test func withNoPatternsEveryIDIsUnknown() {
        #expect(OMUIDCheck.check("AB12345", site: SiteData()).codes == ["unknown_pattern"])
    }

    @Test func theUnknownPatternMessageListsTheSiteForms() throws {
        let report = OMUIDCheck.check("nope", site: Fixtures.site)
        let message = try #require(report.findings.first).message
        for pattern in Fixtures.site.omuidPatterns {
            #expect(message.text(.ja).contains(pattern.label.text(.ja)))
            #expect(message.text(.en).contains(pattern.label.text(.en)))
        }
        #expect(message.text(.ja).contains("「OMUID,PW確認」ページ"))
    }
}

import Domain
import KnowledgeBase
import Testing

@Suite struct SetupKeyCheckTests {
    @Test(arguments: [
        // Valid: base32, in groups, lower-case, padded.
        ("JBSWY3DPEHPK3PXP", []),
        ("jbsw y3dp ehpk 3pxp", []),
        ("JBSW Y3DP\tEHPK 3PXP", []),
        ("JBSWY3DPEHPK3PXP====", []),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", []),
        // Each code alone.
        ("ＪＢＳＷＹ３ＤＰ", ["fullwidth"]),
        ("JBSW\u{3000}Y3DP", ["fullwidth"]),
        (" JBSWY3DPEHPK3PXP", ["surrounding_space"]),
        ("JBSWY3DPEHPK3PXP ", ["surrounding_space"]),
        ("\tJBSWY3DP", ["surrounding_space"]),
        ("JBSWY3DP1", ["not_base32"]),
        ("JBSWY3DP0", ["not_base32"]),
        ("JBSWY3DP8", ["not_base32"]),
        ("JBSW-Y3DP", ["not_base32"]),
        ("JBSWY3DP\n", ["not_base32"]),
        ("straße", ["not_base32"]),
        ("ıııı", ["not_base32"]),
        // Combinations.
        ("\u{3000}JBSWY3DP", ["fullwidth", "surrounding_space"]),
        ("ＪＢＳＷ１", ["fullwidth", "not_base32"]),
        (" JBSW1 ", ["surrounding_space", "not_base32"]),
        ("\u{3000}ＪＢＳＷ－", ["fullwidth", "surrounding_space", "not_base32"]),
        // The index names only characters outside base32, so nothing at all is not a finding.
        ("", []),
    ] as [(String, [String])])
    func findings(key: String, codes: [String]) {
        let report = SetupKeyCheck.check(key, site: Fixtures.site)
        #expect(report.codes == codes)
        #expect(report.choice == .choice(codes.first ?? "none"))
        #expect(report.hasSurroundingSpace == codes.contains("surrounding_space"))
    }

    @Test func theSpaceMessageIsThePagesAdvice() throws {
        let message = try #require(SetupKeyCheck.check(" JBSWY3DP", site: Fixtures.site).findings.first).message
        #expect(message.text(.ja).contains("先にスペースがついている場合があります"))
        #expect(message.text(.ja).contains("スペースを削除"))
        #expect(message.text(.en).contains("delete the space"))
    }
}

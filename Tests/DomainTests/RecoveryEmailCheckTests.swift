import Domain
import KnowledgeBase
import Testing

@Suite struct RecoveryEmailCheckTests {
    static let local30 = String(repeating: "a", count: 30)
    static let local31 = String(repeating: "a", count: 31)

    @Test(arguments: [
        // Valid.
        ("taro.yamada@gmail.com", []),
        ("abc@docomo.ne.jp", []),
        ("hanako+omu@ezweb.ne.jp", []),
        ("\(local30)@example.com", []),
        ("taro@notomu.ac.jp", []),
        ("taro@omu.ac.jp.example.com", []),
        ("taro@omu.ac.jpx", []),
        // Each code alone.
        ("ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ", ["fullwidth"]),
        ("taro＠gmail.com", ["fullwidth"]),
        (" taro@gmail.com", ["surrounding_space"]),
        ("taro@gmail.com\t", ["surrounding_space"]),
        ("tarogmail.com", ["bad_format"]),
        ("taro@gmail", ["bad_format"]),
        ("taro@@gmail.com", ["bad_format"]),
        ("a@b@omu.ac.jp", ["bad_format"]),
        ("taro@.com", ["bad_format"]),
        ("taro@gmail..com", ["bad_format"]),
        ("taro@gmail.com.", ["bad_format"]),
        ("", ["bad_format"]),
        ("ab@gmail.com", ["local_part_length"]),
        ("\(local31)@gmail.com", ["local_part_length"]),
        ("taro@omu.ac.jp", ["university_address"]),
        ("taro@st.omu.ac.jp", ["university_address"]),
        ("taro@OMU.AC.JP", ["university_address"]),
        ("taro@a.b.omu.ac.jp", ["university_address"]),
        // Combinations.
        ("\u{3000}taro@gmail.com", ["fullwidth", "surrounding_space"]),
        ("@gmail.com", ["bad_format", "local_part_length"]),
        ("@omu", ["bad_format", "local_part_length"]),
        ("@omu.ac.jp", ["bad_format", "local_part_length", "university_address"]),
        ("ab@st.omu.ac.jp", ["local_part_length", "university_address"]),
        ("ab@omu.ac.jp ", ["surrounding_space", "local_part_length", "university_address"]),
        ("\u{3000}ＡＢ＠ｏｍｕ．ａｃ．ｊｐ", ["fullwidth", "surrounding_space", "local_part_length", "university_address"]),
        (" x@y", ["surrounding_space", "bad_format", "local_part_length"]),
    ] as [(String, [String])])
    func findings(address: String, codes: [String]) {
        let report = RecoveryEmailCheck.check(address, site: Fixtures.site)
        #expect(report.codes == codes)
        #expect(report.choice == .choice(codes.first ?? "none"))
    }

    @Test(arguments: [3, 4, 17, 29, 30])
    func localPartsOfAllowedLengthsPass(length: Int) {
        #expect(RecoveryEmailCheck.check(String(repeating: "k", count: length) + "@example.jp", site: Fixtures.site).isClean)
    }

    @Test(arguments: [1, 2, 31, 64])
    func localPartsOfOtherLengthsFail(length: Int) {
        #expect(RecoveryEmailCheck.check(String(repeating: "k", count: length) + "@example.jp", site: Fixtures.site).codes == ["local_part_length"])
    }

    @Test func theLengthLimitsAreSiteDataAndAppearInTheMessage() throws {
        var site = Fixtures.site
        site.recoveryLocalPartMin = 5
        site.recoveryLocalPartMax = 8
        let report = RecoveryEmailCheck.check("abcd@example.jp", site: site)
        #expect(report.codes == ["local_part_length"])
        let message = try #require(report.findings.first).message
        #expect(message.text(.ja).contains("5文字以上、8文字以内で入力してください。"))
        #expect(RecoveryEmailCheck.check("abcde@example.jp", site: site).isClean)
        #expect(RecoveryEmailCheck.check("abcdefghi@example.jp", site: site).codes == ["local_part_length"])
    }

    @Test func theUniversityDomainsAreSiteData() {
        var site = Fixtures.site
        site.universityDomains = ["omu.ac.jp", "osaka-cu.ac.jp"]
        #expect(RecoveryEmailCheck.check("taro@osaka-cu.ac.jp", site: site).codes == ["university_address"])
        #expect(RecoveryEmailCheck.check("taro@osaka-cu.ac.jp", site: Fixtures.site).isClean)
    }

    @Test func theUniversityMessageIsThePagesAdvice() throws {
        let message = try #require(RecoveryEmailCheck.check("taro@st.omu.ac.jp", site: Fixtures.site).findings.first).message
        #expect(message.text(.ja).contains("大学が発行したメールアドレス"))
        #expect(message.text(.ja).contains("キャリアメール、プロバイダメール、Gmail など"))
        #expect(message.text(.en).contains("Gmail"))
    }

    @Test func theFormatMessagesQuoteTheScreen() {
        let ja = RecoveryEmailCheck.check("@x", site: Fixtures.site).findings.map { $0.message.text(.ja) }
        #expect(ja.contains { $0.contains("入力書式が正しくありません。") })
        #expect(ja.contains { $0.contains("3文字以上、30文字以内で入力してください。") })
    }
}

import Domain
import KnowledgeBase
import Testing

@Suite struct OneTimePasswordCheckTests {
    @Test(arguments: [
        ("123456", []),
        ("000000", []),
        ("123 456", []),
        (" 123456 ", []),
        ("12\t34 56", []),
        ("１２３４５６", ["fullwidth"]),
        ("１２３\u{3000}４５６", ["fullwidth"]),
        ("123４56", ["fullwidth"]),
        ("12345", ["not_six_digits"]),
        ("1234567", ["not_six_digits"]),
        ("12345a", ["not_six_digits"]),
        ("12-34-56", ["not_six_digits"]),
        ("", ["not_six_digits"]),
        ("٣٣٣٣٣٣", ["not_six_digits"]),
        ("１２３４５", ["fullwidth", "not_six_digits"]),
        ("１２３４５６７", ["fullwidth", "not_six_digits"]),
    ] as [(String, [String])])
    func findings(value: String, codes: [String]) {
        #expect(OneTimePasswordCheck.check(value, site: Fixtures.site).codes == codes)
    }

    @Test func theMessageSaysWhereTheCodeIs() throws {
        let message = try #require(OneTimePasswordCheck.check("mail", site: Fixtures.site).findings.first).message
        #expect(message.text(.ja).contains("大阪公立大学(OMUID)"))
        #expect(message.text(.ja).contains("メール等で送信されません"))
        #expect(message.text(.en).contains("Google Authenticator"))
    }
}

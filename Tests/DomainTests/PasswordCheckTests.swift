import Domain
import KnowledgeBase
import Testing

@Suite struct PasswordCheckTests {
    /// The pages do not list the allowed characters: until the site data does, no character is
    /// called disallowed.
    @Test func withoutTheSitesListNoCharacterIsDisallowed() {
        #expect(Fixtures.site.passwordAllowed.isEmpty)
        #expect(PasswordCheck.check("Passé123", site: Fixtures.site).codes == [])
        #expect(PasswordCheck.check("Ｐａｓｓ１２３", site: Fixtures.site).codes == ["fullwidth"])
    }

    @Test(arguments: [
        // Valid.
        ("Passw0rd", []),
        ("Aa1", []),
        ("zY9", []),
        ("Aa1 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", []),
        ("CorrectHorseBattery5taple", []),
        // Each code alone.
        ("Ｐａｓｓ１２３", ["fullwidth"]),
        ("Pass１23", ["fullwidth"]),
        ("Pass\u{3000}123", ["fullwidth"]),
        ("Passé123", ["disallowed_character"]),
        ("パスワードAa1", ["disallowed_character"]),
        ("Pass\t123", ["disallowed_character"]),
        ("Pass\u{00A0}123", ["disallowed_character"]),
        ("①Aa", ["disallowed_character"]),
        ("password1", ["missing_uppercase"]),
        ("PASSWORD1", ["missing_lowercase"]),
        ("Password", ["missing_digit"]),
        // Combinations.
        ("ｐａｓｓ", ["fullwidth", "missing_uppercase", "missing_digit"]),
        ("Ａé", ["fullwidth", "disallowed_character", "missing_lowercase", "missing_digit"]),
        ("ÉÀ1a", ["disallowed_character", "missing_uppercase"]),
        ("Ωω1", ["disallowed_character", "missing_uppercase", "missing_lowercase"]),
        ("abc", ["missing_uppercase", "missing_digit"]),
        ("ABC", ["missing_lowercase", "missing_digit"]),
        ("123", ["missing_uppercase", "missing_lowercase"]),
        ("!!!!", ["missing_uppercase", "missing_lowercase", "missing_digit"]),
        ("", ["missing_uppercase", "missing_lowercase", "missing_digit"]),
    ] as [(String, [String])])
    func findings(password: String, codes: [String]) {
        let report = PasswordCheck.check(password, site: Fixtures.siteWithAllowedCharacters)
        #expect(report.codes == codes)
        #expect(report.choice == .choice(codes.first ?? "none"))
    }

    @Test(arguments: [
        ("Passw0rd", "Passw0rd", []),
        ("Passw0rd", "Passw0rd ", ["confirmation_mismatch"]),
        ("Passw0rd", "passw0rd", ["confirmation_mismatch"]),
        ("Passw0rd", "Ｐａｓｓｗ０ｒｄ", ["confirmation_mismatch"]),
        ("Passw0rd", "", ["confirmation_mismatch"]),
        ("ｐａｓｓ", "x", ["fullwidth", "missing_uppercase", "missing_digit", "confirmation_mismatch"]),
        ("ｐａｓｓ", "ｐａｓｓ", ["fullwidth", "missing_uppercase", "missing_digit"]),
        // Canonically equivalent but not the same characters: the screen compares what was typed.
        ("Caf\u{00E9}1A", "Cafe\u{0301}1A", ["disallowed_character", "confirmation_mismatch"]),
    ] as [(String, String, [String])])
    func confirmation(password: String, confirmation: String, codes: [String]) {
        #expect(PasswordCheck.check(password, confirmation: confirmation, site: Fixtures.siteWithAllowedCharacters).codes == codes)
    }

    @Test func noConfirmationMeansNoComparison() {
        #expect(PasswordCheck.check("Passw0rd", confirmation: nil, site: Fixtures.site).isClean)
    }

    @Test func theAllowedCharactersAreSiteData() {
        var site = Fixtures.site
        site.passwordAllowed = [0x30...0x39, 0x41...0x5A, 0x61...0x7A]
        #expect(PasswordCheck.check("Pass w0rd", site: site).codes == ["disallowed_character"])
        #expect(PasswordCheck.check("Pass w0rd", site: Fixtures.site).isClean)
        site.passwordAllowed = [0x20...0x7E, 0xE9...0xE9]
        #expect(PasswordCheck.check("Passé123", site: site).isClean)
    }

    @Test func theMessagesQuoteTheScreen() {
        let report = PasswordCheck.check("ａé", confirmation: "x", site: Fixtures.siteWithAllowedCharacters)
        let ja = report.findings.map { $0.message.text(.ja) }
        #expect(ja.contains { $0.contains("使用不可文字が含まれています。") })
        #expect(ja.contains { $0.contains("半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。") })
        #expect(ja.contains { $0.contains("「新しいパスワード」と「新しいパスワード(確認)」が一致していません。") })
        #expect(ja.contains { $0.contains("「■パスワードに使用できる文字」") })
    }
}

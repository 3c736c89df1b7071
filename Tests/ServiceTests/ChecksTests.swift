import Foundation
import KnowledgeBase
import Testing
@testable import Service

/// The domain checks as `helpdesk check …` runs them (moved from the end-to-end CheckCommandTests):
/// the findings, the JSON fields and the text, in process. What needs the process (exit
/// statuses, argument parsing, standard input) stays in HelpdeskCLITests.
@Suite struct ChecksTests {
    static var site: SiteData { Fixture.compiled.site }

    /// The JSON object a result prints with `--json`.
    static func json(_ result: CheckResult) throws -> [String: Any] {
        let text = result.rendered(.json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// The finding codes of the JSON object; every finding has a message.
    static func codes(_ object: [String: Any]) throws -> [String] {
        let findings = try #require(object["findings"] as? [[String: Any]])
        for finding in findings {
            #expect(!((finding["message"] as? String) ?? "").isEmpty)
        }
        return findings.compactMap { $0["code"] as? String }
    }

    static func codes(_ result: CheckResult) throws -> [String] { try codes(try json(result)) }

    // MARK: omuid

    @Test func aValidOMUIDNamesItsForm() throws {
        let result = Checks.omuid("a12bc345", site: Self.site, language: .ja)
        #expect(result.ok)
        #expect(result.text(.plain).contains("形式2"))
        let json = try Self.json(result)
        #expect(json["check"] as? String == "omuid")
        #expect(json["ok"] as? Bool == true)
        #expect(try Self.codes(json) == [])
        #expect(json["pattern"] as? Int == 2)
        #expect((json["label"] as? String)?.contains("8文字") == true)
    }

    @Test func aFullWidthOMUIDHasTheFinding() throws {
        let result = Checks.omuid("ＡＢ１２３４５", site: Self.site, language: .ja)
        #expect(!result.ok)
        let json = try Self.json(result)
        #expect(json["ok"] as? Bool == false)
        #expect(try Self.codes(json) == ["fullwidth"])
    }

    @Test func findingsAreShownInTheChosenLanguage() throws {
        let english = Checks.omuid(" ab 1234", site: Self.site, language: .en)
        #expect(!english.ok)
        let text = english.text(.plain)
        #expect(text.contains("Found 3 problems."))
        #expect(text.contains("[surrounding_space]"))
        #expect(text.contains("[inner_space]"))
        #expect(text.contains("[unknown_pattern]"))
        let japanese = Checks.omuid(" ab 1234", site: Self.site, language: .ja).text(.plain)
        #expect(japanese.contains("3件の問題が見つかりました。"))
        #expect(japanese.contains("「OMUID,PW確認」ページ"))
    }

    // MARK: recovery-email, otp

    @Test(arguments: [
        ("taro.yamada@gmail.com", []),
        ("taro@st.omu.ac.jp", ["university_address"]),
        ("ab@gmail.com", ["local_part_length"]),
        (" taro@gmail", ["surrounding_space", "bad_format"]),
    ] as [(String, [String])])
    func recoveryEmail(address: String, codes: [String]) throws {
        let result = Checks.recoveryEmail(address, site: Self.site, language: .ja)
        #expect(result.ok == codes.isEmpty)
        let json = try Self.json(result)
        #expect(json["check"] as? String == "recovery-email")
        #expect(try Self.codes(json) == codes)
    }

    /// The words of `helpdesk check otp 123 456` are joined with a space.
    @Test(arguments: [
        (["123456"], []),
        (["123", "456"], []),
        (["１２３４５６"], ["fullwidth"]),
        (["12345"], ["not_six_digits"]),
        (["-12345"], ["not_six_digits"]),
    ] as [([String], [String])])
    func oneTimePassword(words: [String], codes: [String]) throws {
        let result = Checks.oneTimePassword(words.joined(separator: " "), site: Self.site, language: .ja)
        #expect(result.ok == codes.isEmpty)
        #expect(try Self.codes(result) == codes)
    }

    // MARK: password, setup-key

    /// The password and its confirmation as the command reads them (the first two lines of
    /// standard input; an empty or missing second line is no confirmation).
    @Test(arguments: [
        ("Zq7WxKp9", "Zq7WxKp9", []),
        ("Zq7WxKp9", "Zq7WxKp8", ["confirmation_mismatch"]),
        ("Zq7WxKp9", nil, []),
        ("zqwxkpvm", nil, ["missing_uppercase", "missing_digit"]),
        ("Ｚｑ７ＷｘＫｐ９", nil, ["fullwidth"]),
        ("Zq7 Wx\u{00E9}Kp9", nil, []),
    ] as [(String, String?, [String])])
    func password(password: String, confirmation: String?, codes: [String]) throws {
        let result = Checks.password(password, confirmation: confirmation, site: Self.site, language: .ja)
        #expect(result.ok == codes.isEmpty)
        #expect(try Self.codes(result) == codes)
    }

    @Test func theConfirmationIsComparedOnlyWhenGiven() throws {
        let without = try Self.json(Checks.password("Zq7WxKp9", confirmation: nil, site: Self.site, language: .ja))
        #expect(without["confirmation_checked"] as? Bool == false)
        let with = try Self.json(Checks.password("Zq7WxKp9", confirmation: "Zq7WxKp9", site: Self.site, language: .ja))
        #expect(with["confirmation_checked"] as? Bool == true)
    }

    @Test(arguments: [
        ("MZXW 6YTB OI======", []),
        (" MZXW6YTBOI", ["surrounding_space"]),
        ("ＭＺＸＷ６ＹＴＢＯＩ", ["fullwidth"]),
        ("MZXW6YTB01", ["not_base32"]),
    ] as [(String, [String])])
    func setupKey(key: String, codes: [String]) throws {
        let result = Checks.setupKey(key, site: Self.site, language: .ja)
        #expect(result.ok == codes.isEmpty)
        #expect(try Self.codes(result) == codes)
    }

    // MARK: code-age

    @Test(arguments: [("0", false), ("4.5", false), ("5", true), ("5.5", true), ("90", true)] as [(String, Bool)])
    func codeAgeInMinutes(minutes: String, expired: Bool) throws {
        let age = try Checks.codeAge(minutes: minutes, sentAt: nil)
        let result = Checks.codeAge(age, site: Self.site, language: .ja)
        #expect(result.ok == !expired)
        let json = try Self.json(result)
        #expect(try Self.codes(json) == (expired ? ["expired"] : []))
        #expect(json["expired"] as? Bool == expired)
        #expect(json["validity_minutes"] as? Double == 5)
    }

    @Test func codeAgeFromTheTimeTheMailWasSent() throws {
        let now = Date()
        let iso = ISO8601DateFormatter()
        let recentAge = try Checks.codeAge(minutes: nil, sentAt: iso.string(from: now.addingTimeInterval(-90)), now: now)
        let recent = Checks.codeAge(recentAge, site: Self.site, language: .ja)
        #expect(recent.ok)
        let minutes = try #require(try Self.json(recent)["minutes"] as? Double)
        #expect(minutes >= 1.4 && minutes < 3)
        let oldAge = try Checks.codeAge(minutes: nil, sentAt: "2020-04-01T10:15:00+09:00", now: now)
        let old = Checks.codeAge(oldAge, site: Self.site, language: .ja)
        #expect(!old.ok)
        #expect(old.text(.plain).contains("「キャンセル」"))
        let future = iso.string(from: now.addingTimeInterval(3600))
        #expect(throws: InputError("'\(future)' is in the future")) { try Checks.codeAge(minutes: nil, sentAt: future, now: now) }
    }

    /// What `helpdesk check code-age` refuses as bad usage (the CLI maps these to exit 2).
    @Test(arguments: [
        (nil, nil), ("abc", nil), ("inf", nil), ("soon", nil), ("5", "10:00"), (nil, "25:99"), (nil, "yesterday"),
    ] as [(String?, String?)])
    func codeAgeBadInputIsAnInputError(minutes: String?, sentAt: String?) {
        #expect(throws: InputError.self) { try Checks.codeAge(minutes: minutes, sentAt: sentAt) }
    }

    // MARK: network

    @Test func aWiFiNameDecides() throws {
        let omunet = try Checks.network(ip: nil, ssid: "OMUNET-1X", site: Self.site, language: .ja)
        #expect(!omunet.ok)
        let json = try Self.json(omunet)
        #expect(try Self.codes(json) == ["on_campus"])
        #expect(json["on_campus"] as? Bool == true)
        #expect(!((json["how"] as? String) ?? "").isEmpty)
        let home = try Self.json(try Checks.network(ip: nil, ssid: "Home", site: Self.site, language: .ja))
        #expect(home["on_campus"] as? Bool == false)
        #expect(home["ok"] as? Bool == true)
    }

    @Test func anAddressWithoutCampusNetworksCannotTell() throws {
        let result = try Checks.network(ip: "10.1.2.3", ssid: nil, site: Self.site, language: .ja)
        #expect(result.ok)
        #expect(try Self.json(result)["on_campus"] is NSNull)
    }

    @Test(arguments: ["300.1.2.3", "nope"])
    func aBadAddressIsAnInputError(ip: String) {
        #expect(throws: InputError("'\(ip)' is not an IPv4 or IPv6 address")) {
            try Checks.network(ip: ip, ssid: nil, site: Self.site, language: .ja)
        }
    }

    @Test func withoutArgumentsThisMachineIsProbedInBoundedTime() throws {
        let start = Date()
        let result = try Checks.network(ip: nil, ssid: nil, site: Self.site, language: .ja)
        #expect(Date().timeIntervalSince(start) < 15)
        let json = try Self.json(result)
        #expect(json["source"] as? String == "probe")
        #expect(json.keys.contains("on_campus"))
        #expect((json["how"] as? String)?.contains("getifaddrs") == true)
    }

    // MARK: site data read at run time

    @Test func aFolderWithoutSiteDataCannotBeUsed() throws {
        let error = try #require(#expect(throws: KnowledgeError.self) { try Checks.site(knowledge: "/nonexistent/knowledge") })
        guard case .noSiteData = error else { Issue.record("\(error)"); return }
        #expect(error.description.contains("site"))
    }

    @Test func editedSiteDataChangesTheAnswersWithoutARebuild() throws {
        let knowledge = try Fixture.temporaryDirectory().appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: Fixture.root, toPath: knowledge.path)
        defer { try? FileManager.default.removeItem(at: knowledge.deletingLastPathComponent()) }
        let siteFile = knowledge.appendingPathComponent("site.yaml")
        var text = try String(contentsOf: siteFile, encoding: .utf8)
        let original = text
        text = text.replacingOccurrences(of: "campus_networks: []", with: "campus_networks: [10.0.0.0/8]")
            .replacingOccurrences(of: "code_validity_minutes: 5", with: "code_validity_minutes: 15")
            .replacingOccurrences(of: "\npassword:\n", with: "\n  - regex: '^[A-Za-z]{3}[0-9]{4}$'\n    label: {ja: 英字3文字+数字4文字, en: 3 letters + 4 digits}\n\npassword:\n")
        #expect(text != original)
        try text.write(to: siteFile, atomically: true, encoding: .utf8)
        let bundled = try Checks.site(knowledge: Fixture.root)
        let edited = try Checks.site(knowledge: knowledge.path)

        #expect(try Checks.network(ip: "10.1.2.3", ssid: nil, site: bundled, language: .ja).ok)
        let network = try Checks.network(ip: "10.1.2.3", ssid: nil, site: edited, language: .ja)
        #expect(!network.ok)
        #expect(try Self.json(network)["on_campus"] as? Bool == true)

        #expect(!Checks.codeAge(10, site: bundled, language: .ja).ok)
        #expect(Checks.codeAge(10, site: edited, language: .ja).ok)

        #expect(!Checks.omuid("abc1234", site: bundled, language: .ja).ok)
        let omuid = Checks.omuid("abc1234", site: edited, language: .ja)
        #expect(omuid.ok)
        #expect(try Self.json(omuid)["pattern"] as? Int == 4)
    }
}

/// Secret values (a password, a setup key, a one-time password) never appear in a check's
/// result, as typed or normalised, in text or JSON, in either language (moved from the
/// end-to-end CheckSecretsTests; a sample still runs through the binary).
@Suite struct CheckResultSecretTests {
    /// The forms of a secret that must not be printed: as typed, NFKC, trimmed, without spaces.
    static func forms(_ secret: String) -> [String] {
        let nfkc = secret.precomposedStringWithCompatibilityMapping
        let forms = [secret, nfkc, nfkc.trimmingCharacters(in: .whitespaces), nfkc.replacingOccurrences(of: " ", with: "")]
        return Array(Set(forms.filter { $0.count >= 4 }))
    }

    /// The four ways a result is printed: text or `--json`, Japanese or `--lang en`.
    static let modes: [(ReportFormat, Language)] = [(.text, .ja), (.json, .ja), (.text, .en), (.json, .en)]

    static func expectNoLeak(
        _ secret: String, check: (Language) -> CheckResult, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (format, language) in modes {
            let output = check(language).rendered(format)
            for form in forms(secret) {
                #expect(!output.contains(form), "\(format) \(language) shows \(form.debugDescription)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [
        "Zq7WxKp9", "Ｚｑ７ＷｘＫｐ９", " Zq7 WxKp9 ", "zqwxkpvm", "Zq7Wx\u{00E9}Kp9", "Zq7Wx\u{3000}Kp9",
    ])
    func aPasswordIsNeverPrinted(password: String) {
        for confirmation in [password, "Other7Confirm", nil] {
            Self.expectNoLeak(password) {
                Checks.password(password, confirmation: confirmation, site: Fixture.compiled.site, language: $0)
            }
        }
    }

    @Test(arguments: [" MZXW6YTBOI", "ＭＺＸＷ６ＹＴＢＯＩ", "MZXW 6YTB OI", "mzxw6ytb0i", "MZXW6YTBOI"])
    func aSetupKeyIsNeverPrinted(key: String) {
        Self.expectNoLeak(key) { Checks.setupKey(key, site: Fixture.compiled.site, language: $0) }
    }

    @Test(arguments: [["482913"], ["４８２９１３"], ["482", "913"], ["48291"], ["-482913x"], ["4829134"]])
    func aOneTimePasswordIsNeverPrinted(words: [String]) {
        let value = words.joined(separator: " ")
        let check = { (language: Language) in Checks.oneTimePassword(value, site: Fixture.compiled.site, language: language) }
        Self.expectNoLeak(value, check: check)
        for word in words where word.count >= 4 { Self.expectNoLeak(word, check: check) }
    }
}

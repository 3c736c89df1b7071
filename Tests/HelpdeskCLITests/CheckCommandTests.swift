import Foundation
import Testing

/// `helpdesk check …` run as a user would: exit status, text, and the JSON shape.
@Suite struct CheckCommandTests {
    /// Runs `helpdesk check arguments…` against the bundled knowledge unless `--knowledge` is given.
    static func check(_ arguments: [String], input: String = "") throws -> CLI.Result {
        let knowledge = arguments.contains("--knowledge") ? [] : ["--knowledge", CLI.knowledge]
        return try CLI.run(["check"] + arguments + knowledge, input: input)
    }

    /// The JSON object a `--json` run printed.
    static func json(_ result: CLI.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(result.stdout)")
    }

    static func codes(_ object: [String: Any]) throws -> [String] {
        let findings = try #require(object["findings"] as? [[String: Any]])
        for finding in findings {
            #expect(!((finding["message"] as? String) ?? "").isEmpty)
        }
        return findings.compactMap { $0["code"] as? String }
    }

    // MARK: omuid

    @Test func aValidOMUIDExitsZeroAndNamesItsForm() throws {
        let result = try Self.check(["omuid", "a12bc345"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("形式2"))
        let json = try Self.json(try Self.check(["omuid", "a12bc345", "--json"]))
        #expect(json["check"] as? String == "omuid")
        #expect(json["ok"] as? Bool == true)
        #expect(try Self.codes(json) == [])
        #expect(json["pattern"] as? Int == 2)
        #expect((json["label"] as? String)?.contains("8文字") == true)
    }

    @Test func aFullWidthOMUIDExitsOneWithTheFinding() throws {
        let result = try Self.check(["omuid", "ＡＢ１２３４５", "--json"])
        #expect(result.status == 1)
        let json = try Self.json(result)
        #expect(json["ok"] as? Bool == false)
        #expect(try Self.codes(json) == ["fullwidth"])
    }

    @Test func findingsAreShownInTheChosenLanguage() throws {
        let english = try Self.check(["omuid", " ab 1234", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stdout.contains("Found 3 problems."))
        #expect(english.stdout.contains("[surrounding_space]"))
        #expect(english.stdout.contains("[inner_space]"))
        #expect(english.stdout.contains("[unknown_pattern]"))
        let japanese = try Self.check(["omuid", " ab 1234", "--lang", "ja"])
        #expect(japanese.stdout.contains("3件の問題が見つかりました。"))
        #expect(japanese.stdout.contains("「OMUID,PW確認」ページ"))
    }

    // MARK: bad usage

    @Test(arguments: [
        ["omuid"], ["omuid", ""], ["recovery-email"], ["otp"], ["code-age"], ["code-age", "abc"], ["code-age", "inf"],
        ["code-age", "5", "--sent-at", "10:00"], ["code-age", "--sent-at", "25:99"], ["code-age", "--sent-at", "yesterday"],
        ["network", "--ip", "300.1.2.3"], ["nope"], [],
    ])
    func badUsageExitsTwo(arguments: [String]) throws {
        let result = try Self.check(arguments)
        #expect(result.status == 2, "\(arguments): \(result.output)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [["omuid"], ["code-age", "soon"], ["network", "--ip", "nope"], ["otp"]])
    func badUsageWithJSONIsAJSONError(arguments: [String]) throws {
        let result = try Self.check(arguments + ["--json"])
        #expect(result.status == 2)
        let json = try Self.json(result)
        #expect(json["status"] as? String == "error")
        #expect(!((json["error"] as? String) ?? "").isEmpty)
    }

    @Test func aMissingKnowledgeFolderIsBadUsage() throws {
        let result = try Self.check(["omuid", "AB12345", "--knowledge", "/nonexistent/knowledge"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("site"))
    }

    // MARK: recovery-email, otp

    @Test(arguments: [
        ("taro.yamada@gmail.com", 0, []),
        ("taro@st.omu.ac.jp", 1, ["university_address"]),
        ("ab@gmail.com", 1, ["local_part_length"]),
        (" taro@gmail", 1, ["surrounding_space", "bad_format"]),
    ] as [(String, Int32, [String])])
    func recoveryEmail(address: String, status: Int32, codes: [String]) throws {
        let result = try Self.check(["recovery-email", address, "--json"])
        #expect(result.status == status)
        let json = try Self.json(result)
        #expect(json["check"] as? String == "recovery-email")
        #expect(try Self.codes(json) == codes)
    }

    @Test(arguments: [
        (["123456"], 0, []),
        (["123", "456"], 0, []),
        (["１２３４５６"], 1, ["fullwidth"]),
        (["12345"], 1, ["not_six_digits"]),
        (["-12345"], 1, ["not_six_digits"]),
    ] as [([String], Int32, [String])])
    func oneTimePassword(words: [String], status: Int32, codes: [String]) throws {
        let result = try Self.check(["otp"] + words + ["--json"])
        #expect(result.status == status, "\(result.output)")
        #expect(try Self.codes(try Self.json(result)) == codes)
    }

    // MARK: code-age

    @Test(arguments: [("0", 0), ("4.5", 0), ("5", 0), ("5.5", 1), ("90", 1)] as [(String, Int32)])
    func codeAgeInMinutes(minutes: String, status: Int32) throws {
        let result = try Self.check(["code-age", minutes, "--json"])
        #expect(result.status == status)
        let json = try Self.json(result)
        #expect(try Self.codes(json) == (status == 1 ? ["expired"] : []))
        #expect(json["expired"] as? Bool == (status == 1))
        #expect(json["validity_minutes"] as? Double == 5)
    }

    @Test func codeAgeFromTheTimeTheMailWasSent() throws {
        let iso = ISO8601DateFormatter()
        let recent = try Self.check(["code-age", "--sent-at", iso.string(from: Date().addingTimeInterval(-90)), "--json"])
        #expect(recent.status == 0)
        let minutes = try #require(try Self.json(recent)["minutes"] as? Double)
        #expect(minutes >= 1.4 && minutes < 3)
        let old = try Self.check(["code-age", "--sent-at", "2020-04-01T10:15:00+09:00"])
        #expect(old.status == 1)
        #expect(old.stdout.contains("「キャンセル」"))
        let future = try Self.check(["code-age", "--sent-at", iso.string(from: Date().addingTimeInterval(3600))])
        #expect(future.status == 2)
    }

    // MARK: network

    @Test func aWiFiNameDecides() throws {
        let omunet = try Self.check(["network", "--ssid", "OMUNET-1X", "--json"])
        #expect(omunet.status == 1)
        let json = try Self.json(omunet)
        #expect(try Self.codes(json) == ["on_campus"])
        #expect(json["on_campus"] as? Bool == true)
        #expect(!((json["how"] as? String) ?? "").isEmpty)
        let home = try Self.json(try Self.check(["network", "--ssid", "Home", "--json"]))
        #expect(home["on_campus"] as? Bool == false)
        #expect(home["ok"] as? Bool == true)
    }

    @Test func anAddressWithoutCampusNetworksCannotTell() throws {
        let result = try Self.check(["network", "--ip", "10.1.2.3", "--json"])
        #expect(result.status == 0)
        let json = try Self.json(result)
        #expect(json["on_campus"] is NSNull)
    }

    @Test func withoutArgumentsThisMachineIsProbedInBoundedTime() throws {
        let start = Date()
        let result = try Self.check(["network", "--json"])
        #expect(Date().timeIntervalSince(start) < 15)
        #expect([0, 1].contains(result.status))
        let json = try Self.json(result)
        #expect(json["source"] as? String == "probe")
        #expect(json.keys.contains("on_campus"))
        #expect((json["how"] as? String)?.contains("getifaddrs") == true)
    }

    // MARK: site data read at run time

    @Test func editedSiteDataChangesTheAnswersWithoutARebuild() throws {
        let knowledge = try CLI.knowledgeCopy()
        defer { try? FileManager.default.removeItem(at: knowledge.deletingLastPathComponent()) }
        let siteFile = knowledge.appendingPathComponent("site.yaml")
        var site = try String(contentsOf: siteFile, encoding: .utf8)
        let original = site
        site = site.replacingOccurrences(of: "campus_networks: []", with: "campus_networks: [10.0.0.0/8]")
            .replacingOccurrences(of: "code_validity_minutes: 5", with: "code_validity_minutes: 15")
            .replacingOccurrences(of: "\npassword:\n", with: "\n  - regex: '^[A-Za-z]{3}[0-9]{4}$'\n    label: {ja: 英字3文字+数字4文字, en: 3 letters + 4 digits}\n\npassword:\n")
        #expect(site != original)
        try site.write(to: siteFile, atomically: true, encoding: .utf8)
        let folder = ["--knowledge", knowledge.path]

        #expect(try Self.check(["network", "--ip", "10.1.2.3", "--json"]).status == 0)
        let network = try Self.check(["network", "--ip", "10.1.2.3", "--json"] + folder)
        #expect(network.status == 1)
        #expect(try Self.json(network)["on_campus"] as? Bool == true)

        #expect(try Self.check(["code-age", "10"]).status == 1)
        #expect(try Self.check(["code-age", "10"] + folder).status == 0)

        #expect(try Self.check(["omuid", "abc1234"]).status == 1)
        let omuid = try Self.check(["omuid", "abc1234", "--json"] + folder)
        #expect(omuid.status == 0)
        #expect(try Self.json(omuid)["pattern"] as? Int == 4)
    }
}

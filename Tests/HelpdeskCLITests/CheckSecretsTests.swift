import Foundation
import Testing

/// Secret values (a password, a setup key, a one-time password) never appear in anything
/// `helpdesk check` prints, as typed or normalised; and they are never taken from the command line.
@Suite struct CheckSecretsTests {
    static func check(_ arguments: [String], input: String = "") throws -> CLI.Result {
        try CLI.run(["check"] + arguments + ["--knowledge", CLI.knowledge], input: input)
    }

    static func codes(_ result: CLI.Result) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        return findings.compactMap { $0["code"] as? String }
    }

    /// The forms of a secret that must not be printed: as typed, NFKC, trimmed, without spaces.
    static func forms(_ secret: String) -> [String] {
        let nfkc = secret.precomposedStringWithCompatibilityMapping
        let forms = [secret, nfkc, nfkc.trimmingCharacters(in: .whitespaces), nfkc.replacingOccurrences(of: " ", with: "")]
        return Array(Set(forms.filter { $0.count >= 4 }))
    }

    static func expectNoLeak(_ secret: String, in result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for form in forms(secret) {
            #expect(!result.stdout.contains(form), "stdout shows \(form.debugDescription)", sourceLocation: sourceLocation)
            #expect(!result.stderr.contains(form), "stderr shows \(form.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    static let modes: [[String]] = [[], ["--json"], ["--lang", "en"], ["--json", "--lang", "en"]]

    // MARK: password

    @Test(arguments: [
        ("Zq7WxKp9\nZq7WxKp9\n", 0, []),
        ("Zq7WxKp9\nZq7WxKp8\n", 1, ["confirmation_mismatch"]),
        ("Zq7WxKp9\n\n", 0, []),
        ("Zq7WxKp9", 0, []),
        ("zqwxkpvm\n", 1, ["missing_uppercase", "missing_digit"]),
        ("Ｚｑ７ＷｘＫｐ９\n", 1, ["fullwidth"]),
        ("Zq7 Wx\u{00E9}Kp9\n", 1, ["disallowed_character"]),
    ] as [(String, Int32, [String])])
    func passwordFromStandardInput(input: String, status: Int32, codes: [String]) throws {
        let result = try Self.check(["password", "--json"], input: input)
        #expect(result.status == status, "\(result.output)")
        #expect(try Self.codes(result) == codes)
    }

    @Test func theConfirmationIsComparedOnlyWhenGiven() throws {
        let without = try Self.check(["password", "--json"], input: "Zq7WxKp9\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(without.stdout.utf8)) as? [String: Any])
        #expect(object["confirmation_checked"] as? Bool == false)
        let with = try Self.check(["password", "--json"], input: "Zq7WxKp9\nZq7WxKp9\n")
        let checked = try #require(try JSONSerialization.jsonObject(with: Data(with.stdout.utf8)) as? [String: Any])
        #expect(checked["confirmation_checked"] as? Bool == true)
    }

    @Test(arguments: ["", "\n"])
    func noPasswordIsBadUsage(input: String) throws {
        #expect(try Self.check(["password"], input: input).status == 2)
    }

    @Test(arguments: [["password", "Zq7WxKp9"], ["password", "--", "Zq7WxKp9"], ["password", "-Zq7WxKp9"], ["setup-key", "MZXW6YTBOI"]])
    func aSecretOnTheCommandLineIsRefusedWithoutRepeatingIt(arguments: [String]) throws {
        for mode in [[], ["--json"]] {
            let result = try Self.check(arguments + mode, input: "")
            #expect(result.status == 2)
            Self.expectNoLeak(arguments.last!.trimmingCharacters(in: CharacterSet(charactersIn: "-")), in: result)
        }
    }

    // MARK: setup-key

    @Test(arguments: [
        ("MZXW 6YTB OI======\n", 0, []),
        (" MZXW6YTBOI\n", 1, ["surrounding_space"]),
        ("ＭＺＸＷ６ＹＴＢＯＩ\n", 1, ["fullwidth"]),
        ("MZXW6YTB01\n", 1, ["not_base32"]),
    ] as [(String, Int32, [String])])
    func setupKeyFromStandardInput(input: String, status: Int32, codes: [String]) throws {
        let result = try Self.check(["setup-key", "--json"], input: input)
        #expect(result.status == status, "\(result.output)")
        #expect(try Self.codes(result) == codes)
    }

    @Test func noSetupKeyIsBadUsage() throws {
        #expect(try Self.check(["setup-key", "--json"], input: "").status == 2)
    }

    // MARK: never printed

    @Test(arguments: [
        "Zq7WxKp9", "Ｚｑ７ＷｘＫｐ９", " Zq7 WxKp9 ", "zqwxkpvm", "Zq7Wx\u{00E9}Kp9", "Zq7Wx\u{3000}Kp9",
    ])
    func aPasswordIsNeverPrinted(password: String) throws {
        for mode in Self.modes {
            for input in ["\(password)\n\(password)\n", "\(password)\nOther7Confirm\n", "\(password)\n"] {
                Self.expectNoLeak(password, in: try Self.check(["password"] + mode, input: input))
            }
        }
    }

    @Test(arguments: [" MZXW6YTBOI", "ＭＺＸＷ６ＹＴＢＯＩ", "MZXW 6YTB OI", "mzxw6ytb0i", "MZXW6YTBOI"])
    func aSetupKeyIsNeverPrinted(key: String) throws {
        for mode in Self.modes {
            Self.expectNoLeak(key, in: try Self.check(["setup-key"] + mode, input: key + "\n"))
        }
    }

    @Test(arguments: [["482913"], ["４８２９１３"], ["482", "913"], ["48291"], ["-482913x"], ["4829134"]])
    func aOneTimePasswordIsNeverPrinted(words: [String]) throws {
        for mode in Self.modes {
            let result = try Self.check(["otp"] + words + mode)
            #expect([0, 1].contains(result.status), "\(words) \(mode): \(result.status)")
            Self.expectNoLeak(words.joined(separator: " "), in: result)
            for word in words where word.count >= 4 { Self.expectNoLeak(word, in: result) }
        }
    }
}

import ArgumentParser
import Domain
import Foundation
import KnowledgeBase
import Service

extension Helpdesk.Check {
    /// `helpdesk check omuid VALUE`
    struct OMUID: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "omuid",
            abstract: "Check an OMUID as typed: full-width characters, spaces, and the OMUID forms of the site data.",
            discussion: "Quote the value to keep its spaces: helpdesk check omuid ' ab12345'. A valid OMUID reports the form (pattern) it has."
        )

        @Argument(help: "The OMUID as typed.")
        var value: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            guard let value, !value.isEmpty else { throw CommandError("give the OMUID to check: helpdesk check omuid VALUE") }
            let report = OMUIDCheck.check(value, site: try options.site())
            var result = CheckResult(check: "omuid", findings: report.findings, language: options.language)
            if let match = report.match {
                result.pattern = match.number
                result.label = match.label.text(options.language)
                result.notes.append(LocalizedText(ja: "形式\(match.number): \(match.label.text(.ja))", en: "Form \(match.number): \(match.label.text(.en))").text(options.language))
            }
            try options.emit(result)
        }
    }

    /// `helpdesk check recovery-email VALUE`
    struct RecoveryEmail: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "recovery-email",
            abstract: "Check a password-recovery address (パスワード再発行用メールアドレス): form, length before @, and not an OMU address."
        )

        @Argument(help: "The address as typed.")
        var value: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            guard let value, !value.isEmpty else { throw CommandError("give the address to check: helpdesk check recovery-email VALUE") }
            let report = RecoveryEmailCheck.check(value, site: try options.site())
            try options.emit(CheckResult(check: "recovery-email", findings: report.findings, language: options.language))
        }
    }

    /// `helpdesk check otp VALUE`
    struct OTP: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "otp",
            abstract: "Check a one-time password as typed: six digits from the authenticator app.",
            discussion: "The value never appears in the output. Spaces are ignored, so `helpdesk check otp 123 456` checks 123456."
        )

        // Everything not an option is the value, even text starting with '-', so no parse error
        // can echo part of it.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The one-time password as typed.", valueName: "value"))
        var words: [String] = []

        @OptionGroup var options: CheckOptions

        func run() throws {
            let value = words.joined(separator: " ")
            guard !value.isEmpty else { throw CommandError("give the one-time password to check: helpdesk check otp VALUE") }
            let report = OneTimePasswordCheck.check(value, site: try options.site())
            try options.emit(CheckResult(check: "otp", findings: report.findings, language: options.language))
        }
    }

    /// `helpdesk check code-age MINUTES` or `helpdesk check code-age --sent-at TIME`
    struct CodeAge: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "code-age",
            abstract: "Check whether a confirmation code (確認コード) has expired.",
            discussion: """
                Give the minutes since the mail was sent, or the time it was sent: ISO 8601 \
                (2025-04-01T10:15:00+09:00, or without a zone for local time) or HH:MM today, local time.
                """
        )

        @Argument(help: "Minutes since the confirmation code mail was sent.")
        var minutes: String?

        @Option(name: .customLong("sent-at"), help: ArgumentHelp("When the mail was sent.", valueName: "time"))
        var sentAt: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            let age = try self.age(now: Date())
            let site = try options.site()
            let report = CodeAgeCheck.check(minutes: age, site: site)
            var result = CheckResult(check: "code-age", findings: report.findings, language: options.language)
            let rounded = (age * 10).rounded() / 10
            result.minutes = rounded
            result.validityMinutes = site.codeValidityMinutes
            result.expired = report.expired
            if !report.expired {
                let age = FactValue.number(rounded), validity = FactValue.number(site.codeValidityMinutes)
                result.notes.append(LocalizedText(
                    ja: "送信から約\(age)分です。確認コードの有効期限は\(validity)分間程度です。",
                    en: "About \(age) minutes since it was sent; a confirmation code is valid for about \(validity) minutes."
                ).text(options.language))
            }
            try options.emit(result)
        }

        /// The code's age in minutes, from MINUTES or --sent-at.
        func age(now: Date) throws -> Double {
            switch (minutes, sentAt) {
            case (nil, nil):
                throw CommandError("give the minutes since the mail was sent, or --sent-at TIME")
            case (.some, .some):
                throw CommandError("give either MINUTES or --sent-at, not both")
            case (let text?, nil):
                guard let value = FactValue.plainDecimal(text.nfkc.trimmingCharacters(in: .whitespaces)) else {
                    throw CommandError("'\(text)' is not a number of minutes: give 0 or more in plain digits, like 8 or 2.5")
                }
                return value
            case (nil, let text?):
                guard let sent = TimeText.date(text, now: now) else {
                    throw CommandError("'\(text)' is not a time: use ISO 8601 (2025-04-01T10:15:00+09:00) or HH:MM, with a real date and time")
                }
                let age = CodeAgeCheck.minutes(from: sent, to: now)
                guard age >= 0 else { throw CommandError("'\(text)' is in the future") }
                return age
            }
        }
    }

    /// `helpdesk check network [--ip ADDRESS] [--ssid NAME]`; with neither, this machine is probed.
    struct Network: CheckCommand {
        static let configuration = CommandConfiguration(
            commandName: "network",
            abstract: "Check whether a device is on the campus network, where the one-time password screen does not appear.",
            discussion: """
                With --ip and/or --ssid, decides from those. With neither, looks at this machine's Wi-Fi name \
                and addresses (each tool is given 1.5 s at most). An address tells only when the site data lists \
                the campus networks.
                """
        )

        @Option(help: ArgumentHelp("An IPv4 or IPv6 address of the device.", valueName: "address"))
        var ip: String?

        @Option(help: ArgumentHelp("The Wi-Fi network name the device is connected to.", valueName: "name"))
        var ssid: String?

        @OptionGroup var options: CheckOptions

        func run() throws {
            let site = try options.site()
            let report: NetworkReport
            let how: LocalizedText
            let source: String
            if ip == nil && ssid == nil {
                let observation = NetworkProbe().observe(site: site)
                (report, how, source) = (observation.report, observation.how, "probe")
            } else {
                var addresses: [IPAddress] = []
                if let ip {
                    guard let address = IPAddress(ip.trimmingCharacters(in: .whitespaces)) else {
                        throw CommandError("'\(TerminalText.safe(ip))' is not an IPv4 or IPv6 address")
                    }
                    addresses.append(address)
                }
                report = NetworkCheck.check(addresses: addresses, ssid: ssid, site: site)
                (how, source) = (report.how, "given")
            }
            var result = CheckResult(check: "network", findings: report.findings, language: options.language)
            result.source = source
            result.onCampus = report.onCampus
            result.how = how.text(options.language)
            let verdict: LocalizedText
            switch report.onCampus {
            case true?: verdict = Words.onCampus
            case false?: verdict = Words.offCampus
            case nil: verdict = Words.campusUnknown
            }
            result.notes = [verdict.text(options.language), how.text(options.language)]
            try options.emit(result)
        }
    }
}

import Domain
import Foundation
import KnowledgeBase

/// The domain checks as every surface runs them: a value in, a `CheckResult` out, in one
/// language, with the details and the notes people read.
public enum Checks {
    public static func omuid(_ value: String, site: SiteData, language: Language) -> CheckResult {
        let report = OMUIDCheck.check(value, site: site)
        var result = CheckResult(check: "omuid", findings: report.findings, language: language)
        if let match = report.match {
            result.pattern = match.number
            result.label = match.label.text(language)
            result.notes.append(LocalizedText(
                ja: "形式\(match.number): \(match.label.text(.ja))", en: "Form \(match.number): \(match.label.text(.en))"
            ).text(language))
        }
        return result
    }

    public static func recoveryEmail(_ value: String, site: SiteData, language: Language) -> CheckResult {
        CheckResult(check: "recovery-email", findings: RecoveryEmailCheck.check(value, site: site).findings, language: language)
    }

    public static func oneTimePassword(_ value: String, site: SiteData, language: Language) -> CheckResult {
        CheckResult(check: "otp", findings: OneTimePasswordCheck.check(value, site: site).findings, language: language)
    }

    public static func setupKey(_ value: String, site: SiteData, language: Language) -> CheckResult {
        CheckResult(check: "setup-key", findings: SetupKeyCheck.check(value, site: site).findings, language: language)
    }

    public static func password(_ value: String, confirmation: String?, site: SiteData, language: Language) -> CheckResult {
        var result = CheckResult(
            check: "password", findings: PasswordCheck.check(value, confirmation: confirmation, site: site).findings, language: language)
        result.confirmationChecked = confirmation != nil
        return result
    }

    /// A code's age in minutes: typed as minutes (plain digits, 「8分」), or the time the mail was sent.
    public static func codeAge(minutes: String?, sentAt: String?, now: Date = Date()) throws(InputError) -> Double {
        switch (minutes, sentAt) {
        case (nil, nil):
            throw InputError("give the minutes since the mail was sent, or --sent-at TIME")
        case (.some, .some):
            throw InputError("give either MINUTES or --sent-at, not both")
        case (let text?, nil):
            guard let value = FactValue.plainDecimal(AnswerReader.withoutUnit(text.nfkc.trimmingCharacters(in: .whitespaces))) else {
                throw InputError("'\(TerminalText.safe(text))' is not a number of minutes: give 0 or more in plain digits, like 8 or 2.5")
            }
            return value
        case (nil, let text?):
            guard let sent = TimeText.date(text, now: now) else {
                throw InputError("'\(TerminalText.safe(text))' is not a time: use ISO 8601 (2025-04-01T10:15:00+09:00) or HH:MM, with a real date and time")
            }
            let age = CodeAgeCheck.minutes(from: sent, to: now)
            guard age >= 0 else { throw InputError("'\(TerminalText.safe(text))' is in the future") }
            return age
        }
    }

    public static func codeAge(_ age: Double, site: SiteData, language: Language) -> CheckResult {
        let report = CodeAgeCheck.check(minutes: age, site: site)
        var result = CheckResult(check: "code-age", findings: report.findings, language: language)
        let rounded = (age * 10).rounded() / 10
        result.minutes = rounded
        result.validityMinutes = site.codeValidityMinutes
        result.expired = report.expired
        if !report.expired {
            let age = FactValue.number(rounded), validity = FactValue.number(site.codeValidityMinutes)
            result.notes.append(LocalizedText(
                ja: "送信から約\(age)分です。確認コードの有効期限は\(validity)分間程度です。",
                en: "About \(age) minutes since it was sent; a confirmation code is valid for about \(validity) minutes."
            ).text(language))
        }
        return result
    }

    /// The campus network: from an address and a Wi-Fi name, or (with neither) by looking at
    /// this machine.
    public static func network(ip: String?, ssid: String?, site: SiteData, language: Language) throws(InputError) -> CheckResult {
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
                    throw InputError("'\(TerminalText.safe(ip))' is not an IPv4 or IPv6 address")
                }
                addresses.append(address)
            }
            report = NetworkCheck.check(addresses: addresses, ssid: ssid, site: site)
            (how, source) = (report.how, "given")
        }
        var result = CheckResult(check: "network", findings: report.findings, language: language)
        result.source = source
        result.onCampus = report.onCampus
        result.how = how.text(language)
        let verdict: LocalizedText
        switch report.onCampus {
        case true?: verdict = Words.onCampus
        case false?: verdict = Words.offCampus
        case nil: verdict = Words.campusUnknown
        }
        result.notes = [verdict.text(language), how.text(language)]
        return result
    }

    /// The site data of a knowledge folder, for the checks: a folder without `site.yaml`, or
    /// whose `site.yaml` has errors, cannot be used.
    public static func site(knowledge root: String) throws(KnowledgeError) -> SiteData {
        let siteFile = root.hasSuffix("/") ? root + "site.yaml" : root + "/site.yaml"
        guard FileManager.default.fileExists(atPath: siteFile) else { throw .noSiteData(siteFile) }
        let load = KnowledgeLoader().load(root)
        let problems = load.diagnostics.filter { $0.severity == .error && $0.mark?.file == siteFile }
        guard problems.isEmpty else { throw .invalid(path: siteFile, diagnostics: problems) }
        return load.knowledge.site
    }
}

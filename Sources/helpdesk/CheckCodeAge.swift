import ArgumentParser
import Domain
import Foundation
import KnowledgeBase

/// `helpdesk check code-age MINUTES` or `helpdesk check code-age --sent-at TIME`
struct CheckCodeAge: ParsableCommand {
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
        var outcome = CheckOutcome(check: "code-age", findings: report.findings)
        outcome.details["minutes"] = (age * 10).rounded() / 10
        outcome.details["validity_minutes"] = site.codeValidityMinutes
        outcome.details["expired"] = report.expired
        if !report.expired {
            let age = FactValue.number((age * 10).rounded() / 10), validity = FactValue.number(site.codeValidityMinutes)
            outcome.notes.append(LocalizedText(
                ja: "送信から約\(age)分です。確認コードの有効期限は\(validity)分間程度です。",
                en: "About \(age) minutes since it was sent; a confirmation code is valid for about \(validity) minutes."))
        }
        try outcome.emit(options)
    }

    /// The code's age in minutes, from MINUTES or --sent-at.
    func age(now: Date) throws -> Double {
        switch (minutes, sentAt) {
        case (nil, nil):
            throw options.usage("give the minutes since the mail was sent, or --sent-at TIME")
        case (.some, .some):
            throw options.usage("give either MINUTES or --sent-at, not both")
        case (let text?, nil):
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0 else {
                throw options.usage("'\(text)' is not a number of minutes (0 or more)")
            }
            return value
        case (nil, let text?):
            guard let sent = CheckTimeParser.date(text, now: now) else {
                throw options.usage("'\(text)' is not a time: use ISO 8601 (2025-04-01T10:15:00+09:00) or HH:MM")
            }
            let age = CodeAgeCheck.minutes(from: sent, to: now)
            guard age >= 0 else { throw options.usage("'\(text)' is in the future") }
            return age
        }
    }
}

/// Reads the time a mail was sent: ISO 8601 with or without a zone (without: local time), or
/// HH:MM (or HH:MM:SS) today, local time.
enum CheckTimeParser {
    static func date(_ text: String, now: Date, calendar: Calendar = .current) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = calendar.timeZone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return date }
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, (0..<60).contains(second) else { return nil }
        return calendar.date(bySettingHour: hour, minute: minute, second: second, of: now)
    }
}

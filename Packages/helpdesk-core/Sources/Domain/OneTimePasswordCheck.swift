import KnowledgeBase

/// Checks a one-time password (ワンタイムパスワード) as typed: it is the six digits the
/// authenticator app shows, never something sent by mail.
///
/// The report never holds the one-time password.
public enum OneTimePasswordCheck {
    /// The `otp` codes of the knowledge index, in its order.
    public enum Code: String, FindingCode {
        case fullwidth
        case notSixDigits = "not_six_digits"
    }

    /// After NFKC and removing white space, anything but exactly six digits `0`–`9` is
    /// `not_six_digits`.
    public static func check(_ value: String, site: SiteData) -> OneTimePasswordReport {
        let text = TypedText(value)
        var found: Set<Code> = []
        if text.hasFullWidthForm { found.insert(.fullwidth) }
        let scalars = text.withoutSpaces.unicodeScalars
        if scalars.count != 6 || !scalars.allSatisfy({ ("0"..."9").contains($0) }) { found.insert(.notSixDigits) }
        return OneTimePasswordReport(findings: Code.findings(found, message: message))
    }

    static func message(_ code: Code) -> LocalizedText {
        switch code {
        case .fullwidth:
            return LocalizedText(
                ja: "全角文字が含まれています。ワンタイムパスワード(6桁の数字)は半角で入力しなおしてください。",
                en: "It contains full-width characters. Type the one-time password (six digits) again in half-width characters.")
        case .notSixDigits:
            return LocalizedText(
                ja: "ワンタイムパスワードは6桁の数字です。ワンタイムパスワードはメール等で送信されません。スマートフォン等で「Google Authenticator(Google認証システム)」を開き、「大阪公立大学(OMUID)」と書かれた欄に表示されている6桁の数字を入力してください。",
                en: "A one-time password is six digits, and it is not sent by mail or otherwise. Open Google Authenticator (Google認証システム) on your smartphone or other device and type the six digits shown in the entry 「大阪公立大学(OMUID)」.")
        }
    }
}

/// What `OneTimePasswordCheck` found. It holds no part of the one-time password.
public struct OneTimePasswordReport: CheckReport {
    public let findings: [Finding]
}

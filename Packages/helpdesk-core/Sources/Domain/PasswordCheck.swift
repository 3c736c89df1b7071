import KnowledgeBase

/// Checks a new password (and, when given, its confirmation) against the password rule the
/// password change screen enforces: allowed characters (`site.passwordAllowed`) and at least one
/// half-width upper-case letter, lower-case letter and digit.
///
/// The report never holds the password.
public enum PasswordCheck {
    /// The `password` codes of the knowledge index, in its order.
    public enum Code: String, FindingCode {
        case fullwidth
        case disallowedCharacter = "disallowed_character"
        case missingUppercase = "missing_uppercase"
        case missingLowercase = "missing_lowercase"
        case missingDigit = "missing_digit"
        case confirmationMismatch = "confirmation_mismatch"
    }

    /// - `fullwidth`: a full-width form or ideographic space in the password as typed.
    /// - `disallowed_character`: a character of the password as typed that is outside the site's
    ///   allowed ranges and is not a full-width form (those are `fullwidth`).
    /// - `missing_*`: no half-width ASCII upper-case letter, lower-case letter or digit in the
    ///   NFKC form (where full-width forms have become half-width, so a password typed entirely
    ///   in full-width forms gives `fullwidth` alone).
    /// - `confirmation_mismatch`: a confirmation is given and is not the same text, scalar for scalar.
    public static func check(_ password: String, confirmation: String? = nil, site: SiteData) -> PasswordReport {
        let text = TypedText(password)
        var found: Set<Code> = []
        if text.hasFullWidthForm { found.insert(.fullwidth) }
        let allowed = site.passwordAllowed
        // Without the site's list of allowed characters, no character can be said to be disallowed.
        if !allowed.isEmpty, password.unicodeScalars.contains(where: { scalar in
            !TypedText.isFullWidthForm(scalar) && !allowed.contains { $0.contains(scalar.value) }
        }) {
            found.insert(.disallowedCharacter)
        }
        let ascii = text.normalized.unicodeScalars.filter(\.isASCII)
        if !ascii.contains(where: { ("A"..."Z").contains($0) }) { found.insert(.missingUppercase) }
        if !ascii.contains(where: { ("a"..."z").contains($0) }) { found.insert(.missingLowercase) }
        if !ascii.contains(where: { ("0"..."9").contains($0) }) { found.insert(.missingDigit) }
        if let confirmation, !confirmation.unicodeScalars.elementsEqual(password.unicodeScalars) {
            found.insert(.confirmationMismatch)
        }
        return PasswordReport(findings: Code.findings(found, message: message))
    }

    static let ruleMessage = "半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。"
    static let mismatchMessage = "「新しいパスワード」と「新しいパスワード(確認)」が一致していません。"

    static func message(_ code: Code) -> LocalizedText {
        let allowedCharacters = LocalizedText(
            ja: "画面左下部の「パスワードルール」にある、「■パスワードに使用できる文字」を確認の上、使用可能な文字だけのパスワードを再度入力してください。",
            en: "Check 「■パスワードに使用できる文字」 (the characters a password may use) in the password rule (「パスワードルール」) at the bottom left of the screen, and type a password made only of those characters.")
        let missing = LocalizedText(
            ja: "(画面では「\(ruleMessage)」と表示されます)半角英大文字・半角英小文字・半角数字を1文字以上含むパスワードを作成し入力してください。",
            en: " The screen shows 「\(ruleMessage)」 (include at least one half-width upper-case letter, lower-case letter and digit each). Make a password that has at least one of each and type it.")
        switch code {
        case .fullwidth:
            return LocalizedText(
                ja: "全角文字(全角の英数字・記号・スペース)が含まれています。半角で入力しなおしてください。" + allowedCharacters.text(.ja),
                en: "It contains full-width characters (full-width letters, digits, symbols or spaces). Type it again in half-width characters. " + allowedCharacters.text(.en))
        case .disallowedCharacter:
            return LocalizedText(
                ja: "使用できない文字が含まれています(画面では「使用不可文字が含まれています。」または「使用許可文字以外が含まれています。」と表示されます)。" + allowedCharacters.text(.ja),
                en: "It contains a character that cannot be used (the screen shows 「使用不可文字が含まれています。」 or 「使用許可文字以外が含まれています。」). " + allowedCharacters.text(.en))
        case .missingUppercase:
            return LocalizedText(ja: "半角英大文字が含まれていません。" + missing.text(.ja), en: "It has no half-width upper-case letter (A–Z)." + missing.text(.en))
        case .missingLowercase:
            return LocalizedText(ja: "半角英小文字が含まれていません。" + missing.text(.ja), en: "It has no half-width lower-case letter (a–z)." + missing.text(.en))
        case .missingDigit:
            return LocalizedText(ja: "半角数字が含まれていません。" + missing.text(.ja), en: "It has no half-width digit (0–9)." + missing.text(.en))
        case .confirmationMismatch:
            return LocalizedText(
                ja: "\(mismatchMessage)作成した新しいパスワードを正しく入力しなおしてください。(どちらの欄が誤っていても一致しない限り、このエラーは表示されます。)",
                en: "The new password and its confirmation are not the same (the screen shows 「\(mismatchMessage)」). Type the new password you made correctly in both fields; the error appears whichever of the two is wrong.")
        }
    }
}

/// What `PasswordCheck` found. It holds no part of the password.
public struct PasswordReport: CheckReport {
    public let findings: [Finding]
}

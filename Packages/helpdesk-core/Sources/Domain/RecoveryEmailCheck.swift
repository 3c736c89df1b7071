import KnowledgeBase

/// Checks the password-recovery address (パスワード再発行用メールアドレス): its form, the length of
/// the part before `@` (`site.recoveryLocalPartMin`…`Max`), and that it is not an address the
/// university issued (`site.universityDomains` and their sub-domains), which cannot be used.
public enum RecoveryEmailCheck {
    /// The `recovery-email` codes of the knowledge index, in its order.
    public enum Code: String, FindingCode {
        case fullwidth
        case surroundingSpace = "surrounding_space"
        case badFormat = "bad_format"
        case localPartLength = "local_part_length"
        case universityAddress = "university_address"
    }

    /// Reads the NFKC form without surrounding white space:
    /// - `bad_format` unless it is `local@domain` with exactly one `@`, a non-empty local part and a
    ///   dotted domain (two or more labels, none empty);
    /// - with exactly one `@`: `local_part_length` when the local part's length (in characters) is
    ///   outside the site's range, `university_address` when the domain (ignoring case) is a
    ///   university domain or a sub-domain of one.
    public static func check(_ value: String, site: SiteData) -> RecoveryEmailReport {
        let text = TypedText(value)
        var found: Set<Code> = []
        if text.hasFullWidthForm { found.insert(.fullwidth) }
        if text.hasSurroundingSpace { found.insert(.surroundingSpace) }
        let address = text.trimmed
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        var domain: String?
        if parts.count == 2 {
            let local = parts[0]
            let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
            if local.isEmpty || labels.count < 2 || labels.contains(where: \.isEmpty) { found.insert(.badFormat) }
            if !(site.recoveryLocalPartMin...max(site.recoveryLocalPartMin, site.recoveryLocalPartMax)).contains(local.count) {
                found.insert(.localPartLength)
            }
            domain = parts[1].lowercased()
            if let domain, isUniversityDomain(domain, site: site) { found.insert(.universityAddress) }
        } else {
            found.insert(.badFormat)
        }
        return RecoveryEmailReport(findings: Code.findings(found) { message($0, site: site) }, domain: domain)
    }

    /// `domain` is one of the site's university domains or a sub-domain of one (case ignored).
    public static func isUniversityDomain(_ domain: String, site: SiteData) -> Bool {
        let domain = domain.lowercased()
        return site.universityDomains.map { $0.lowercased() }.contains { university in
            !university.isEmpty && (domain == university || domain.hasSuffix("." + university))
        }
    }

    static func message(_ code: Code, site: SiteData) -> LocalizedText {
        switch code {
        case .fullwidth:
            return LocalizedText(
                ja: "全角文字が含まれています。メールアドレスは半角で入力しなおしてください。",
                en: "It contains full-width characters. Type the e-mail address again in half-width characters.")
        case .surroundingSpace:
            return LocalizedText(
                ja: "メールアドレスの前後にスペースが入っています。スペースを削除して入力しなおしてください。",
                en: "There is a space before or after the e-mail address. Delete the space and type it again.")
        case .badFormat:
            return LocalizedText(
                ja: "メールアドレスが正しく入力できていません(画面では「入力書式が正しくありません。」と表示されます)。確認し、再度入力してください。",
                en: "The e-mail address is not typed correctly (the screen shows 「入力書式が正しくありません。」: the input format is not correct). Check it and type it again.")
        case .localPartLength:
            let min = site.recoveryLocalPartMin, max = site.recoveryLocalPartMax
            return LocalizedText(
                ja: "「@」の前の文字数が範囲外です(画面では「\(min)文字以上、\(max)文字以内で入力してください。」と表示されます)。ドメイン(@)の前の文字が\(min)文字~\(max)文字のメールアドレスを入力してください。",
                en: "The part before @ is too short or too long (the screen shows 「\(min)文字以上、\(max)文字以内で入力してください。」). Use an e-mail address with \(min) to \(max) characters before the @.")
        case .universityAddress:
            let domains = site.universityDomains.map { "@\($0)" }
            let examples = domains.joined(separator: "、")
            return LocalizedText(
                ja: "大学が発行したメールアドレス(OMUメール" + (examples.isEmpty ? "" : ": \(examples)") + "やそのサブドメイン)は登録できません。"
                    + "大学が発行したメールアドレスを入力すると、登録した本パスワードを変更できません。"
                    + "OMUメールではなく、個人でプライベート等に使用しているメールアドレス(キャリアメール、プロバイダメール、Gmail など)を登録してください。"
                    + "OMUメールを登録すると、パスワードを忘れてOMUメールを確認できない場合、パスワード再発行手続きを進めることができません。",
                en: "An address the university issued (OMU mail" + (domains.isEmpty ? "" : ": \(domains.joined(separator: ", "))") + " or a sub-domain) cannot be the recovery address: "
                    + "with one, the password you set cannot be changed. "
                    + "Register a personal address you use privately instead (carrier mail, your provider's mail, Gmail and so on). "
                    + "With OMU mail registered, you could not reset a forgotten password, because you could not read OMU mail without it.")
        }
    }
}

/// What `RecoveryEmailCheck` found; `domain` is the part after `@` (lower-cased) when there is
/// exactly one `@`.
public struct RecoveryEmailReport: CheckReport {
    public let findings: [Finding]
    public let domain: String?
}

import KnowledgeBase

/// Checks a two-factor setup key (セットアップキー) as pasted into the authenticator app, for the
/// 「無効なキー」 error: the page's known cause is a space copied in front of the key.
///
/// The report never holds the key.
public enum SetupKeyCheck {
    /// The `setup-key` codes of the knowledge index, in its order.
    public enum Code: String, FindingCode {
        case fullwidth
        case surroundingSpace = "surrounding_space"
        case notBase32 = "not_base32"
    }

    /// Spaces inside the key are fine (the app shows it in groups). After NFKC, removing white
    /// space and upper-casing `a`–`z`, any character outside base32 (`A`–`Z`, `2`–`7`, `=` padding) is
    /// `not_base32`.
    public static func check(_ key: String, site: SiteData) -> SetupKeyReport {
        let text = TypedText(key)
        var found: Set<Code> = []
        if text.hasFullWidthForm { found.insert(.fullwidth) }
        if text.hasSurroundingSpace { found.insert(.surroundingSpace) }
        if !text.withoutSpaces.unicodeScalars.map(asciiUppercased).allSatisfy(isBase32) { found.insert(.notBase32) }
        return SetupKeyReport(findings: Code.findings(found, message: message), hasSurroundingSpace: text.hasSurroundingSpace)
    }

    /// `a`–`z` as `A`–`Z`; anything else unchanged. (Full Unicode upper-casing would turn `ß`
    /// into `SS` and `ı` into `I`, letters a key never has.)
    static func asciiUppercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 0x20)! : scalar
    }

    /// `A`–`Z`, `2`–`7` or `=`.
    public static func isBase32(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("2"..."7").contains(scalar) || scalar == "="
    }

    static func message(_ code: Code) -> LocalizedText {
        switch code {
        case .fullwidth:
            return LocalizedText(
                ja: "全角文字が含まれています。2要素認証のQRコード確認ページに表示されたセットアップキーを、もう一度コピーして貼り付けてください。",
                en: "It contains full-width characters. Copy the setup key shown on the two-factor authentication QR code page again and paste it.")
        case .surroundingSpace:
            return LocalizedText(
                ja: "セットアップキーをコピーした際に、先にスペースがついている場合があります。ペーストした後にキーの先を確認し、スペースを削除して、もう一度登録してください。",
                en: "When a setup key is copied, a space can come with it at the start. After pasting, look at the start of the key, delete the space and register it again.")
        case .notBase32:
            return LocalizedText(
                ja: "セットアップキーに使われない文字が含まれています。2要素認証のQRコード確認ページでご自身のセットアップキーを確認し、もう一度コピーして貼り付けてください。",
                en: "It contains characters a setup key never has. Look up your setup key on the two-factor authentication QR code page, copy it again and paste it.")
        }
    }
}

/// What `SetupKeyCheck` found. It holds no part of the key.
public struct SetupKeyReport: CheckReport {
    public let findings: [Finding]
    /// White space before or after the key: the `setup_key_has_surrounding_space` fact.
    public let hasSurroundingSpace: Bool
}

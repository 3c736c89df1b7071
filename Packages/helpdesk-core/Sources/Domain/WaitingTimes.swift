import Foundation
import KnowledgeBase

/// Checks how long ago the confirmation code (確認コード) mail was sent: the code is valid for
/// about `site.codeValidityMinutes` minutes.
public enum CodeAgeCheck {
    /// The `code-age` codes of the knowledge index.
    public enum Code: String, FindingCode {
        case expired
    }

    /// `expired` when `site.codeValidityMinutes` minutes or more have passed: the page says
    /// 「5分以上経過している場合」.
    public static func check(minutes: Double, site: SiteData) -> CodeAgeReport {
        let expired = minutes >= site.codeValidityMinutes
        let found: Set<Code> = expired ? [.expired] : []
        return CodeAgeReport(
            findings: Code.findings(found) { _ in message(minutes: minutes, site: site) }, minutes: minutes, expired: expired)
    }

    /// Minutes from `sent` to `now` (negative when `sent` is later).
    public static func minutes(from sent: Date, to now: Date) -> Double {
        now.timeIntervalSince(sent) / 60
    }

    static func message(minutes: Double, site: SiteData) -> LocalizedText {
        let validity = FactValue.number(site.codeValidityMinutes).description
        let age = FactValue.number((minutes * 10).rounded() / 10).description
        return LocalizedText(
            ja: "確認コードの有効期限は\(validity)分間程度です(送信から約\(age)分経過しています)。確認コード入力画面で「キャンセル」をクリックし、パスワード再発行の最初の画面に戻って再度手続きをお願いします。"
                + "「パスワード変更」または「パスワード再設定」画面で各項目を再度入力の上「次へ」をクリックすると、パスワード再発行用メールアドレスに再度パスワード再設定通知メールが送信されます。",
            en: "A confirmation code is valid for about \(validity) minutes, and about \(age) minutes have passed since it was sent. "
                + "On the confirmation code screen, click 「キャンセル」 (Cancel) to go back to the first screen and start again: "
                + "fill in the fields of the 「パスワード変更」 or 「パスワード再設定」 screen again and click 「次へ」 (Next), "
                + "and a new password reset mail (パスワード再設定通知メール) is sent to your recovery address.")
    }
}

/// What `CodeAgeCheck` found.
public struct CodeAgeReport: CheckReport {
    public let findings: [Finding]
    public let minutes: Double
    public let expired: Bool
}

/// How long a password change takes to show as changed: after 「未変更・反映待ち」 appears, wait
/// about `site.propagationMinutes` minutes before pressing the update button.
public enum PropagationWait {
    /// The wait is over: at least `site.propagationMinutes` minutes have passed.
    public static func elapsed(minutes: Double, site: SiteData) -> Bool {
        minutes >= site.propagationMinutes
    }
}

import Foundation
import KnowledgeBase

/// Checks an OMUID as the user typed it: full-width characters, white space, and whether it has
/// one of the site's OMUID forms (`site.omuidPatterns`, in their order).
public enum OMUIDCheck {
    /// The `omuid` codes of the knowledge index, in its order.
    public enum Code: String, FindingCode {
        case fullwidth
        case surroundingSpace = "surrounding_space"
        case innerSpace = "inner_space"
        case unknownPattern = "unknown_pattern"
    }

    public static func check(_ value: String, site: SiteData) -> OMUIDReport {
        let text = TypedText(value)
        var found: Set<Code> = []
        if text.hasFullWidthForm { found.insert(.fullwidth) }
        if text.hasSurroundingSpace { found.insert(.surroundingSpace) }
        if text.hasInnerSpace { found.insert(.innerSpace) }
        let match = match(text.withoutSpaces, patterns: site.omuidPatterns)
        if match == nil { found.insert(.unknownPattern) }
        return OMUIDReport(findings: Code.findings(found) { message($0, site: site) }, match: match)
    }

    /// The first pattern the whole of `id` matches. A pattern that is not a valid regular
    /// expression matches nothing (the linter reports it).
    public static func match(_ id: String, patterns: [OMUIDPattern]) -> OMUIDMatch? {
        for (index, pattern) in patterns.enumerated() {
            guard let regex = PatternCache.shared.regex(pattern.regex) else { continue }
            if (try? regex.wholeMatch(in: id)) != nil {
                return OMUIDMatch(number: index + 1, label: pattern.label)
            }
        }
        return nil
    }

    static func message(_ code: Code, site: SiteData) -> LocalizedText {
        switch code {
        case .fullwidth:
            return LocalizedText(
                ja: "全角文字が含まれています。半角で入力しなおしてください。OMUIDは手入力ではなく、表示されたIDをコピーして貼り付けることをお勧めします。",
                en: "It contains full-width characters. Type it again in half-width characters. Rather than typing the OMUID, copy the ID shown to you and paste it.")
        case .surroundingSpace:
            return LocalizedText(
                ja: "OMUIDの前後にスペースが入っています。スペースを削除して入力しなおしてください。",
                en: "There is a space before or after the OMUID. Delete the space and type it again.")
        case .innerSpace:
            return LocalizedText(
                ja: "OMUIDの途中にスペースが入っています。スペースを削除して入力しなおしてください。",
                en: "There is a space inside the OMUID. Delete the space and type it again.")
        case .unknownPattern:
            let forms = site.omuidPatterns.map(\.label)
            let listJa = forms.map { "「\($0.text(.ja))」" }.joined(separator: "、")
            let listEn = forms.enumerated().map { "(\($0.offset + 1)) \($0.element.text(.en))" }.joined(separator: "; ")
            return LocalizedText(
                ja: "OMUIDの形式に当てはまりません。"
                    + (forms.isEmpty ? "" : "OMUIDは\(listJa)のいずれかの形式です。")
                    + "利用開始手続きの「OMUID,PW確認」ページでOMUIDを確認し、表示されたIDをコピーして貼り付けてください。",
                en: "It does not have the form of an OMUID."
                    + (forms.isEmpty ? "" : " An OMUID has one of these forms: \(listEn).")
                    + " Check your OMUID on the 「OMUID,PW確認」 page of the activation procedure (利用開始手続き), then copy the ID shown and paste it.")
        }
    }
}

/// Regular expressions compiled once per pattern text: compiling one costs more than matching.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    private let lock = NSLock()
    private var compiled: [String: Regex<AnyRegexOutput>?] = [:]

    func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let regex = try? Regex(pattern)
        compiled[pattern] = .some(regex)
        return regex
    }
}

/// The OMUID form a value has: its number (1-based, in the site's order) and its label.
public struct OMUIDMatch: Sendable, Hashable {
    public let number: Int
    public let label: LocalizedText
}

/// What `OMUIDCheck` found. `match` is the form the value has once full-width characters and
/// white space are set aside (nil when it has none, which is the `unknown_pattern` finding).
public struct OMUIDReport: CheckReport {
    public let findings: [Finding]
    public let match: OMUIDMatch?
}

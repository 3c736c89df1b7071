/// Text shown to people without Japanese: an error, as Japanese is the pages' language.
public struct MissingJapaneseRule: TextLintRule {
    public static let name = "missing-ja"
    public static let summary = "text shown to people without Japanese"
    public init() {}

    public func check(_ text: LocalizedText, at place: () -> TextPlace, _ input: LintInput) -> [Diagnostic] {
        (text.ja ?? "").isEmpty ? [diagnose("\(place()) has no Japanese text (ja)", at: text.mark)] : []
    }
}

/// Text shown to people without English: a warning, since international students need it.
public struct MissingEnglishRule: TextLintRule {
    public static let severity = Diagnostic.Severity.warning
    public static let name = "missing-en"
    public static let summary = "text shown to people without English"
    public init() {}

    public func check(_ text: LocalizedText, at place: () -> TextPlace, _ input: LintInput) -> [Diagnostic] {
        (text.en ?? "").isEmpty ? [diagnose("\(place()) has no English text (en)", at: text.mark)] : []
    }
}

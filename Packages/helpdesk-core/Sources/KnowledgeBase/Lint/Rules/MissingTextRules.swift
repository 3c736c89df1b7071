/// Text shown to people without Japanese: an error, as Japanese is the pages' language.
public struct MissingJapaneseRule: LintRule {
    public static let name = "missing-ja"
    public static let summary = "text shown to people without Japanese"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.texts.filter { ($0.text.ja ?? "").isEmpty }.map {
            diagnose("\($0.place) has no Japanese text (ja)", at: $0.text.mark)
        }
    }
}

/// Text shown to people without English: a warning, since international students need it.
public struct MissingEnglishRule: LintRule {
    public static let severity = Diagnostic.Severity.warning
    public static let name = "missing-en"
    public static let summary = "text shown to people without English"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.texts.filter { ($0.text.en ?? "").isEmpty }.map {
            diagnose("\($0.place) has no English text (en)", at: $0.text.mark)
        }
    }
}

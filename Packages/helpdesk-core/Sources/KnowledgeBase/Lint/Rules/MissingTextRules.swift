/// Text shown to people without Japanese: an error, as Japanese is the pages' language.
public struct MissingJapaneseRule: LintRule {
    public static let name = "missing-ja"
    public static let summary = "text shown to people without Japanese"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        input.forEachText { text, place in
            if (text.ja ?? "").isEmpty { found.append(diagnose("\(place()) has no Japanese text (ja)", at: text.mark)) }
        }
        return found
    }
}

/// Text shown to people without English: a warning, since international students need it.
public struct MissingEnglishRule: LintRule {
    public static let severity = Diagnostic.Severity.warning
    public static let name = "missing-en"
    public static let summary = "text shown to people without English"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        input.forEachText { text, place in
            if (text.en ?? "").isEmpty { found.append(diagnose("\(place()) has no English text (en)", at: text.mark)) }
        }
        return found
    }
}

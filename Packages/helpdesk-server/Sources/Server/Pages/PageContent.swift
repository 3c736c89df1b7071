import Mustache

/// What a page shows, as a value its template renders: one struct per page, whose stored
/// properties are exactly the template's names (Mustache reads them by reflection; a nil
/// optional counts as absent, so a section over it is skipped). The type names its template,
/// so a page cannot be rendered with another page's template.
protocol PageContent: Sendable {
    static var template: MustacheTemplate { get }
}

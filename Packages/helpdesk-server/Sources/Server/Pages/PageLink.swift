import Service

/// A link on a page: its title, and its address when the site lists one (without one, the
/// title is shown as text).
struct PageLink: Sendable {
    let title: String
    let url: String?

    init(_ link: DiagnosisObject.LinkObject) {
        title = link.title ?? link.id
        url = link.url
    }
}

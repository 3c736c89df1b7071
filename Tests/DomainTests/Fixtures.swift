import Domain
import Foundation
import KnowledgeBase

/// The package's own knowledge, read the way helpdesk reads it.
enum Fixtures {
    /// `Knowledge/` of this checkout.
    static let knowledgeFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge")

    static let knowledge: KnowledgeBase = KnowledgeLoader().load(knowledgeFolder.path).knowledge

    /// The site data of `Knowledge/site.yaml`.
    static let site: SiteData = knowledge.site

    /// The site data with a list of allowed password characters (printable ASCII), as a site
    /// that has copied 「■パスワードに使用できる文字」 would have; `site.yaml` leaves it empty.
    static let siteWithAllowedCharacters: SiteData = {
        var site = Fixtures.site
        site.passwordAllowed = [0x20...0x7E]
        return site
    }()

    /// The site data with campus networks, which `site.yaml` leaves empty.
    static let siteWithCampus: SiteData = {
        var site = Fixtures.siteWithAllowedCharacters
        site.campusNetworks = ["10.0.0.0/8", "2001:db8::/32"]
        return site
    }()

    /// Writes `site.yaml`, changed by `edit`, into a new temporary folder and loads it.
    static func loadEditedSite(_ edit: (String) -> String) throws -> (site: SiteData, folder: URL) {
        let original = try String(contentsOf: knowledgeFolder.appendingPathComponent("site.yaml"), encoding: .utf8)
        let edited = edit(original)
        guard edited != original else { throw FixtureError.editChangedNothing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("domain-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try edited.write(to: folder.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        let load = KnowledgeLoader().load(folder.path)
        let siteFile = folder.appendingPathComponent("site.yaml").path
        if let problem = load.diagnostics.first(where: { $0.severity == .error && $0.mark?.file == siteFile }) {
            throw FixtureError.siteHasErrors(problem.description)
        }
        return (load.knowledge.site, folder)
    }

    enum FixtureError: Error {
        case editChangedNothing
        case siteHasErrors(String)
    }
}

extension String {
    /// Each ASCII character from `!` to `~` as its full-width form (U+FF01–U+FF5E), and space as
    /// the ideographic space.
    var fullWidth: String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x21...0x7E: return Unicode.Scalar(scalar.value + 0xFEE0)!
            case 0x20: return Unicode.Scalar(0x3000)!
            default: return scalar
            }
        }))
    }
}
